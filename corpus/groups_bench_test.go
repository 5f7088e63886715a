package corpus

import (
	"strconv"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/figures"
)

// benchGrouping loads n generated articles and runs extraction and entity
// linking once, outside the timer.
func benchGrouping(b *testing.B, n int) (*Corpus, []*Figure, []*Entity) {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	arts, warns := LoadFS(gen.Generate(n))
	c := New(arts, warns)
	return c, figures.ExtractAll(arts), c.Entities()
}

// BenchmarkGroups times what grouping does after extraction and entity
// linking: stories from the entities, linking actors and sources, and
// clustering the figures by frame, at 2 500 and 10 000 articles.
func BenchmarkGroups(b *testing.B) {
	for _, n := range []int{2500, 10000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			c, figs, ents := benchGrouping(b, n)
			var groups []*Group
			for i := 0; i < b.N; i++ {
				groups = figures.Groups(figs, figures.Options{Stories: storiesOf(c.Articles, ents), Names: newEntityNames(ents)})
			}
			b.ReportMetric(float64(len(figs)), "figures")
			b.ReportMetric(float64(len(groups)), "groups")
		})
	}
}
