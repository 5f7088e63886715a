package search

import (
	"context"
	"slices"
	"strings"
	"sync"
)

// Hits is the answer to one query.
type Hits struct {
	Query   string
	Words   []string // the folded words that every passage matches
	Total   int      // how many passages match; Results holds the best of them (see Search)
	Similar int      // how many of Total match some word only as a similar word (a typo); they rank last
	Results []Result
	// Partial says that no passage matches every word, so Total and Results
	// are the passages that match the most words.
	Partial bool
}

// Searcher runs the queries of one search box. It remembers the words of
// recent queries, so when the query grows by a letter only the changed word
// is looked up again, in the narrowed set of terms its shorter form matched;
// and going back (backspace) finds the earlier words still there.
//
// Search may be called from several goroutines; calls run one at a time.
// Run each query in its own goroutine with a context that the next keystroke
// cancels: a cancelled search returns promptly with ctx.Err().
type Searcher struct {
	ix *Index

	mu    sync.Mutex
	cache []*wordMatch // most recently used last
	syn   Synonyms

	tz  tokenizer
	ids map[string]int32 // term ids looked up, -1 for none (see termID)
}

// scratch is space indexed by passage, reused between queries (and shared
// by Searchers through the Index's pool): stamp[p] == epoch marks best[p]
// as set in the current pass, so nothing needs clearing.
type scratch struct {
	stamp   []uint32
	best    []float32
	epoch   uint32
	touched []uint32

	// The same for articles, for the words' title matches.
	tstamp   []uint32
	tbest    []float32
	ttouched []uint32
}

// cachedWords bounds how many words a Searcher remembers.
const cachedWords = 16

// NewSearcher returns a Searcher over the index.
func (ix *Index) NewSearcher() *Searcher { return &Searcher{ix: ix} }

// SetSynonyms makes query words find the other spellings of the names they
// are, from now on; nil turns that off.
func (s *Searcher) SetSynonyms(syn Synonyms) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.syn = syn
	s.cache = nil // the remembered words were matched without them
}

// Search returns up to limit passages that match every word of query, best
// first, and how many match in all. A passage may take words from its
// article's title; those rank below passages that hold every word, and are
// left out of Total when there are more of the others than ranking limit
// passages needs (a few hundred). When no passage matches every word, the
// ones that match the most are returned, marked Partial.
func (s *Searcher) Search(ctx context.Context, query string, limit int) (Hits, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := Hits{Query: query, Words: QueryWords(query)}
	if len(h.Words) == 0 || limit <= 0 {
		return h, ctx.Err()
	}
	words := make([]*wordMatch, len(h.Words))
	for i, w := range h.Words {
		wm, err := s.word(ctx, w)
		if err != nil {
			return h, err
		}
		words[i] = wm
	}
	cands := intersect(words)
	// Passages that need their title rank after all others: when there are
	// enough others, they cannot be among the best, and are not counted.
	if len(cands) < refineCount(limit) {
		cands = append(cands, s.ix.withTitles(words)...)
	}
	h.Total = len(cands)
	for _, c := range cands {
		if c.similar {
			h.Similar++
		}
	}
	if h.Total == 0 && len(words) > 1 {
		cands = mostWords(words)
		h.Partial = len(cands) > 0
		h.Total = len(cands)
	}
	results, err := s.rank(ctx, cands, words, limit)
	h.Results = results
	return h, err
}

// word returns the match for one query word, from the cache when it is
// there, else built from the longest remembered word it extends.
func (s *Searcher) word(ctx context.Context, w string) (*wordMatch, error) {
	var prev *wordMatch
	for i, wm := range s.cache {
		if wm.word == w {
			s.cache = append(append(s.cache[:i:i], s.cache[i+1:]...), wm)
			return wm, nil
		}
		if wm.pool != nil && strings.HasPrefix(w, wm.word) && (prev == nil || len(wm.word) > len(prev.word)) {
			prev = wm
		}
	}
	wm := s.ix.matchWord(w, prev, s.syn[w])
	if err := s.collect(ctx, wm); err != nil {
		return nil, err
	}
	if len(s.cache) == cachedWords {
		s.cache = slices.Delete(s.cache, 0, 1)
	}
	s.cache = append(s.cache, wm)
	return wm, nil
}

