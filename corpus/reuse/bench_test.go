package reuse

import (
	"fmt"
	"runtime"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
)

// BenchmarkFind runs detection over the generated corpus at 2 500 and
// 10 000 articles (x1 and x4). The corpus samples seed paragraphs, so
// nearly every paragraph is shared by hundreds of articles, and some by
// more than the default cap: "nocap" counts no fingerprint as
// boilerplate, the most work this corpus can make. Besides time and
// B/op it reports the text size and B/op over it (the budget is under 2).
func BenchmarkFind(b *testing.B) {
	for _, n := range []int{2500, 10000} {
		arts, _ := article.LoadFS(gen.Generate(n))
		text := 0
		for _, a := range arts {
			for _, p := range a.Paragraphs {
				text += len(p.Text)
			}
		}
		for _, v := range []struct {
			name string
			opt  Options
		}{{"", Options{}}, {"nocap", Options{MaxArticles: n}}} {
			b.Run(fmt.Sprint(n, v.name), func(b *testing.B) { benchFind(b, arts, text, v.opt) })
		}
	}
}

func benchFind(b *testing.B, arts []*article.Article, text int, opt Options) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var ps []Passage
	for b.Loop() {
		ps = FindWith(arts, opt)
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(text), "alloc/text")
	copies := 0
	for i := range ps {
		copies += len(ps[i].Copies)
	}
	b.ReportMetric(float64(text)/1e6, "text-MB")
	b.ReportMetric(float64(len(ps)), "passages")
	b.ReportMetric(float64(copies), "copies")
}
