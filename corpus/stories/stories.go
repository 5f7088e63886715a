// Package stories decides which articles of a folder tell one story. A
// journalist's folder holds several stories at once, and figures are only
// comparable within one. Two articles tell one story when they name the
// same rare people, places and organisations: the entity IDs the entity
// linker shares across spellings and languages ("Selenskyj" and "Zelensky"
// are one ID), weighted by how rare each is in the folder, with dates far
// apart asking for more overlap.
//
// The method is single-pass clustering as in topic detection and tracking:
// articles are taken in date order, each joins the story whose centroid it
// is most similar to (cosine of tf-idf vectors) or starts a new one; a
// second pass merges stories whose centroids meet. Candidate stories come
// from an inverted index of each article's strongest names, so the work
// grows linearly with the number of articles.
package stories

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Doc is what story detection needs of one article.
type Doc struct {
	Date  string      // "2025-09-16", "2025-09", "2025" or ""
	Names map[int]int // entity ID -> mentions in the article
}

const (
	// docTerms is how many names of an article its vector keeps;
	// probeTerms how many of the strongest find candidate stories.
	docTerms, probeTerms = 40, 12
	// centroidTerms bounds a story's centroid.
	centroidTerms = 200
	// joinMin is the least cosine between an article and a story that
	// makes it part of the story; mergeMin the same between two stories.
	joinMin, mergeMin = 0.3, 0.35
	// postingCap bounds the stories a name is looked up in.
	postingCap = 16
	// farDays is the gap in days beyond which the same names are more
	// likely a follow-up story, which needs a stronger overlap (farPenalty).
	farDays    = 45
	farPenalty = 0.1
)

type vec struct {
	ids []int // ascending
	w   []float64
}

func (v vec) dot(dense map[int]float64) float64 {
	s := 0.0
	for i, id := range v.ids {
		s += v.w[i] * dense[id]
	}
	return s
}

// story is a cluster of articles with the sum of their vectors.
type story struct {
	sum        map[int]float64
	norm       float64
	first, end int64 // the earliest and latest date, days since 1970; 0 none
	members    []int
	parent     int
}

// Assign returns a story number for each doc, 0, 1, ... in the order of
// each story's first article. Docs that name nothing share one story.
func Assign(docs []Doc) []int {
	vecs := vectors(docs)
	days := make([]int64, len(docs))
	for i, d := range docs {
		days[i] = dayOf(d.Date)
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		da, db := days[a], days[b]
		if (da == 0) != (db == 0) {
			return cmp.Compare(boolInt(da == 0), boolInt(db == 0)) // undated last
		}
		return cmp.Compare(da, db)
	})
	var sts []*story
	index := map[int][]int{} // name -> stories whose centroid holds it
	unnamed := -1
	of := make([]int, len(docs))
	for _, d := range order {
		v := vecs[d]
		if len(v.ids) == 0 {
			if unnamed < 0 {
				unnamed = len(sts)
				sts = append(sts, &story{sum: map[int]float64{}, parent: unnamed})
			}
			of[d] = unnamed
			sts[unnamed].members = append(sts[unnamed].members, d)
			continue
		}
		best, bestSim := -1, 0.0
		for _, s := range candidates(v, index, sts) {
			sim := v.dot(sts[s].sum) / sts[s].norm
			if sim-gapPenalty(days[d], sts[s]) >= joinMin && sim > bestSim {
				best, bestSim = s, sim
			}
		}
		if best < 0 {
			best = len(sts)
			sts = append(sts, &story{sum: map[int]float64{}, parent: best})
		}
		sts[best].add(d, v, days[d], index, best)
		of[d] = best
	}
	mergeStories(sts, index, unnamed)
	return number(of, sts)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// candidates are the stories that share one of v's strongest names. A
