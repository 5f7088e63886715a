package reuse

import (
	"slices"
	"sync"
)

// An alignment of two paragraphs A and B: maximal runs of equal words,
// found from word trigrams that occur once in A, chained in text order
// across gaps of at most maxGap words on either side. A gap is an edit: a
// figure updated, a word swapped, a word added or dropped.
const (
	anchorWords = 3
	maxGap      = 5
	// minSimilarity is the share of the longer side that must be matched
	// words: a copy, not a rewrite that keeps some phrases.
	minSimilarity = 0.75
	maxOpenChains = 32 // bounds the work on repetitive text
)

// run says that A[a:a+n] and B[b:b+n] are the same words.
type run struct{ a, b, n int32 }

// chain is runs in text order on both sides; last indexes the aligner's
// runs, whose prev links lead back to the first.
type chain struct {
	first, last int32
	matched     int32
}

// aligner holds the buffers of one goroutine's alignments.
type aligner struct {
	index   map[uint64]int32 // trigram of A -> its position, -1 if repeated
	diagEnd map[int32]int32  // diagonal a-b -> end in B of its last run
	runs    []run
	prev    []int32
	open    []chain
	done    []chain
}

func newAligner() *aligner {
	return &aligner{index: map[uint64]int32{}, diagEnd: map[int32]int32{}}
}

func trigram(t []token, i int) uint64 {
	return mix64(t[i].h ^ t[i+1].h*31 ^ t[i+2].h*961)
}

// indexA records the trigrams of A; call it once for several B.
func (al *aligner) indexA(A []token) {
	clear(al.index)
	for i := 0; i+anchorWords <= len(A); i++ {
		h := trigram(A, i)
		if _, seen := al.index[h]; seen {
			al.index[h] = -1
		} else {
			al.index[h] = int32(i)
		}
	}
}

// findRuns collects the maximal runs of equal words of A (as indexed) and B.
func (al *aligner) findRuns(A, B []token) {
	al.runs = al.runs[:0]
	clear(al.diagEnd)
	for j := 0; j+anchorWords <= len(B); j++ {
		i, ok := al.index[trigram(B, j)]
		if !ok || i < 0 {
			continue
		}
		d := i - int32(j)
		if end, ok := al.diagEnd[d]; ok && int32(j) < end {
			continue // inside a run already found
		}
		a, b := int(i), j
		if A[a].h != B[b].h || A[a+1].h != B[b+1].h || A[a+2].h != B[b+2].h {
			continue
		}
		for a > 0 && b > 0 && A[a-1].h == B[b-1].h {
			a, b = a-1, b-1
		}
		n := 0
		for a+n < len(A) && b+n < len(B) && A[a+n].h == B[b+n].h {
			n++
		}
		al.runs = append(al.runs, run{int32(a), int32(b), int32(n)})
		al.diagEnd[d] = int32(b + n)
	}
	al.edgeRuns(A, B)
}

// edgeRuns adds the runs too short for a trigram at the start and the end
// of both sides: "... um etwa 40 Minuten." against "... um rund 40
// Minuten." ends in a changed word and two equal ones, which a chain
// takes in when they lie within a gap of its end.
func (al *aligner) edgeRuns(A, B []token) {
	// Common words at the start and at the end, up to a trigram's length:
	// runs of a trigram or more the anchors find already.
	head, tail := 0, 0
	for head < min(len(A), len(B), anchorWords) && A[head].h == B[head].h {
		head++
	}
	for tail < min(len(A), len(B), anchorWords) && A[len(A)-1-tail].h == B[len(B)-1-tail].h {
		tail++
	}
	if head > 0 && head < anchorWords {
		al.runs = append(al.runs, run{0, 0, int32(head)})
	}
	if tail > 0 && tail < anchorWords && tail < min(len(A), len(B)) {
		al.runs = append(al.runs, run{int32(len(A) - tail), int32(len(B) - tail), int32(tail)})
	}
}

// chains links the runs into chains and returns those that make a copy of
// at least minWords words.
func (al *aligner) chains(minWords int) []chain {
	slices.SortFunc(al.runs, func(x, y run) int {
		if x.b != y.b {
			return int(x.b - y.b)
		}
		return int(x.a - y.a)
	})
	al.prev = slices.Grow(al.prev[:0], len(al.runs))[:len(al.runs)]
	al.open, al.done = al.open[:0], al.done[:0]
	for r := range al.runs {
		al.closeBefore(al.runs[r].b, minWords)
		al.prev[r] = -1
		if c := al.extend(int32(r)); c >= 0 {
			continue
		}
		if len(al.open) == maxOpenChains {
			al.closeAt(al.weakest(), minWords)
		}
		al.open = append(al.open, chain{first: int32(r), last: int32(r), matched: al.runs[r].n})
	}
	al.closeBefore(1<<31-1, minWords)
	return al.done
}

