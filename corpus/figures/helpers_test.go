package figures

import (
	"sync"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
)

// The generated 10 000-article benchmark corpus (bench/gen), loaded once per
// test binary and shared by every benchmark in the package.
var (
	benchLoadOnce sync.Once
	benchLoaded   []*article.Article
)

// benchArticles returns the generated corpus, loaded.
func benchArticles(b *testing.B) []*article.Article {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	benchLoadOnce.Do(func() { benchLoaded, _ = article.LoadFS(gen.Generate(10000)) })
	return benchLoaded
}

// extractOne is the figure of text in, as written, or nil.
func extractOne(lang, in, text string) *Figure {
	for _, f := range Extract(testArticle(lang, in)) {
		if f.Text == text {
			return f
		}
	}
	return nil
}
