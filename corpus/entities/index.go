package entities

import "sort"

// Index answers where entities are named and which appear together.
type Index struct {
	byID   map[int]*Entity
	byPara map[ParaRef][]*Entity
	pairs  map[[2]int]int // paragraphs naming both (lower ID first)
}

// ParaRef names one paragraph of one article.
type ParaRef struct {
	Article   string
	Paragraph int
}

// Cooccurrence is another entity named in the same paragraphs.
type Cooccurrence struct {
	Entity     *Entity
	Paragraphs int // how many paragraphs name both
}

// NewIndex indexes entities by paragraph and by co-occurrence.
func NewIndex(ents []*Entity) *Index {
	x := &Index{byID: map[int]*Entity{}, byPara: map[ParaRef][]*Entity{}, pairs: map[[2]int]int{}}
	for _, e := range ents {
		x.byID[e.ID] = e
		for _, m := range e.Mentions {
			ref := ParaRef{m.Article, m.Paragraph}
			if l := x.byPara[ref]; len(l) == 0 || l[len(l)-1] != e {
				x.byPara[ref] = append(l, e)
			}
		}
	}
	for _, l := range x.byPara {
		for i := range l {
			for j := i + 1; j < len(l); j++ {
				a, b := l[i].ID, l[j].ID
				if a > b {
					a, b = b, a
				}
				x.pairs[[2]int{a, b}]++
			}
		}
	}
	return x
}

// Entity returns the entity with the given ID, or nil.
func (x *Index) Entity(id int) *Entity { return x.byID[id] }

// In returns the entities named in one paragraph, most mentioned first.
func (x *Index) In(articleID string, paragraph int) []*Entity {
	return x.byPara[ParaRef{articleID, paragraph}]
}

// Cooccurring returns the entities named in the same paragraphs as id,
// the most frequent companions first.
func (x *Index) Cooccurring(id int) []Cooccurrence {
	var out []Cooccurrence
	for p, n := range x.pairs {
		other := -1
		switch id {
		case p[0]:
			other = p[1]
		case p[1]:
			other = p[0]
		}
		if other >= 0 {
			out = append(out, Cooccurrence{x.byID[other], n})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Paragraphs != out[j].Paragraphs {
			return out[i].Paragraphs > out[j].Paragraphs
		}
		return out[i].Entity.ID < out[j].Entity.ID
	})
	return out
}
