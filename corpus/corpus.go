// Package corpus turns a folder of news articles into something that can be
// read, searched and compared: articles split into paragraphs and sentences,
// the figures they report, the people, places and organisations they name,
// and a search index. It knows nothing about terminals.
package corpus

import (
	"sync"
)

// ParagraphKind says what role a paragraph plays on the page.
type ParagraphKind string

// Paragraph kinds. Only body paragraphs and headings carry the story; the rest
// is page furniture that the reader dims and search ranks last.
const (
	Body        ParagraphKind = "body"
	Heading     ParagraphKind = "heading"
	Caption     ParagraphKind = "caption"     // photo captions and credits
	Boilerplate ParagraphKind = "boilerplate" // teasers, newsletter boxes, file names, pull quotes
	Meta        ParagraphKind = "meta"        // date lines, bylines
)

// Span is a half-open byte range [Start, End) into a paragraph's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Paragraph is one block of an article. Text is sanitised: it holds no
// control characters and no escape sequences, and no newlines.
type Paragraph struct {
	Index     int           `json:"index"`
	Kind      ParagraphKind `json:"kind"`
	Text      string        `json:"text"`
	Sentences []Span        `json:"sentences,omitempty"`
}

// Article is one loaded file.
type Article struct {
	// ID is the path relative to the folder it was loaded from, with forward
	// slashes ("000_efe9d312fbbdeb90.txt" for a seed).
	ID         string      `json:"id"`
	Title      string      `json:"title"`
	Date       string      `json:"date,omitempty"` // YYYY, YYYY-MM or YYYY-MM-DD
	Source     string      `json:"source,omitempty"`
	URL        string      `json:"url,omitempty"`
	Lang       string      `json:"lang"` // "de" or "en"
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`
	Words      int         `json:"words"`
}

// Warning reports a file that was skipped or repaired, and why.
type Warning struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

func (w Warning) String() string { return w.Path + ": " + w.Reason }

// Corpus is a loaded set of articles with lazily built analyses. All methods
// are safe for concurrent use; each analysis is computed once, on first use.
type Corpus struct {
	Articles []*Article
	Warnings []Warning

	byID map[string]*Article

	figuresOnce sync.Once
	figures     []*Figure
	groups      []*Group

	entitiesOnce sync.Once
	entities     []*Entity
	entityIndex  *EntityIndex
	aliases      *Aliases

	indexOnce sync.Once
	index     *Index
}

// Option configures a Corpus.
type Option func(*Corpus)

// WithAliases applies the user's entity corrections (see ParseAliases).
func WithAliases(a *Aliases) Option { return func(c *Corpus) { c.aliases = a } }

// New wraps loaded articles. Analyses run when first asked for.
func New(articles []*Article, warnings []Warning, opts ...Option) *Corpus {
	c := &Corpus{Articles: articles, Warnings: warnings, byID: make(map[string]*Article, len(articles))}
	for _, a := range articles {
		c.byID[a.ID] = a
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Article returns the article with the given ID, or nil.
func (c *Corpus) Article(id string) *Article { return c.byID[id] }

// Figures returns every reported figure, in article and text order.
func (c *Corpus) Figures() []*Figure {
	c.buildFigures()
	return c.figures
}

// Groups returns the figures grouped by what they count, the most disputed
// (most sources) first.
func (c *Corpus) Groups() []*Group {
	c.buildFigures()
	return c.groups
}

func (c *Corpus) buildFigures() {
	c.figuresOnce.Do(func() {
		c.figures = ExtractAllFigures(c.Articles)
		c.groups = GroupFigures(c.figures)
	})
}

// Entities returns the people, places and organisations named in the corpus.
func (c *Corpus) Entities() []*Entity {
	c.entitiesOnce.Do(func() {
		c.entities = ExtractEntities(c.Articles, c.aliases)
		c.entityIndex = NewEntityIndex(c.entities)
	})
	return c.entities
}

// Index returns the search index, building it on first use.
func (c *Corpus) Index() *Index {
	c.indexOnce.Do(func() { c.index = NewIndex(c.Articles) })
	return c.index
}
