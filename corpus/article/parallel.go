package article

import (
	"runtime"
	"sync"
)

// parallelFrom is the paragraph count from which one file's paragraphs are
// worked on by all cores: files load two at a time anyway, so only a huge
// one (a million one-line paragraphs) would leave a core idle.
const parallelFrom = 16_384

// inParallel calls work on consecutive ranges covering [0, n), on all
// cores when n is large, else once on this goroutine.
func inParallel(n int, work func(from, to int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelFrom || workers < 2 {
		work(0, n)
		return
	}
	var wg sync.WaitGroup
	size := (n + workers - 1) / workers
	for from := 0; from < n; from += size {
		wg.Go(func() { work(from, min(from+size, n)) })
	}
	wg.Wait()
}
