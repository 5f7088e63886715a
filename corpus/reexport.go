package corpus

import (
	"io"
	"io/fs"

	"quellen/corpus/article"
	"quellen/corpus/entities"
	"quellen/corpus/figures"
	"quellen/corpus/reuse"
	"quellen/corpus/search"
)

// The document model lives in package article; these names keep the facade
// self-contained for callers that only import corpus.
type (
	Article       = article.Article
	Paragraph     = article.Paragraph
	ParagraphKind = article.ParagraphKind
	Span          = article.Span
	Warning       = article.Warning
	// Passage is text several articles share (see package reuse).
	Passage = reuse.Passage
	// PassageCopy is where one article holds a shared passage.
	PassageCopy = reuse.Copy
	// PassageDifference is a word a copy changed against the original.
	PassageDifference = reuse.Difference
)

// Paragraph kinds (see article.ParagraphKind).
const (
	Body        = article.Body
	Heading     = article.Heading
	Caption     = article.Caption
	Boilerplate = article.Boilerplate
	Meta        = article.Meta
)

// MaxFileSize is the largest file that is loaded (see article.MaxFileSize).
const MaxFileSize = article.MaxFileSize

// IsArticleFile reports whether a file name has an extension quellen reads.
func IsArticleFile(name string) bool { return article.IsArticleFile(name) }

// IsSkippedTypes reports whether w counts files of types quellen does not
// read (see article.IsSkippedTypes).
func IsSkippedTypes(w Warning) bool { return article.IsSkippedTypes(w) }

// LoadFS loads every article file in fsys (see article.LoadFS).
func LoadFS(fsys fs.FS) ([]*Article, []Warning) { return article.LoadFS(fsys) }

// LoadPaths loads files and folders from disk (see article.LoadPaths).
func LoadPaths(paths []string) ([]*Article, []Warning) { return article.LoadPaths(paths) }

// ReadFile reads a user file without blocking on FIFOs and through a size
// limit (see article.ReadFile).
func ReadFile(path string, limit int64) ([]byte, error) { return article.ReadFile(path, limit) }

// Sanitize makes untrusted text safe to print (see article.Sanitize).
func Sanitize(s string) string { return article.Sanitize(s) }

// SanitizeName makes a name safe to show on one line (see article.SanitizeName).
func SanitizeName(s string) string { return article.SanitizeName(s) }

// Parse turns one file's bytes into an article (see article.Parse).
func Parse(id string, data []byte) (*Article, []string, error) { return article.Parse(id, data) }

// Search types live in package search.
type (
	Index  = search.Index
	Result = search.Result
	Hits   = search.Hits
)

// Fold is text as search compares it: case, umlauts and accents folded
// away (see search.Fold). The reader's list filters use it too.
func Fold(s string) string { return search.Fold(s) }

// Figure types live in package figures.
type (
	Figure     = figures.Figure
	Group      = figures.Group
	Qualifier  = figures.Qualifier
	FigureKind = figures.FigureKind
)

// Figure kinds (see figures.FigureKind).
const (
	KindCount    = figures.KindCount
	KindPercent  = figures.KindPercent
	KindMoney    = figures.KindMoney
	KindDistance = figures.KindDistance
	KindDuration = figures.KindDuration
	KindDate     = figures.KindDate
	KindOther    = figures.KindOther
)

// Qualifiers (see figures.Qualifier).
const (
	Exact   = figures.Exact
	Approx  = figures.Approx
	AtLeast = figures.AtLeast
	AtMost  = figures.AtMost
	Range   = figures.Range
	Vague   = figures.Vague
)

// WriteMarkdownAll writes groups, then the figures no other source reports
// (see figures.WriteMarkdownAll).
func WriteMarkdownAll(w io.Writer, figs []*Figure, groups []*Group, origin Origins) error {
	return figures.WriteMarkdownAll(w, figs, groups, origin)
}

// FormatValue writes a value for people (see figures.FormatValue).
func FormatValue(v float64) string { return figures.FormatValue(v) }

// WriteCSV writes one row per figure (see figures.WriteCSV).
func WriteCSV(w io.Writer, figs []*Figure, groups []*Group, origin Origins) error {
	return figures.WriteCSV(w, figs, groups, origin)
}

// Origin is what exports say of an article (see figures.Origin).
type (
	Origin  = figures.Origin
	Origins = figures.Origins
)

// Origin returns what exports say of an article.
func (c *Corpus) Origin(id string) Origin {
	a := c.Article(id)
	if a == nil {
		return Origin{Title: id}
	}
	return Origin{Source: a.Source, Title: a.Title, Date: a.Date, URL: a.URL}
}

// Entity types live in package entities.
type (
	Entity      = entities.Entity
	EntityType  = entities.Type
	Mention     = entities.Mention
	Aliases     = entities.Aliases
	EntityIndex = entities.Index
)

// Entity types (see entities.Type).
const (
	Person = entities.Person
	Place  = entities.Place
	Org    = entities.Org
	Other  = entities.Other
)

// ParseAliases reads the user's entity corrections file (see
// entities.ParseAliases).
func ParseAliases(r io.Reader) (*Aliases, error) { return entities.ParseAliases(r) }
