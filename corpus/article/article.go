// Package article is the document model and how files become articles:
// it decodes .txt, .md and .html files, sanitises their text, splits them
// into paragraphs of a known kind and the paragraphs into sentences.
package article

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
	// Path is the file's absolute path; "" for an article not read from
	// disk (the embedded seeds, stdin). It is not part of the parse: a
	// cache keeps articles without it.
	Path string `json:"-"`
}

// Warning reports a file that was skipped or repaired, and why.
type Warning struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

func (w Warning) String() string { return w.Path + ": " + w.Reason }
