package cache

import (
	"context"
	"fmt"
	"testing"

	"quellen/bench/gen"
)

// BenchmarkOpenAndSearch is what `quellen search` pays with both caches
// warm, on n articles: stat every file, read the parse cache's table and
// the index file, answer one query (decoding only the articles it shows).
func BenchmarkOpenAndSearch(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.StopTimer()
			root, dir := b.TempDir(), b.TempDir()
			if err := gen.WriteDirVocab(root, n); err != nil {
				b.Fatal(err)
			}
			s, _ := open(dir, []string{root}, "h", false)
			s.Index()
			b.StartTimer()
			for b.Loop() {
				s, _ := open(dir, []string{root}, "h", false)
				h, err := s.Index().NewSearcher().Search(context.Background(), "soldaten", 20)
				if err != nil || len(h.Results) == 0 || s.Indexed() != 0 {
					b.Fatalf("%d results, %v, indexed %d", len(h.Results), err, s.Indexed())
				}
			}
		})
	}
}
