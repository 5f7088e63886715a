package article

import (
	"sync"
	"testing"
	"testing/fstest"

	"quellen/bench/gen"
)

// The generated 10 000-article benchmark corpus (bench/gen), built once per
// test binary and shared by every benchmark in the package.
var (
	benchFilesOnce sync.Once
	benchFileSys   fstest.MapFS
	benchFileBytes int64
)

// benchFiles returns the generated files and their total size.
func benchFiles(b *testing.B) (fstest.MapFS, int64) {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	benchFilesOnce.Do(func() {
		benchFileSys = gen.Generate(10000)
		for _, f := range benchFileSys {
			benchFileBytes += int64(len(f.Data))
		}
	})
	return benchFileSys, benchFileBytes
}
