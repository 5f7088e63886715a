package search

import (
	"sort"
	"strings"
)

// vocab is a sorted list of terms in one string: term i is
// blob[off[i]:off[i+1]]. It costs no pointer per term, so the garbage
// collector never walks it, and it is laid out as the index file stores it,
// so a persisted index uses the file's bytes as they are.
type vocab struct {
	blob string
	off  []uint32 // len(off) == Len()+1
}

// newVocab lays out terms, which must be sorted and unique.
func newVocab(terms []string) vocab {
	n := 0
	for _, t := range terms {
		n += len(t)
	}
	var b strings.Builder
	b.Grow(n)
	off := make([]uint32, 0, len(terms)+1)
	for _, t := range terms {
		off = append(off, uint32(b.Len()))
		b.WriteString(t)
	}
	off = append(off, uint32(b.Len()))
	return vocab{blob: b.String(), off: off}
}

// Len is the number of terms.
func (v vocab) Len() int { return max(0, len(v.off)-1) }

// at returns term i.
func (v vocab) at(i uint32) string { return v.blob[v.off[i]:v.off[i+1]] }

// lower returns the first term id whose term is not below s.
func (v vocab) lower(s string) int {
	return sort.Search(v.Len(), func(i int) bool { return v.at(uint32(i)) >= s })
}

// find returns the id of term s.
func (v vocab) find(s string) (uint32, bool) {
	i := v.lower(s)
	if i < v.Len() && v.at(uint32(i)) == s {
		return uint32(i), true
	}
	return 0, false
}
