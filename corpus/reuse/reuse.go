// Package reuse finds the passages that several articles share: agency copy
// printed by several outlets, verbatim or nearly so (a word changed, a
// figure updated, other punctuation or quotes), so that "four sources say
// 12 000" can say how many of them are independent.
//
// The method is the one text-reuse tools such as passim use, scaled to a
// folder: every sentence of six words or more gets a MinHash signature of
// its word pairs; sentences whose signatures meet in a band of the
// locality-sensitive hash are near-duplicates (checked against the first
// sentence of their bucket, so a bucket of a thousand copies costs a
// thousand checks, not a million); runs of consecutive near-duplicate
// sentences that the same articles share are passages. Work grows linearly
// with the text.
package reuse

import (
	"cmp"
	"slices"
	"strings"

	"quellen/corpus/article"
)

// MinWords is the least length of a shared passage.
const MinWords = 12

// Copy is where one article holds a passage.
type Copy struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"` // byte offsets into the paragraph's Text
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// Difference is a place where a copy says other words than the original:
// "9.500" where the original says "8.000".
type Difference struct {
	Article  string `json:"article"`
	Original string `json:"original"` // the original's words there
	Copy     string `json:"copy"`     // this copy's words there
}

// Passage is text two or more articles share. Copies[0] is the original:
// the copy in the article that names an agency line ("(dpa)", "(Reuters)"),
// else in the earliest dated article, else the first by ID.
type Passage struct {
	ID          int          `json:"id"`
	Words       int          `json:"words"`
	Copies      []Copy       `json:"articles"`
	Differences []Difference `json:"differences"`
}

// Articles is the number of articles that hold p.
func (p *Passage) Articles() int { return len(p.Copies) }

// Find returns the passages the articles share, the most reused first (by
// articles times words).
func Find(arts []*article.Article) []*Passage {
	units := sentenceUnits(arts)
	clusters := clusterUnits(units)
	passages := assemble(arts, units, clusters)
	byID := make(map[string]*article.Article, len(arts))
	agencies := map[string]bool{}
	for _, a := range arts {
		byID[a.ID] = a
		if len(a.Paragraphs) > 0 && agencyLine.MatchString(firstLines(a)) {
			agencies[a.ID] = true
		}
	}
	for _, p := range passages {
		orderCopies(p, byID, agencies)
		p.Differences = differences(p)
	}
	slices.SortStableFunc(passages, func(a, b *Passage) int {
		if c := cmp.Compare(b.Articles()*b.Words, a.Articles()*a.Words); c != 0 {
			return c
		}
		return strings.Compare(a.Copies[0].Article, b.Copies[0].Article)
	})
	for i, p := range passages {
		p.ID = i + 1 // people count passages from 1
	}
	return passages
}

// Index answers which passage covers a span of an article's text.
type Index struct {
	byPara map[paraRef][]spanRef
}

type paraRef struct {
	article   string
	paragraph int
}

type spanRef struct {
	start, end int
	p          *Passage
}

// NewIndex indexes passages by the paragraphs their copies are in.
func NewIndex(ps []*Passage) *Index {
	x := &Index{byPara: map[paraRef][]spanRef{}}
	for _, p := range ps {
		for _, c := range p.Copies {
			r := paraRef{c.Article, c.Paragraph}
			x.byPara[r] = append(x.byPara[r], spanRef{c.Start, c.End, p})
		}
	}
	return x
}

// At returns the passage that covers bytes [start, end) of a paragraph of
// an article, or nil.
func (x *Index) At(articleID string, paragraph, start, end int) *Passage {
	if x == nil {
		return nil
	}
	for _, s := range x.byPara[paraRef{articleID, paragraph}] {
		if s.start <= start && end <= s.end {
			return s.p
		}
	}
	return nil
}

// Original is the article a passage came from (see Passage).
func (p *Passage) Original() string { return p.Copies[0].Article }
