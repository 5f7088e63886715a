package corpus

import "context"

// Result is one matching passage.
type Result struct {
	Article   string  `json:"article"`
	Paragraph int     `json:"paragraph"`
	Score     float64 `json:"score"`
	Text      string  `json:"text"`
	Matches   []Span  `json:"matches"` // byte ranges into Text
}

// Index answers search queries over every paragraph of a corpus.
type Index struct{}

// NewIndex builds the search index.
func NewIndex(articles []*Article) *Index { return &Index{} }

// Search returns up to limit passages matching query, best first. It stops
// early, returning ctx.Err(), when ctx is cancelled.
func (ix *Index) Search(ctx context.Context, query string, limit int) ([]Result, error) {
	return nil, ctx.Err()
}
