package reuse

// Index answers, for a stretch of an article (a figure's sentence), which
// passage covers it and which copy of it is the original.
type Index struct {
	passages []Passage
	byArt    map[string][]copyAt
}

type copyAt struct{ passage, copy int }

// NewIndex indexes passages by the articles that hold them. It keeps the
// slice, so the passages must not change afterwards.
func NewIndex(ps []Passage) *Index {
	ix := &Index{passages: ps, byArt: map[string][]copyAt{}}
	for p := range ps {
		for c, cp := range ps[p].Copies {
			ix.byArt[cp.Article] = append(ix.byArt[cp.Article], copyAt{p, c})
		}
	}
	return ix
}

// Cover says where a stretch of an article lies in a shared passage.
type Cover struct {
	Passage *Passage
	// Copy is the index of the copy that holds the stretch; 0 is the
	// original, Passage.Copies[0].
	Copy int
	// Differences are those of the passage that touch the stretch: this
	// copy's against the original or, in the original, every copy's.
	Differences []Difference
}

// Original is the copy the stretch was copied from (itself when Copy is 0).
func (c Cover) Original() *Copy { return &c.Passage.Copies[0] }

// IsCopy reports whether the stretch was copied from another article.
func (c Cover) IsCopy() bool { return c.Copy != 0 }

// Cover returns the passage that covers bytes [start, end) of the
// article's paragraph (its Index), if a copy holds at least half of them.
// Of several, it takes the one that holds most, then the biggest.
func (ix *Index) Cover(articleID string, paragraph, start, end int) (Cover, bool) {
	best, bestOverlap := copyAt{-1, -1}, -1
	for _, at := range ix.byArt[articleID] {
		cp := &ix.passages[at.passage].Copies[at.copy]
		if cp.Paragraph != paragraph {
			continue
		}
		overlap := min(end, cp.End) - max(start, cp.Start)
		if overlap < 0 || 2*overlap < end-start || start == end && (start < cp.Start || start > cp.End) {
			continue
		}
		if overlap > bestOverlap || overlap == bestOverlap && ix.bigger(at.passage, best.passage) {
			best, bestOverlap = at, overlap
		}
	}
	if best.passage < 0 {
		return Cover{}, false
	}
	p := &ix.passages[best.passage]
	c := Cover{Passage: p, Copy: best.copy}
	for _, d := range p.Differences {
		r := d.Copy
		if best.copy == 0 {
			r = d.Original
		} else if d.Copy.Copy != best.copy {
			continue
		}
		touches := r.Start < end && r.End > start || r.Start == r.End && start <= r.Start && r.Start <= end
		if touches {
			c.Differences = append(c.Differences, d)
		}
	}
	return c, true
}

func (ix *Index) bigger(p, q int) bool {
	a, b := &ix.passages[p], &ix.passages[q]
	return a.Articles() > b.Articles() || a.Articles() == b.Articles() && a.Words > b.Words
}
