package search

import (
	"cmp"
	"context"
	"math"
	"slices"
	"unsafe"

	"quellen/corpus/article"
)

// Scoring. A passage's base score is the mean quality of its words' best
// matches, times 100: 100 when every word is found exactly. On top come
// small bonuses that never outweigh a step between match tiers for queries
// of up to three words: words close together, words found more than once,
// headings. Captions, boilerplate and meta lines always rank after the
// passages that carry the story.
const (
	headingBoost    = 2.0
	proximityMax    = 6.0
	repeatMax       = 2.0
	furnitureFactor = 0.1

	// refineMin passages (or four times the limit) with the best base
	// scores are read again to place the bonuses and the highlights.
	refineMin = 100
)

// scored is a passage being ranked.
type scored struct {
	pid       uint32
	title     bool // some words are only in the article's title
	partial   bool
	similar   bool // some word matched only as a similar word
	furniture bool
	score     float64
	spans     []article.Span
}

// better orders passages: those with every word or a spelling of it before
// those with similar words, those holding every word before those that need
// their title, story before furniture, higher score, then earlier in the
// corpus, so ties always come out in the same order.
func better(a, b scored) bool {
	if a.similar != b.similar {
		return !a.similar
	}
	if a.title != b.title {
		return !a.title
	}
	if a.furniture != b.furniture {
		return !a.furniture
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return a.pid < b.pid
}

func compareScored(a, b scored) int {
	if better(a, b) {
		return -1
	}
	if better(b, a) {
		return 1
	}
	return 0
}

// rank scores the candidates and returns the best limit of them as results.
func (s *Searcher) rank(ctx context.Context, cands []candidate, words []*wordMatch, limit int) ([]Result, error) {
	n := float64(len(words))
	top := topN(cands, refineCount(limit), func(c candidate) scored {
		r := s.ix.passages[c.pid].rank
		sc := 100 * float64(c.sum) / n
		if r == rankHeading {
			sc += headingBoost
		}
		return scored{pid: c.pid, title: c.title, partial: c.partial, similar: c.similar, furniture: r == rankFurniture, score: sc}
	})
	for i := range top {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		bonus, spans := s.inspect(top[i].pid, words)
		top[i].score += bonus
		if top[i].furniture {
			top[i].score *= furnitureFactor
		}
		top[i].score = math.Round(top[i].score*100) / 100
		top[i].spans = spans
	}
	slices.SortFunc(top, compareScored)
	top = top[:min(limit, len(top))]
	results := make([]Result, len(top))
	for i, t := range top {
		ref := s.ix.passages[t.pid]
		a := s.ix.article(int(ref.article))
		var p article.Paragraph
		if int(ref.para) < len(a.Paragraphs) {
			p = a.Paragraphs[ref.para]
		}
		results[i] = Result{Article: a.ID, Paragraph: p.Index, Score: t.score, Text: p.Text, Matches: t.spans, Partial: t.partial, Similar: t.similar}
		if t.title {
			results[i].TitleMatches = s.titleSpans(ref.article, words)
		}
	}
	return results, nil
}

// refineCount is how many passages are read again to rank limit of them.
func refineCount(limit int) int { return max(4*limit, refineMin) }

// topN returns the k best candidates by their base score, best first,
// keeping a min-heap of the best seen so far.
func topN(cands []candidate, k int, score func(candidate) scored) []scored {
	heap := make([]scored, 0, min(k, len(cands)))
	// worse reports whether heap[i] ranks below heap[j]: the root is the worst.
	worse := func(i, j int) bool { return better(heap[j], heap[i]) }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(heap) {
				return
			}
			w := l
			if r := l + 1; r < len(heap) && worse(r, l) {
				w = r
			}
			if !worse(w, i) {
				return
			}
			heap[i], heap[w] = heap[w], heap[i]
			i = w
		}
	}
	for _, c := range cands {
		sc := score(c)
		if len(heap) < k {
			heap = append(heap, sc)
			for i := len(heap) - 1; i > 0; {
				parent := (i - 1) / 2
				if !worse(i, parent) {
					break
				}
				heap[i], heap[parent] = heap[parent], heap[i]
				i = parent
			}
			continue
		}
		if better(sc, heap[0]) {
			heap[0] = sc
			down(0)
		}
	}
	slices.SortFunc(heap, compareScored)
	return heap
}

