package reuse

import (
	"strconv"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
)

// BenchmarkFind runs detection over the generated corpus at 2 500 and
// 10 000 articles (x1 and x4). The corpus samples seed paragraphs, so
// nearly every paragraph is shared by hundreds of articles: far more reuse
// than any real folder. It reports the text size and, as mem/text, the
// bytes allocated per run over the text size (the budget is under 2).
func BenchmarkFind(b *testing.B) {
	for _, n := range []int{2500, 10000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			arts, _ := article.LoadFS(gen.Generate(n))
			text := 0
			for _, a := range arts {
				for _, p := range a.Paragraphs {
					text += len(p.Text)
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			var ps []Passage
			for b.Loop() {
				ps = Find(arts)
			}
			b.StopTimer()
			copies := 0
			for i := range ps {
				copies += len(ps[i].Copies)
			}
			b.ReportMetric(float64(text)/1e6, "text-MB")
			b.ReportMetric(float64(len(ps)), "passages")
			b.ReportMetric(float64(copies), "copies")
		})
	}
}
