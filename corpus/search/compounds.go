package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Compounds. German writes compounds as one word, so the thing a reader
// types is often the tail of the word the article uses: "resort" is in
// "Urlaubsresort", "bahn" in "Regionalbahn". (A head is a prefix, which
// every word already matches.) The index keeps its terms in a second order,
// by their reversed bytes, where the terms that end with a word are one
// range; such a match ranks below shared stems and above typos.
const (
	qualityTailLow = 0.41 // plus up to tailSpread for a tail that covers more of the term
	tailSpread     = 0.009
	minTailRunes   = 4 // a query word is at least this long to find compounds...
	minHeadOfTail  = 3 // ...and the compound has at least this many runes before it
)

// suffixOrder returns the term ids of v sorted by their reversed bytes.
func suffixOrder(v vocab) []uint32 {
	ids := make([]uint32, v.Len())
	for i := range ids {
		ids[i] = uint32(i)
	}
	slices.SortFunc(ids, func(a, b uint32) int { return compareReversed(v.at(a), v.at(b)) })
	return ids
}

// compareReversed compares a and b as if their bytes were reversed.
func compareReversed(a, b string) int {
	for i, j := len(a)-1, len(b)-1; i >= 0 && j >= 0; i, j = i-1, j-1 {
		if a[i] != b[j] {
			if a[i] < b[j] {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(b)
}

// matchTails adds the compounds that end with the word.
func (ix *Index) matchTails(wm *wordMatch) {
	n := len(wm.runes)
	if n < minTailRunes || !allLetters(wm.runes) {
		return
	}
	lo, hi := 0, len(ix.suffixes)
	for lo < hi { // the first term whose reversal is not below the word's
		mid := int(uint(lo+hi) >> 1)
		if compareReversed(ix.terms.at(ix.suffixes[mid]), wm.word) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for k := lo; k < len(ix.suffixes); k++ {
		id := ix.suffixes[k]
		t := ix.terms.at(id)
		if !strings.HasSuffix(t, wm.word) {
			break
		}
		l := utf8.RuneCountInString(t)
		if l-n < minHeadOfTail || int32(id) == wm.exact || (id >= wm.prefixLo && id < wm.prefixHi) {
			continue
		}
		wm.setNear(id, qualityTailLow+tailSpread*float32(n)/float32(l))
	}
}
