package reuse

import (
	"runtime"
	"strconv"
	"testing"
	"time"

	"quellen/bench/gen"
	"quellen/corpus/article"
)

// BenchmarkFind over the generated corpus, whose articles reuse the seed
// paragraphs heavily, at 2 500 and 10 000 articles: time and allocation
// should grow about fourfold.
func BenchmarkFind(b *testing.B) {
	for _, n := range []int{2500, 10000} {
		arts, _ := article.LoadFS(gen.Generate(n))
		size := 0
		for _, a := range arts {
			for _, p := range a.Paragraphs {
				size += len(p.Text)
			}
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var ps []*Passage
			for i := 0; i < b.N; i++ {
				ps = Find(arts)
			}
			b.ReportMetric(float64(size)/1e6, "MB-text")
			b.ReportMetric(float64(len(ps)), "passages")
		})
	}
}

// BenchmarkFindPeak samples the live heap while Find runs on 10 000
// articles, against the size of their text.
func BenchmarkFindPeak(b *testing.B) {
	arts, _ := article.LoadFS(gen.Generate(10000))
	size := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			size += len(p.Text)
		}
	}
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		done := make(chan struct{})
		peak := uint64(0)
		go func() {
			var m runtime.MemStats
			for {
				select {
				case <-done:
					return
				case <-time.After(20 * time.Millisecond):
					runtime.ReadMemStats(&m)
					peak = max(peak, m.HeapAlloc)
				}
			}
		}()
		Find(arts)
		close(done)
		b.ReportMetric(float64(peak-min(peak, base.HeapAlloc))/float64(size), "peak/text")
	}
}