// collect fills wm.hits and wm.best from the postings of its terms.
func (s *Searcher) collect(ctx context.Context, wm *wordMatch) error {
	ix := s.ix
	n := len(ix.passages)
	sc, _ := ix.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{stamp: make([]uint32, n), best: make([]float32, n)}
	}
	defer ix.scratch.Put(sc)
	sc.epoch++
	if sc.epoch == 0 { // wrapped: old stamps could look current
		clear(sc.stamp)
		clear(sc.tstamp)
		sc.epoch = 1
	}
	sc.touched = sc.touched[:0]
	visited := 0
	for id := range wm.termIDs {
		q := wm.quality(ix, id)
		for _, p := range ix.postings(id) {
			if sc.stamp[p] != sc.epoch {
				sc.stamp[p] = sc.epoch
				sc.best[p] = q
				sc.touched = append(sc.touched, p)
			} else if q > sc.best[p] {
				sc.best[p] = q
			}
		}
		if visited += len(ix.postings(id)); visited > 1<<16 {
			visited = 0
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
	wm.hits = marked(sc.touched, sc.stamp, sc.epoch)
	wm.best = make([]float32, len(wm.hits))
	for i, p := range wm.hits {
		wm.best[i] = sc.best[p]
	}
	s.collectTitles(wm, sc)
	return ctx.Err()
}

// collectTitles fills wm.titleHits and wm.titleBest, using the scratch
// marks of collect's epoch for articles.
func (s *Searcher) collectTitles(wm *wordMatch, sc *scratch) {
	if len(sc.tstamp) != s.ix.narts {
		sc.tstamp = make([]uint32, s.ix.narts)
		sc.tbest = make([]float32, s.ix.narts)
	}
	sc.ttouched = sc.ttouched[:0]
	for id := range wm.termIDs {
		arts := s.ix.titlePostings(id)
		if len(arts) == 0 {
			continue
		}
		q := wm.quality(s.ix, id)
		for _, a := range arts {
			if sc.tstamp[a] != sc.epoch {
				sc.tstamp[a] = sc.epoch
				sc.tbest[a] = q
				sc.ttouched = append(sc.ttouched, a)
			} else if q > sc.tbest[a] {
				sc.tbest[a] = q
			}
		}
	}
	wm.titleHits = marked(sc.ttouched, sc.tstamp, sc.epoch)
	wm.titleBest = make([]float32, len(wm.titleHits))
	for i, a := range wm.titleHits {
		wm.titleBest[i] = sc.tbest[a]
	}
}

// marked returns, in ascending order, the ids stamped with epoch: touched
// lists them in the order they were found. Sorting a few is cheap; for
// many, walking the stamps is.
func marked(touched, stamp []uint32, epoch uint32) []uint32 {
	if len(touched) < len(stamp)/32 {
		slices.Sort(touched)
		return slices.Clone(touched)
	}
	out := make([]uint32, 0, len(touched))
	for id := range stamp {
		if stamp[id] == epoch {
			out = append(out, uint32(id))
		}
	}
	return out
}

// candidate is a passage that matches every word, with the sum of its
// words' best qualities; title says some words are only in its article's
// title, partial that some are missing, similar that some match only as a
// similar word.
type candidate struct {
	pid     uint32
	sum     float32
	title   bool
	partial bool
	similar bool
}

// intersect returns the passages that every word hits, ascending.
func intersect(words []*wordMatch) []candidate {
	order := slices.Clone(words)
	slices.SortFunc(order, func(a, b *wordMatch) int { return len(a.hits) - len(b.hits) })
	first := order[0]
	cands := make([]candidate, len(first.hits))
	for i, p := range first.hits {
		cands[i] = candidate{pid: p, sum: first.best[i], similar: first.best[i] < qualityClose}
	}
	for _, wm := range order[1:] {
		kept := cands[:0]
		j := 0
		for _, c := range cands {
			// Skip ahead by galloping: hits can be far longer than cands.
			j += gallop(wm.hits[j:], c.pid)
			if j == len(wm.hits) {
				break
			}
			if wm.hits[j] == c.pid {
				c.sum += wm.best[j]
				c.similar = c.similar || wm.best[j] < qualityClose
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	return cands
}

// gallop returns the index of the first element of a (ascending) that is at
// least x, probing 1, 2, 4, ... ahead before a binary search.
func gallop(a []uint32, x uint32) int {
	if len(a) == 0 || a[0] >= x {
		return 0
	}
	hi := 1
	for hi < len(a) && a[hi] < x {
		hi *= 2
	}
	lo := hi / 2
	hi = min(hi+1, len(a))
	i, _ := slices.BinarySearch(a[lo:hi], x)
	return lo + i
}
