// Package figures reads the numbers news articles report: it parses German
// and English numerals, extracts each figure with its qualifier, what it
// counts, who says so and whether it is disputed, groups the figures about
// the same thing across articles, labels the groups and exports them.
package figures

import (
	"sync"
	"sync/atomic"

	"quellen/corpus/article"
)

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
	// Frame says what the figure counts (measure, actor, thing, per,
	// place, period); groups are one story and one frame.
	Frame
	// SourceID is the entity the attribution names, when the entity list
	// has it: "NIS" and "südkoreanischer Geheimdienst" are one source.
	SourceID int `json:"source_id,omitempty"`
	// Story numbers the story the figure's article tells (see package
	// stories); figures of two stories never group.
	Story int `json:"story"`
	// CopyOf is the article whose text the figure's sentence copies (a
	// shared agency paragraph), or "".
	CopyOf string `json:"copy_of,omitempty"`
	// Date is the article's date ("2025-09-16", "2025-09", ""): a group's
	// timeline, and the year its periods refer to.
	Date string `json:"date,omitempty"`
	// Revised marks a copy whose figure differs from its original's.
	Revised bool `json:"revised,omitempty"`

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
	scope       timeScope
	scale       float64 // unit conversion factor, while extracting
	// headlineAttr are the attributions of headline figures this body
	// figure repeats: the claims they made still count when grouping.
	headlineAttr []string

	// While framing: the measure the counted noun implies ("Tote"), the
	// actor as written, the head of a percentage's whole (-1 for none),
	// and the byte range of the clause the frame was read from, where the
	// owner of a figure is looked for among the entities.
	// revised: the figure's clause says a value changed ("stieg von 9
	// auf 14", "up from", "am Vortag noch 5"), so two values of one
	// article may be one thing at two times.
	revised              bool
	tentative            bool // a number word that counts only if its clause says what
	saidBy               bool // the attribution came with a word of saying, not a bare name
	bare                 bool // a bare number that answers the figure before it
	implied              Measure
	topic                string   // what money, a rise or a measure is for, before families
	topicText            string   // the topic as written with its name: "Pegel der Oder"
	from                 string   // where a distance is measured from ("von Pjöngjang"), as a place key
	actor                actorRef // whose, as the phrase says it
	shareHead, numLast   int
	clauseFrom, clauseTo int
	// Byte offsets in the paragraph of the attribution and of Sentence.
	srcStart, srcEnd, sentenceOffset int
	// carried is the source of the figure before it in a list ("Kompass:
	// VdM 30,8 Prozent … Die HB liegt bei 20,6 Prozent"), for when its own
	// turns out to be what it counts.
	carried carriedSource
	// pronounOwner: "sie", "they" in its clause may stand for its owner.
	pronounOwner bool
	// actorText is the actor's name as the figure's sentence writes it.
	actorText string
}

// carriedSource is a source as extraction found it: normal form, as
// written, and its bytes in the paragraph.
type carriedSource struct {
	name, written string
	start, end    int
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
	// Independent counts the sources once copies of shared agency text are
	// counted with their originals.
	Independent int     `json:"independent"`
	Low         float64 `json:"low"`  // lowest low (or value)
	High        float64 `json:"high"` // highest high (or value)
	// Frame is what the group compares: the frame most of its figures
	// share.
	Frame Frame `json:"frame"`
	// Claims are the figures one authority gave, each reported by two
	// articles or more: one claim, not several sources agreeing.
	Claims []Claim `json:"claims,omitempty"`
}

// ExtractAll extracts figures from every article and numbers them.
func ExtractAll(articles []*article.Article) []*Figure { return ExtractAllN(articles, 1) }

// ExtractAllN is ExtractAll on workers goroutines; the figures come in
// article order whatever the number.
func ExtractAllN(articles []*article.Article, workers int) []*Figure {
	per := make([][]*Figure, len(articles))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, len(articles))) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(articles); i = int(next.Add(1)) - 1 {
				per[i] = Extract(articles[i])
			}
		})
	}
	wg.Wait()
	var all []*Figure
	for _, figs := range per {
		all = append(all, figs...)
	}
	for i, f := range all {
		f.ID = i
		f.Group = -1
	}
	return all
}

// actorRef is an actor as a figure's phrase names it, before linking: a
// code of the country table ("kp"), the words as written ("nordkoreanische",
// "North Korean"), and, for a guess the entities must confirm, its bytes in
// the paragraph.
type actorRef struct {
	code, text string
	start, end int
	own        bool // "its own soldiers": the source's
}