// extend appends run r to the best open chain it continues, trimming the
// words it shares with the chain's end; it returns the chain's index or -1.
func (al *aligner) extend(r int32) int {
	best, bestTrim := -1, int32(0)
	for c, ch := range al.open {
		end := al.runs[ch.last]
		ea, eb := end.a+end.n, end.b+end.n
		x := al.runs[r]
		d := max(0, ea-x.a, eb-x.b)
		if x.n-d <= 0 || x.a+d-ea > maxGap || x.b+d-eb > maxGap {
			continue
		}
		if best < 0 || ch.matched > al.open[best].matched {
			best, bestTrim = c, d
		}
	}
	if best < 0 {
		return -1
	}
	x := &al.runs[r]
	x.a, x.b, x.n = x.a+bestTrim, x.b+bestTrim, x.n-bestTrim
	ch := &al.open[best]
	al.prev[r] = ch.last
	ch.last = r
	ch.matched += x.n
	return best
}

// closeBefore closes the open chains that no run from B position b on can
// continue.
func (al *aligner) closeBefore(b int32, minWords int) {
	for c := 0; c < len(al.open); {
		end := al.runs[al.open[c].last]
		if end.b+end.n+maxGap >= b {
			c++
			continue
		}
		al.closeAt(c, minWords)
	}
}

func (al *aligner) weakest() int {
	w := 0
	for c, ch := range al.open {
		if ch.matched < al.open[w].matched {
			w = c
		}
	}
	return w
}

// closeAt removes open chain c and keeps it when it makes a copy.
func (al *aligner) closeAt(c, minWords int) {
	ch := al.open[c]
	al.open = slices.Delete(al.open, c, c+1)
	first, last := al.runs[ch.first], al.runs[ch.last]
	lenA, lenB := last.a+last.n-first.a, last.b+last.n-first.b
	if min(lenA, lenB) >= int32(minWords) && float64(ch.matched) >= minSimilarity*float64(max(lenA, lenB)) {
		al.done = append(al.done, ch)
	}
}

// span is a stretch of a unit's paragraph: bytes [blo, bhi) of its Text.
type span struct {
	unit     uint32
	blo, bhi int32
}

// makeSpan is the span of words [lo, hi) of a unit.
func makeSpan(u uint32, toks []token, lo, hi int32) span {
	return span{unit: u, blo: toks[lo].start, bhi: toks[hi-1].end}
}

// cutOff reports whether words [lo, hi) of window u run into an edge of
// the window inside its paragraph while shorter than the overlap of two
// windows: then the neighbouring window holds the whole copy.
func (f *finder) cutOff(u uint32, toks []token, lo, hi int32) bool {
	un := f.units[u]
	atStart := un.lo > 0 && lo <= maxGap
	atEnd := int(un.hi) < len(f.text(int(u))) && int(hi) >= len(toks)-maxGap
	return (atStart || atEnd) && toks[hi-1].end-toks[lo].start < unitOverlap
}

// segment is one aligned copy: the same text in two units.
type segment struct{ a, b span }

// alignPairs aligns every candidate pair (hub over unit, sorted by hub) on
// nw workers and returns the segments that make copies, per worker.
func (f *finder) alignPairs(pairs []uint64, nw int) [][]segment {
	out := make([][]segment, nw)
	var wg sync.WaitGroup
	for w := range nw {
		chunk := pairs[w*len(pairs)/nw : (w+1)*len(pairs)/nw]
		wg.Go(func() {
			al := newAligner()
			var A, B []token
			hub := ^uint32(0)
			for _, p := range chunk {
				h, u := uint32(p>>32), uint32(p)
				if h != hub {
					hub = h
					A = f.tokens(A[:0], int(h))
					al.indexA(A)
				}
				B = f.tokens(B[:0], int(u))
				al.findRuns(A, B)
				for _, ch := range al.chains(f.opt.MinWords) {
					first, last := al.runs[ch.first], al.runs[ch.last]
					if f.cutOff(h, A, first.a, last.a+last.n) || f.cutOff(u, B, first.b, last.b+last.n) {
						continue
					}
					out[w] = append(out[w], segment{
						a: makeSpan(h, A, first.a, last.a+last.n),
						b: makeSpan(u, B, first.b, last.b+last.n),
					})
				}
			}
		})
	}
	wg.Wait()
	return out
}
