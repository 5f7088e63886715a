package corpus

import (
	"context"
	"sync"
	"sync/atomic"

	"quellen/corpus/search"
)

// Searcher runs the queries of one search box or command. Its query words
// find the other spellings of the names they are from the index
// ("Selenskyj", "Zelensky") and the German and English names of well-known
// places ("Köln", "Cologne") from the start, and the entities' other names
// once the entities have been found: it never waits for them. It builds the
// index on its first query, so making one costs nothing. Search narrows as
// the query grows, as search.Searcher does.
type Searcher struct {
	c        *Corpus
	once     sync.Once
	s        *search.Searcher
	upgraded atomic.Bool // has the entities' names
}

// NewSearcher returns a Searcher over the corpus.
func (c *Corpus) NewSearcher() *Searcher { return &Searcher{c: c} }

// Search returns up to limit passages matching query, best first (see
// search.Searcher.Search).
func (s *Searcher) Search(ctx context.Context, query string, limit int) (Hits, error) {
	s.once.Do(func() {
		s.s = s.c.Index().NewSearcher()
		s.s.SetSynonyms(exonyms())
	})
	if !s.upgraded.Load() {
		if syn := s.c.searchSynonyms(); syn != nil && s.upgraded.CompareAndSwap(false, true) {
			s.s.SetSynonyms(syn)
		}
	}
	return s.s.Search(ctx, query, limit)
}
