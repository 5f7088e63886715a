package search

import (
	"fmt"
	"testing"

	"quellen/corpus/article"
)

// BenchmarkIndexOpen opens the index file of n articles (growing
// vocabulary): checksum and consistency checks, no decoding. Compare
// BenchmarkIndexBuildVocab, what a run without the file pays.
func BenchmarkIndexOpen(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			arts := genArticles(b, n)
			data := Encode(NewIndex(arts), [32]byte{}, nil)
			b.SetBytes(int64(len(data)))
			b.ResetTimer()
			for b.Loop() {
				if _, err := Open(data, [32]byte{}, n, func(a int) *article.Article { return arts[a] }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(data))/1e6, "file-MB")
		})
	}
}

// BenchmarkIndexBuildVocab builds the index of n articles of the
// growing-vocabulary corpus.
func BenchmarkIndexBuildVocab(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			arts := genArticles(b, n)
			b.ResetTimer()
			var ix *Index
			for b.Loop() {
				ix = NewIndex(arts)
			}
			b.ReportMetric(float64(ix.terms.Len()), "terms")
		})
	}
}
