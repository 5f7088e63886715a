package reuse

import (
	"slices"
	"sync"
)

// Shingles and winnowing (Schleimer, Wilkerson and Aiken 2003): every run
// of shingleWords words is hashed, and of every winnowWindow consecutive
// shingle hashes the smallest is kept. Two texts that share a verbatim run
// of shingleWords+winnowWindow-1 = 8 words are bound to share a kept hash;
// the alignment then finds the whole passage, edits included.
const (
	shingleWords = 5 // as passim uses
	winnowWindow = 4 // keeps about 2/(4+1) of the shingles
)

// shingles appends the hash of every run of shingleWords tokens, salted by
// the language so that no hash is shared across languages.
func shingles(dst []uint64, toks []token, salt uint64) []uint64 {
	for i := 0; i+shingleWords <= len(toks); i++ {
		h := salt
		for _, t := range toks[i : i+shingleWords] {
			h = (h ^ t.h) * 0x9e3779b97f4a7c15
			h ^= h >> 29
		}
		dst = append(dst, mix64(h))
	}
	return dst
}

// winnow appends the smallest hash of every window of winnowWindow
// consecutive hashes (the rightmost of equal ones), each chosen position
// once, and drops a hash that repeats the one before (repetitive text).
func winnow(dst []uint64, hs []uint64) []uint64 {
	if len(hs) == 0 {
		return dst
	}
	w := min(winnowWindow, len(hs))
	last := -1
	for p := 0; p+w <= len(hs); p++ {
		m := p
		for q := p + 1; q < p+w; q++ {
			if hs[q] <= hs[m] {
				m = q
			}
		}
		if m == last {
			continue
		}
		if last < 0 || hs[m] != hs[last] {
			dst = append(dst, hs[m])
		}
		last = m
	}
	return dst
}

// unit is one paragraph that may hold a passage. Units are numbered in
// the order of their articles' rank, so the lowest unit holding a
// fingerprint is the likeliest original.
type unit struct {
	art    int32 // index into the ranked articles
	para   int32 // index into the article's Paragraphs
	lo, hi int32 // the bytes of its Text it covers: all but in huge paragraphs
}

// posting is a fingerprint held by a unit: the low 32 bits of the hash
// over the unit number, so that sorting groups by hash, then by unit.
// After linking, the same slot holds a pair: the hub unit over the unit.
type posting = uint64

const noPair = ^uint64(0)

// fingerprints computes the postings of every unit on nw workers; each
// worker's postings come back sorted.
func (f *finder) fingerprints(nw int) [][]posting {
	out := make([][]posting, nw)
	var wg sync.WaitGroup
	for w := range nw {
		lo, hi := w*len(f.units)/nw, (w+1)*len(f.units)/nw
		wg.Go(func() {
			var toks []token
			var sh, kept []uint64
			// About one kept hash per 2.5 words and 7 bytes a word.
			ps := make([]posting, 0, f.textBytes(lo, hi)/17+16)
			for u := lo; u < hi; u++ {
				toks = f.tokens(toks[:0], u)
				if len(toks) < f.opt.MinWords {
					continue
				}
				sh = shingles(sh[:0], toks, f.salt(u))
				kept = winnow(kept[:0], sh)
				for _, h := range kept {
					ps = append(ps, h<<32|uint64(u))
				}
			}
			slices.Sort(ps)
			out[w] = ps
		})
	}
	wg.Wait()
	return out
}

// link turns the postings into candidate pairs in place: every unit that
// shares a fingerprint is paired with the group's lowest unit (its hub)
// only, so a passage printed by k articles costs k-1 pairs, not k²/2.
// Fingerprints held by more than maxArts articles are boilerplate and
// pair nothing. It returns the distinct pairs, sorted.
func (f *finder) link(lists [][]posting, maxArts int) []uint64 {
	heads := make([]int, len(lists))
	type slot struct{ list, i int }
	var group []slot
	for {
		// The smallest head of the sorted lists is the next posting.
		best := -1
		for l, ps := range lists {
			if heads[l] < len(ps) && (best < 0 || ps[heads[l]] < lists[best][heads[best]]) {
				best = l
			}
		}
		if best >= 0 && len(group) > 0 && lists[best][heads[best]]>>32 == lists[group[0].list][group[0].i]>>32 {
			group = append(group, slot{best, heads[best]})
			heads[best]++
			continue
		}
		if len(group) > 0 {
			units := func(s slot) uint32 { return uint32(lists[s.list][s.i]) }
			hub := units(group[0])
			arts, lastArt := 0, int32(-1)
			for _, s := range group {
				if a := f.units[units(s)].art; a != lastArt {
					arts, lastArt = arts+1, a
				}
			}
			for _, s := range group {
				u := units(s)
				if arts < 2 || arts > maxArts || f.units[u].art == f.units[hub].art {
					lists[s.list][s.i] = noPair
				} else {
					lists[s.list][s.i] = uint64(hub)<<32 | uint64(u)
				}
			}
			group = group[:0]
		}
		if best < 0 {
			break
		}
		group = append(group, slot{best, heads[best]})
		heads[best]++
	}
	return mergePairs(lists)
}

// mergePairs sorts each list of pairs, then merges them without
// duplicates or the noPair marks.
func mergePairs(lists [][]uint64) []uint64 {
	var wg sync.WaitGroup
	for i := range lists {
		wg.Go(func() {
			slices.Sort(lists[i])
			lists[i] = slices.Compact(lists[i])
			if n := len(lists[i]); n > 0 && lists[i][n-1] == noPair {
				lists[i] = lists[i][:n-1]
			}
		})
	}
	wg.Wait()
	if len(lists) == 1 {
		return lists[0]
	}
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]uint64, 0, n)
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
