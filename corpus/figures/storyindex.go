package figures

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// storyIndex compares the signatures of the articles whose figures are
// grouped, weighting each key by its inverse document frequency. Grouping a
// large corpus asks it about a million pairs, so everything a comparison
// needs is computed once: keys become sorted integer IDs with their weights,
// and dates are parsed in advance.
type storyIndex struct {
	of   map[*storySig]int32
	sigs []indexedSig
	// dense holds the weights of signature loaded by key ID, so that one
	// signature (a figure's, checked against many clusters) is compared
	// with others without merging sorted lists.
	dense  []float64
	loaded int32
}

// indexedSig is one signature as the index compares it.
type indexedSig struct {
	sig  *storySig
	ids  []int32   // interned keys, ascending
	w    []float64 // weight(count) * idf, per id
	norm float64   // over all keys
	// biNorm is the norm over the bilingual keys: names that occur in
	// articles of two languages. Articles in different languages are
	// compared on these only, since German capitalises every noun and its
	// common nouns would drown the names.
	biNorm float64
	dates  [3]parsedDate
}

// parsedDate is an article date cut to a precision (year, month, day), as
// days since 1970.
type parsedDate struct {
	day int64
	ok  bool
}

// datePrecisions are the lengths of "2006", "2006-01" and "2006-01-02".
var datePrecisions = [3]struct {
	n      int
	layout string
}{{4, "2006"}, {7, "2006-01"}, {10, "2006-01-02"}}

func newStoryIndex(figs []*Figure) *storyIndex {
	x := &storyIndex{of: map[*storySig]int32{}}
	var sigs []*storySig
	for _, f := range figs {
		if f.story == nil {
			continue
		}
		if _, ok := x.of[f.story]; !ok {
			x.of[f.story] = int32(len(sigs))
			sigs = append(sigs, f.story)
		}
	}
	x.build(sigs)
	return x
}

func newStoryIndexSigs(sigs []*storySig) *storyIndex {
	x := &storyIndex{of: map[*storySig]int32{}}
	for i, s := range sigs {
		x.of[s] = int32(i)
	}
	x.build(sigs)
	return x
}

func (x *storyIndex) build(sigs []*storySig) {
	ids := map[string]int32{}
	var df []float64
	var firstLang []string
	var bilingual []bool
	x.sigs = make([]indexedSig, len(sigs))
	for i, s := range sigs {
		is := &x.sigs[i]
		is.sig = s
		is.ids = make([]int32, len(s.keys))
		for j, k := range s.keys {
			id, ok := ids[k]
			if !ok {
				id = int32(len(df))
				ids[k] = id
				df = append(df, 0)
				firstLang = append(firstLang, s.lang)
				bilingual = append(bilingual, false)
			} else if firstLang[id] != s.lang {
				bilingual[id] = true
			}
			df[id]++
			is.ids[j] = id
		}
		for p, d := range datePrecisions {
			if len(s.date) >= d.n {
				t, err := time.Parse(d.layout, s.date[:d.n])
				is.dates[p] = parsedDate{t.Unix() / 86400, err == nil}
			}
		}
	}
	x.dense, x.loaded = make([]float64, len(df)), -1
	n := float64(len(sigs))
	idf := make([]float64, len(df))
	for id, d := range df {
		// Smoothed: a name in every article still weighs a little, so a
		// corpus of one story keeps its groups.
		idf[id] = math.Log((n+1)/d) + 1
	}
	for i := range x.sigs {
		is := &x.sigs[i]
		counts := is.sig.counts
		order := make([]int, len(is.ids))
		for j := range order {
			order[j] = j
		}
		slices.SortFunc(order, func(a, b int) int { return cmp.Compare(is.ids[a], is.ids[b]) })
		sorted := make([]int32, len(order))
		is.w = make([]float64, len(order))
		var sum, biSum float64
		for j, o := range order {
			id := is.ids[o]
			w := weight(counts[o]) * idf[id]
			sorted[j], is.w[j] = id, w
			sum += w * w
			if bilingual[id] {
				biSum += w * w
			}
		}
		is.ids = sorted
		is.norm, is.biNorm = math.Sqrt(sum), math.Sqrt(biSum)
	}
}

func weight(count float64) float64 { return 1 + math.Log(count) }

// story is the index of a figure's signature, or -1 for none.
func (x *storyIndex) story(s *storySig) int32 {
	if i, ok := x.of[s]; ok {
		return i
	}
	return -1
}

// similarity is the weighted cosine of signatures i and j; across
// languages, of their bilingual keys (the keys they share are bilingual).
func (x *storyIndex) similarity(i, j int32) float64 {
	if x.loaded == j {
		i, j = j, i
	} else if x.loaded != i {
		x.load(i)
	}
	a, b := &x.sigs[i], &x.sigs[j]
	var dot float64
	for k, id := range b.ids {
		dot += x.dense[id] * b.w[k]
	}
	if dot == 0 {
		return 0
	}
	if a.sig.lang != b.sig.lang {
		return dot / (a.biNorm * b.biNorm)
	}
	return dot / (a.norm * b.norm)
}

// load puts the weights of signature i into dense.
func (x *storyIndex) load(i int32) {
	if x.loaded >= 0 {
		for _, id := range x.sigs[x.loaded].ids {
			x.dense[id] = 0
		}
	}
	s := &x.sigs[i]
	for k, id := range s.ids {
		x.dense[id] = s.w[k]
	}
	x.loaded = i
}

// same reports whether two articles tell one story. Articles without a
// signature (no names at all) are not kept apart. Dates far apart need a
// stronger overlap: the same names recur in a follow-up story.
func (x *storyIndex) same(i, j int32) bool {
	if i == j || i < 0 || j < 0 {
		return true
	}
	a, b := &x.sigs[i], &x.sigs[j]
	if len(a.ids) == 0 || len(b.ids) == 0 {
		return true
	}
	min := sameStoryMin
	if a.sig.lang != b.sig.lang {
		min = crossStoryMin
	}
	if a.daysApart(b) > 21 {
		min *= 2
	}
	return x.similarity(i, j) >= min
}

// daysApart is daysApart of the two articles' dates, from the parsed dates.
func (a *indexedSig) daysApart(b *indexedSig) float64 {
	da, db := a.sig.date, b.sig.date
	if da == "" || db == "" {
		return 0
	}
	n := min(len(da), len(db))
	for p, d := range datePrecisions {
		if d.n != n {
			continue
		}
		ta, tb := a.dates[p], b.dates[p]
		if !ta.ok || !tb.ok {
			return 0
		}
		return dayDistance(ta.day-tb.day, n)
	}
	return 0
}
