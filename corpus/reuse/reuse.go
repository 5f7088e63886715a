// Package reuse finds passages that two or more articles share verbatim or
// nearly so: agency copy printed by several outlets, a quote passed on with
// other quote marks, a paragraph with one figure updated. It follows passim
// (Smith et al.): word 5-gram shingles, winnowed into fingerprints;
// candidate pairs of paragraphs from shared fingerprints; an alignment of
// each pair that tolerates small edits; and a clustering of the aligned
// spans into passages, each with its copies and the words they differ in.
//
// Work grows with the corpus, not with its square: a fingerprint shared by
// k paragraphs pairs each with the best-ranked one only, and fingerprints
// shared by very many articles are page furniture and are skipped.
package reuse

import (
	"runtime"

	"quellen/corpus/article"
)

// Passage is text that two or more articles share. Copies[0] is the
// original: the copy that names an agency line, else the earliest, else
// the first by article ID.
type Passage struct {
	ID     string `json:"id"`
	Words  int    `json:"words"` // length of the original, in words
	Copies []Copy `json:"articles"`
	// Differences are the words in which a copy reads otherwise than the
	// original, in copy order, then text order.
	Differences []Difference `json:"differences,omitempty"`
}

// Copy is where one article holds a passage: a byte range [Start, End) of
// one paragraph's Text.
type Copy struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Words     int    `json:"words"`
	// Tag is the agency or source line ("dpa", "Reuters") that the copy or
	// its article opens with, if any.
	Tag string `json:"tag,omitempty"`
}

// Reading is what one copy has at a place where the copies differ. An
// empty range is where the other copy has words this one lacks.
type Reading struct {
	Copy  int    `json:"copy"` // index into the passage's Copies
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Difference is one place where a copy reads otherwise than the original:
// "8.000" in the original, "9.500" in the copy.
type Difference struct {
	Original Reading `json:"original"`
	Copy     Reading `json:"copy"`
}

// Articles returns the number of distinct articles that hold the passage.
func (p *Passage) Articles() int {
	seen := make(map[string]bool, len(p.Copies))
	for _, c := range p.Copies {
		seen[c.Article] = true
	}
	return len(seen)
}

// Options tune Find; the zero value means the defaults.
type Options struct {
	// MinWords is the shortest passage, in words (default 12, at least
	// 5). Below 8 only passages with 8 verbatim words in a row are sure to
	// be found, as fingerprints guarantee no less.
	MinWords int
	// MaxArticles is the most articles a fingerprint may be shared by
	// before it counts as boilerplate (default: a tenth of the articles,
	// at least 50).
	MaxArticles int
}

const defaultMinWords = 12

func (o Options) withDefaults(n int) Options {
	if o.MinWords <= 0 {
		o.MinWords = defaultMinWords
	}
	if o.MinWords < shingleWords {
		o.MinWords = shingleWords
	}
	if o.MaxArticles <= 0 {
		o.MaxArticles = max(50, n/10)
	}
	return o
}

// Find returns the passages that the articles share, biggest reuse (words
// times further articles) first. Articles are only compared within their
// language; nil articles are skipped.
func Find(arts []*article.Article) []Passage { return FindWith(arts, Options{}) }

// FindWith is Find with options.
func FindWith(arts []*article.Article, opt Options) []Passage {
	f := newFinder(arts, opt)
	if len(f.units) == 0 {
		return nil
	}
	nw := min(runtime.GOMAXPROCS(0), 8)
	pairs := f.link(f.fingerprints(nw), f.opt.MaxArticles)
	segs := f.alignPairs(pairs, nw)
	return f.passages(cluster(segs, f.units), nw)
}
