package search

import "slices"

// mostWords returns the passages that match the most words, ascending, for
// when none matches them all: a reader who typed one word too many, or one
// the corpus spells differently, still sees the closest passages. Words are
// counted in the passage's own text.
func mostWords(words []*wordMatch) []candidate {
	count := map[uint32]int{}
	sum := map[uint32]float32{}
	most := 0
	for _, wm := range words {
		for i, p := range wm.hits {
			count[p]++
			sum[p] += wm.best[i]
			most = max(most, count[p])
		}
	}
	if most == 0 {
		return nil
	}
	var out []candidate
	for p, c := range count {
		if c == most {
			out = append(out, candidate{pid: p, sum: sum[p], partial: true})
		}
	}
	slices.SortFunc(out, func(a, b candidate) int { return int(a.pid) - int(b.pid) })
	return out
}