// occurrence is one place in a passage where a query word matches.
type occurrence struct {
	pos  int
	word int
	span article.Span
}

// inspect reads a passage again to find where each word matches: the
// highlights, and the bonuses for words close together and found often.
func (s *Searcher) inspect(pid uint32, words []*wordMatch) (float64, []article.Span) {
	occ := s.occurrences(s.ix.text(int(pid)), words)
	spans := mergeSpans(occ)
	bonus := proximityBonus(occ, len(words))
	if m, n := len(spans), len(words); m > n {
		bonus += repeatMax * (1 - float64(n)/float64(m))
	}
	return bonus, spans
}

// occurrences lists where in text the words match, in text order.
func (s *Searcher) occurrences(text string, words []*wordMatch) []occurrence {
	var occ []occurrence
	s.tz.track = true
	s.tz.scan(text, func(t token) {
		id, ok := s.termID(t.term)
		if !ok {
			return
		}
		for wi, wm := range words {
			q := wm.quality(s.ix, id)
			if q == 0 {
				continue
			}
			end := t.end
			if int32(id) != wm.exact && id >= wm.prefixLo && id < wm.prefixHi {
				if wm.short() && wm.exact >= 0 && q <= qualityShortPrefix {
					continue // "un" is marked in "Jong-un", not in "und"
				}
				end = int(t.ends[len(wm.word)-1]) // mark only the prefix typed
			}
			occ = append(occ, occurrence{t.pos, wi, article.Span{Start: t.start, End: end}})
		}
	})
	return occ
}

// termID returns the id of a term, remembering the terms it was asked
// for: the passages a query reads repeat their words, and a map lookup is
// cheaper than a binary search of the vocabulary.
func (s *Searcher) termID(term []byte) (uint32, bool) {
	if id, ok := s.ids[string(term)]; ok {
		return uint32(id), id >= 0
	}
	id, ok := s.ix.terms.find(unsafe.String(unsafe.SliceData(term), len(term))) // no copy: find keeps nothing
	if s.ids == nil || len(s.ids) > maxRememberedTerms {
		s.ids = make(map[string]int32)
	}
	s.ids[string(term)] = int32(id)
	if !ok {
		s.ids[string(term)] = -1
	}
	return id, ok
}

// maxRememberedTerms bounds a Searcher's memory of term ids.
const maxRememberedTerms = 1 << 16

// proximityBonus rewards the smallest window of word positions that holds
// every query word: proximityMax when they stand side by side, falling with
// distance. One-word queries get none.
func proximityBonus(occ []occurrence, n int) float64 {
	if n < 2 || len(occ) == 0 {
		return 0
	}
	slices.SortStableFunc(occ, func(a, b occurrence) int { return cmp.Compare(a.pos, b.pos) })
	count := make([]int, n)
	have, lo := 0, 0
	window := math.MaxInt
	for _, o := range occ {
		if count[o.word] == 0 {
			have++
		}
		count[o.word]++
		for have == n {
			window = min(window, o.pos-occ[lo].pos+1)
			count[occ[lo].word]--
			if count[occ[lo].word] == 0 {
				have--
			}
			lo++
		}
	}
	if window == math.MaxInt {
		return 0
	}
	if window <= n {
		return proximityMax
	}
	return proximityMax * float64(n-1) / float64(window-1)
}

// mergeSpans returns the occurrences' byte ranges in text order, overlaps
// joined (a compound and its first part, two words matching one token).
func mergeSpans(occ []occurrence) []article.Span {
	spans := make([]article.Span, 0, len(occ))
	for _, o := range occ {
		spans = append(spans, o.span)
	}
	slices.SortFunc(spans, func(a, b article.Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	out := spans[:0]
	for _, sp := range spans {
		if k := len(out); k > 0 && sp.Start < out[k-1].End {
			out[k-1].End = max(out[k-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}
