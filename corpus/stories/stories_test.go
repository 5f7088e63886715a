package stories

import (
	"fmt"
	"math/rand"
	"testing"
)

// names builds a Doc's names from entity IDs, each mentioned n times.
func names(n int, ids ...int) map[int]int {
	m := map[int]int{}
	for _, id := range ids {
		m[id] += n
	}
	return m
}

func TestAssign(t *testing.T) {
	// IDs 1-3: a region both stories name; 10-15 the strike's union,
	// company, people; 20-25 the flood's river, agency, people.
	strike := func(date string, extra ...int) Doc {
		return Doc{Date: date, Names: names(2, append([]int{1, 2, 10, 11, 12, 13}, extra...)...)}
	}
	flood := func(date string, extra ...int) Doc {
		return Doc{Date: date, Names: names(2, append([]int{1, 3, 20, 21, 22, 23}, extra...)...)}
	}
	// side: a story's own names own..own+3 mentioned five times, the
	// region's three towns (1-3) twice, and the other story's two main
	// names once: the flood article that says the union spared the
	// flooded line.
	side := func(date string, own, other int) Doc {
		n := names(5, own, own+1, own+2, own+3)
		n[1], n[2], n[3], n[other], n[other+1] = 2, 2, 2, 1, 1
		return Doc{Date: date, Names: n}
	}
	tests := []struct {
		name string
		docs []Doc
		want []int
	}{
		{"two stories in one region and week stay apart",
			[]Doc{strike("2025-03-03"), flood("2025-03-07"), strike("2025-03-04", 14), flood("2025-03-08", 24)},
			[]int{0, 1, 0, 1}},
		{"a side mention of the other story's names does not join them",
			[]Doc{side("2025-03-03", 10, 20), side("2025-03-07", 20, 10), side("2025-03-04", 10, 20), side("2025-03-08", 20, 10),
				side("2025-03-05", 10, 20), side("2025-03-09", 20, 10)},
			[]int{0, 1, 0, 1, 0, 1}},
		{"one story weeks apart and in two languages (the linker's IDs) is one",
			[]Doc{strike("2025-03-03"), strike("2025-03-29", 15), strike("", 14)},
			[]int{0, 0, 0}},
		{"articles that name nothing share one story of their own",
			[]Doc{strike("2025-03-03"), {Date: "2025-03-04"}, {}, strike("2025-03-05")},
			[]int{0, 1, 1, 0}},
		{"a follow-up months later with few shared names is another story",
			[]Doc{strike("2025-03-03"), {Date: "2025-09-01", Names: names(2, 10, 30, 31, 32, 33, 34)}},
			[]int{0, 1}},
	}
	for _, tt := range tests {
		got := Assign(tt.docs)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	docs := []Doc{{Names: names(1, 1, 2, 3)}, {Names: names(1, 1, 2, 3)}, {Names: names(1, 7, 8)}}
	sim := Similarity(docs)
	if s := sim(0, 1); s < 0.99 {
		t.Errorf("identical names: %.2f", s)
	}
	if s := sim(0, 2); s != 0 {
		t.Errorf("disjoint names: %.2f", s)
	}
}

// corpus makes n articles in n/20 stories of 40 names each, some shared
// across stories, dated over a year.
func corpus(n int) []Doc {
	r := rand.New(rand.NewSource(1))
	docs := make([]Doc, n)
	for i := range docs {
		s := i % max(1, n/20)
		m := map[int]int{}
		for k := 0; k < 12; k++ {
			m[s*40+r.Intn(40)]++
		}
		m[r.Intn(50)]++ // names every story uses
		docs[i] = Doc{Date: fmt.Sprintf("2025-%02d-%02d", 1+s%12, 1+r.Intn(28)), Names: m}
	}
	return docs
}

// BenchmarkAssign at two sizes: the cost should grow about fourfold.
func BenchmarkAssign(b *testing.B) {
	for _, n := range []int{10000, 40000} {
		docs := corpus(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Assign(docs)
			}
		})
	}
}