// name many stories share (a country, a capital) is looked up only in the
// postingCap stories that took it last, which keeps the work per article
// bounded: articles come in date order, so those are the nearest in time.
func candidates(v vec, index map[int][]int, sts []*story) []int {
	probe := strongest(v, probeTerms)
	seen := map[int]bool{}
	var out []int
	for _, id := range probe {
		post := index[id]
		if len(post) > postingCap {
			post = post[len(post)-postingCap:]
		}
		for _, s := range post {
			if !seen[s] && sts[s].parent == s {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return out
}

// strongest returns the IDs of v's n heaviest names.
func strongest(v vec, n int) []int {
	out := make([]int, 0, n)
	for _, i := range heaviest(v, n) {
		out = append(out, v.ids[i])
	}
	return out
}

// heaviest returns the positions in v of its n heaviest names.
func heaviest(v vec, n int) []int {
	idx := make([]int, len(v.ids))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmp.Compare(v.w[b], v.w[a]); c != 0 {
			return c
		}
		return cmp.Compare(v.ids[a], v.ids[b])
	})
	return idx[:min(n, len(idx))]
}

// gapPenalty asks more of an article far in time from every member.
func gapPenalty(day int64, s *story) float64 {
	if day == 0 || s.first == 0 {
		return 0
	}
	gap := max(s.first-day, day-s.end, 0)
	if gap > farDays {
		return farPenalty
	}
	return 0
}

// add puts doc d with vector v into story s (number n) and keeps the
// centroid within centroidTerms names.
func (s *story) add(d int, v vec, day int64, index map[int][]int, n int) {
	s.members = append(s.members, d)
	for i, id := range v.ids {
		if _, ok := s.sum[id]; !ok {
			index[id] = append(index[id], n)
		}
		s.sum[id] += v.w[i]
	}
	if day != 0 {
		if s.first == 0 || day < s.first {
			s.first = day
		}
		s.end = max(s.end, day)
	}
	s.trim()
}

// trim drops the lightest names of a centroid past centroidTerms and
// computes its norm. Dropped names stay in the inverted index, which only
// finds candidates.
func (s *story) trim() {
	if len(s.sum) > centroidTerms {
		type kw struct {
			id int
			w  float64
		}
		all := make([]kw, 0, len(s.sum))
		for id, w := range s.sum {
			all = append(all, kw{id, w})
		}
		slices.SortFunc(all, func(a, b kw) int {
			if c := cmp.Compare(b.w, a.w); c != 0 {
				return c
			}
			return cmp.Compare(a.id, b.id)
		})
		for _, e := range all[centroidTerms:] {
			delete(s.sum, e.id)
		}
	}
	n := 0.0
	for _, w := range s.sum {
		n += w * w
	}
	s.norm = math.Sqrt(n)
}

// mergeStories joins stories whose centroids are alike: two halves of one
// story that began apart because their first articles shared few names.
func mergeStories(sts []*story, index map[int][]int, unnamed int) {
	find := func(i int) int {
		for sts[i].parent != i {
			i = sts[i].parent
		}
		return i
	}
	for changed := true; changed; {
		changed = false
		for i, s := range sts {
			if s.parent != i || i == unnamed {
				continue
			}
			c := centroidVec(s)
			for _, j := range candidates(c, index, sts) {
				if j <= i || j == unnamed || find(j) != j || find(i) != i {
					continue
				}
				t := sts[j]
				sim := c.dot(t.sum) / t.norm
				if sim-gapPenaltyStories(s, t) >= mergeMin {
					s.absorb(t, j, i, index)
					c = centroidVec(s)
					changed = true
				}
			}
		}
	}
}

func gapPenaltyStories(a, b *story) float64 {
	if a.first == 0 || b.first == 0 {
		return 0
	}
	if gap := max(a.first-b.end, b.first-a.end, 0); gap > farDays {
		return farPenalty
	}
	return 0
}

// centroidVec is a story's centroid as a vector of unit length.
func centroidVec(s *story) vec {
	v := vec{}
	for id := range s.sum {
		v.ids = append(v.ids, id)
	}
	slices.Sort(v.ids)
	for _, id := range v.ids {
		v.w = append(v.w, s.sum[id]/s.norm)
	}
	return v
}

// absorb moves story t (number j) into s (number i).
func (s *story) absorb(t *story, j, i int, index map[int][]int) {
	for id, w := range t.sum {
		if _, ok := s.sum[id]; !ok {
			index[id] = append(index[id], i)
		}
		s.sum[id] += w
	}
	s.members = append(s.members, t.members...)
	if t.first != 0 && (s.first == 0 || t.first < s.first) {
		s.first = t.first
	}
	s.end = max(s.end, t.end)
	t.parent = i
	t.members = nil
	s.trim()
}

// number gives the stories of the docs dense numbers in doc order.
func number(of []int, sts []*story) []int {
	root := func(i int) int {
		for sts[i].parent != i {
			i = sts[i].parent
		}
		return i
	}
	dense := map[int]int{}
	out := make([]int, len(of))
	for d, s := range of {
		r := root(s)
		n, ok := dense[r]
		if !ok {
			n = len(dense)
			dense[r] = n
		}
		out[d] = n
	}
	return out
}

// vectors weights each doc's names by tf-idf and keeps its docTerms
// strongest, normalised to unit length. The term frequency is the raw
// count of mentions, not its logarithm: the names an article repeats are
// its story's; a flood report that once says the rail union spared the
// flooded line does not join the strike.
func vectors(docs []Doc) []vec {
	df := map[int]int{}
	for _, d := range docs {
		for id, n := range d.Names {
			if n > 0 {
				df[id]++
			}
		}
	}
	total := float64(len(docs))
	out := make([]vec, len(docs))
	for i, d := range docs {
		var v vec
		for id, n := range d.Names {
			if n <= 0 {
				continue
			}
			v.ids = append(v.ids, id)
			v.w = append(v.w, float64(n)*math.Log(1+total/float64(df[id])))
		}
		keep := heaviest(v, docTerms)
		slices.SortFunc(keep, func(a, b int) int { return cmp.Compare(v.ids[a], v.ids[b]) })
		var kept vec
		norm := 0.0
		for _, k := range keep {
			kept.ids = append(kept.ids, v.ids[k])
			kept.w = append(kept.w, v.w[k])
			norm += v.w[k] * v.w[k]
		}
		for j := range kept.w {
			kept.w[j] /= math.Sqrt(norm)
		}
		out[i] = kept
	}
	return out
}

// dayOf reads a date at year, month or day precision as days since 1970
// (the middle of a month or year), or 0.
func dayOf(date string) int64 {
	for _, l := range []struct {
		n      int
		layout string
		mid    int64
	}{{10, "2006-01-02", 0}, {7, "2006-01", 14}, {4, "2006", 182}} {
		if len(date) >= l.n {
			if t, err := time.Parse(l.layout, date[:l.n]); err == nil {
				return t.Unix()/86400 + l.mid
			}
		}
	}
	return 0
}

// Similarity returns the cosine of the tf-idf vectors of docs i and j, as
// Assign weighs them; for tests and diagnostics.
func Similarity(docs []Doc) func(i, j int) float64 {
	vecs := vectors(docs)
	return func(i, j int) float64 {
		dense := map[int]float64{}
		for k, id := range vecs[j].ids {
			dense[id] = vecs[j].w[k]
		}
		return vecs[i].dot(dense)
	}
}
