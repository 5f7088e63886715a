// Package figures reads the numbers news articles report: it parses German
// and English numerals, extracts each figure with its qualifier, what it
// counts, who says so and whether it is disputed, groups the figures about
// the same thing across articles, labels the groups and exports them.
package figures

import "quellen/corpus/article"

// FigureKind says what sort of quantity a figure is.
type FigureKind string

const (
	KindCount    FigureKind = "count"
	KindPercent  FigureKind = "percent"
	KindMoney    FigureKind = "money"
	KindDistance FigureKind = "distance"
	KindDuration FigureKind = "duration"
	KindDate     FigureKind = "date"
	KindOther    FigureKind = "other"
)

// Qualifier says how sure the text is of a figure.
type Qualifier string

const (
	Exact   Qualifier = "exact"
	Approx  Qualifier = "approx"
	AtLeast Qualifier = "at_least"
	AtMost  Qualifier = "at_most"
	Range   Qualifier = "range"
	Vague   Qualifier = "vague"
)

// Figure is one reported number: what it counts, how sure, who says so.
// Low and High are nil on an open side (at_least has no High).
type Figure struct {
	ID          int        `json:"id"`
	Article     string     `json:"article"`
	Paragraph   int        `json:"paragraph"` // -1: the headline, when it is no paragraph
	Start       int        `json:"start"`     // byte offsets into the paragraph's Text
	End         int        `json:"end"`
	Text        string     `json:"text"` // as written, e.g. "rund 12.000 Soldaten"
	Value       float64    `json:"value"`
	Low         *float64   `json:"low"`
	High        *float64   `json:"high"`
	Qualifier   Qualifier  `json:"qualifier"`
	Estimate    bool       `json:"estimate"`
	Unit        string     `json:"unit"`    // normalised unit: "soldiers", "percent", "USD", "km", ...
	Subject     string     `json:"subject"` // what is counted, as written: "nordkoreanische Soldaten"
	Kind        FigureKind `json:"kind"`
	Attribution string     `json:"attribution"` // who says so, nominative: "ukrainischer Geheimdienst"
	// AttributionText is the attribution as written, with its cue: "nach
	// Angaben des ukrainischen Geheimdienstes".
	AttributionText string `json:"attribution_text"`
	// Disputed marks a figure the sentence reports as a claim that was
	// revised, denied or disputed.
	Disputed bool   `json:"disputed"`
	Sentence string `json:"sentence"`
	Group    int    `json:"group"` // Group.ID, or -1 when ungrouped
	// Actor is the country whose people or things are counted, as a code
	// ("kp" for "nordkoreanische Soldaten"), when the phrase says so.
	Actor string `json:"actor,omitempty"`
	// Period is the time a figure is about when its sentence sets it in
	// another year than the current event's ("2002", "1990s", "past" for
	// "damals", "last year"); "" for the current event. Figures of
	// different periods never group.
	Period string `json:"period,omitempty"`

	status   string // "active", "reserve": a standing force, not a deployment
	sentence int    // index of the sentence in its paragraph

	// For group labels: the article's language, what is counted in the
	// nominative plural without its nationality, and the places named near
	// the figure (near) or, when none is, anywhere in its sentence (wide).
	lang       string
	noun       string
	near, wide []placeRef
	// Token ranges in the paragraph, while extracting.
	first, last int
	src         srcSpan
	// story is the signature of the figure's article (shared by all its
	// figures): figures of different stories never group.
	story *storySig
	scope timeScope
	scale float64 // unit conversion factor, while extracting
	// headlineAttr are the attributions of headline figures this body
	// figure repeats: the claims they made still count when grouping.
	headlineAttr []string
}

// Group collects figures about the same thing across articles.
type Group struct {
	ID      int        `json:"id"`
	Label   string     `json:"label"`
	Kind    FigureKind `json:"kind"`
	Unit    string     `json:"unit"`
	Figures []*Figure  `json:"-"`
	IDs     []int      `json:"figures"` // Figure.IDs
	Sources int        `json:"sources"` // distinct articles
	Low     float64    `json:"low"`     // lowest low (or value)
	High    float64    `json:"high"`    // highest high (or value)
}

// ExtractAll extracts figures from every article and numbers them.
func ExtractAll(articles []*article.Article) []*Figure {
	var all []*Figure
	for _, a := range articles {
		all = append(all, Extract(a)...)
	}
	for i, f := range all {
		f.ID = i
		f.Group = -1
	}
	return all
}
