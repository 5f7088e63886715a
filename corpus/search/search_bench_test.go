package search

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"quellen/corpus/article"
)

// The loaded benchmark corpus and its index, built once for all benchmarks.
var (
	searchBenchOnce sync.Once
	benchTextBytes  int
	benchIndex      *Index
)

func benchCorpus(b *testing.B) ([]*article.Article, *Index) {
	b.Helper()
	arts := benchArticles(b)
	b.StopTimer()
	defer b.StartTimer()
	searchBenchOnce.Do(func() {
		for _, a := range arts {
			for _, p := range a.Paragraphs {
				benchTextBytes += len(p.Text)
			}
		}
		benchIndex = NewIndex(arts)
	})
	return arts, benchIndex
}

func BenchmarkIndexBuild(b *testing.B) {
	arts, _ := benchCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		NewIndex(arts)
	}
	b.ReportMetric(float64(benchTextBytes)/1e6, "MB-text")
}

// BenchmarkIndexMemory reports the heap an index keeps, per byte of the
// paragraph text it indexes.
func BenchmarkIndexMemory(b *testing.B) {
	arts, _ := benchCorpus(b)
	var perByte float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ix := NewIndex(arts)
		runtime.GC()
		runtime.ReadMemStats(&after)
		perByte = float64(after.HeapAlloc-before.HeapAlloc) / float64(benchTextBytes)
		runtime.KeepAlive(ix)
	}
	b.ReportMetric(perByte, "bytes/text-byte")
}

// benchQueries are what people type: 1 to 12 letters in 1 to 3 words,
// common and rare words, prefixes, typos and numbers.
var benchQueries = []string{
	"d", "k", "s", "ki", "so", "die", "kim", "pjon", "russl", "soldat",
	"wladiwo", "nordkorea", "budanow", "tikonov", "selenskyj", "pjongjang",
	"kriegsfuhrung", "1500", "12.000", "streitkraft",
	"d s", "k p", "kim putin", "die der", "nord sold", "wla 1500", "sechs parteien",
	"russ ukr", "a b c", "d d d", "kim jong un", "atom u boot", "geheimd sudk",
}

// percentiles times every query, once per benchmark iteration, and reports
// the latency percentiles.
func percentiles(b *testing.B, run func(q string)) {
	var lat []time.Duration
	for b.Loop() {
		for _, q := range benchQueries {
			t0 := time.Now()
			run(q)
			lat = append(lat, time.Since(t0))
		}
	}
	reportLatency(b, lat)
}

// reportLatency reports the median and 99th percentile in milliseconds.
func reportLatency(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkQuery is one query with nothing remembered: the worst case.
func BenchmarkQuery(b *testing.B) {
	_, ix := benchCorpus(b)
	percentiles(b, func(q string) {
		if _, err := ix.Search(context.Background(), q, 20); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkTyping is a query typed letter by letter into one Searcher: the
// latency of one keystroke.
func BenchmarkTyping(b *testing.B) {
	_, ix := benchCorpus(b)
	var lat []time.Duration
	for b.Loop() {
		s := ix.NewSearcher()
		for _, q := range benchQueries {
			for n := 1; n <= len(q); n++ {
				t0 := time.Now()
				if _, err := s.Search(context.Background(), q[:n], 20); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
		}
	}
	reportLatency(b, lat)
}

// BenchmarkSpellingKey is the cost of grouping the names of the vocabulary
// by spelling, a part of BenchmarkIndexBuild; it reports the vocabulary and
// how many names it holds.
func BenchmarkSpellingKey(b *testing.B) {
	_, ix := benchCorpus(b)
	names := len(ix.spellings.ids)
	b.ResetTimer()
	for b.Loop() {
		for _, id := range ix.spellings.ids {
			spellingKey(ix.terms.at(id))
		}
	}
	b.ReportMetric(float64(ix.terms.Len()), "terms")
	b.ReportMetric(float64(names), "names")
	b.ReportMetric(float64(ix.spellings.keys.Len()), "keys")
}
