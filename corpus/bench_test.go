package corpus

import (
	"sync"
	"testing"

	"quellen/bench/gen"
)

// The generated 10 000-article benchmark corpus (bench/gen), loaded once per
// test binary and shared by every benchmark in the package.
var (
	benchLoadOnce sync.Once
	benchLoaded   []*Article
)

// benchArticles returns the generated corpus, loaded.
func benchArticles(b *testing.B) []*Article {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	benchLoadOnce.Do(func() { benchLoaded, _ = LoadFS(gen.Generate(10000)) })
	return benchLoaded
}
