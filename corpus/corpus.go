// Package corpus is the facade the reader and the command line use: it holds
// a loaded set of articles and computes each analysis (figures, entities,
// the search index) once, on first use, from packages article, figures,
// entities and search. It re-exports the types callers need, so that they
// import corpus alone. It knows nothing about terminals.
package corpus

import (
	"sync"
	"sync/atomic"

	"quellen/corpus/entities"
	"quellen/corpus/figures"
	"quellen/corpus/reuse"
	"quellen/corpus/search"
)

// Corpus is a loaded set of articles with lazily built analyses. All methods
// are safe for concurrent use; each analysis is computed once, on first use.
type Corpus struct {
	Articles []*Article
	Warnings []Warning

	byID map[string]int // article index by ID

	// fetch, when set, returns article i with its paragraphs, which are
	// decoded on demand (see WithLazyArticles); filled counts the articles
	// fillAll has made whole.
	fetch    func(int) *Article
	fillOnce sync.Once
	filled   atomic.Int64
	workers  int // goroutines of each analysis; 0: one per CPU

	figuresOnce sync.Once
	figures     []*Figure
	groups      []*Group
	stories     map[string]int // article ID -> story

	sharedOnce sync.Once
	shared     []Passage

	entitiesOnce sync.Once
	entities     []*Entity
	entityIndex  *EntityIndex
	aliases      *Aliases
	entitiesDone atomic.Bool // Entities has finished; read without waiting
	figuresDone  atomic.Bool
	indexDone    atomic.Bool

	lang string // labels' language, "" for each group's own

	synonymsOnce sync.Once
	synonyms     search.Synonyms

	indexOnce  sync.Once
	index      *Index
	buildIndex func() *Index // nil: search.NewIndex of the articles
}

// Option configures a Corpus.
type Option func(*Corpus)

// WithAliases applies the user's entity corrections (see ParseAliases).
func WithAliases(a *Aliases) Option { return func(c *Corpus) { c.aliases = a } }

// WithLang writes group labels in one language ("de", "en") instead of
// each group's majority language.
func WithLang(l string) Option { return func(c *Corpus) { c.lang = l } }

// WithIndex makes build give the search index when it is first needed (a
// persisted index, see cache.Set.Index) instead of indexing the articles.
func WithIndex(build func() *Index) Option { return func(c *Corpus) { c.buildIndex = build } }

// WithLazyArticles says that the articles given to New have their metadata
// only, until article(i) returns article i whole (as cache.Set.Article
// does): Article fetches one that way, and each analysis all of them first.
// Read an article's paragraphs only from Article, or after an analysis.
func WithLazyArticles(article func(int) *Article) Option {
	return func(c *Corpus) { c.fetch = article }
}

// WithWorkers bounds the goroutines each analysis uses (at least one), so
// that analyses running in the background leave cores free.
func WithWorkers(n int) Option { return func(c *Corpus) { c.workers = max(1, n) } }

// New wraps loaded articles. Analyses run when first asked for.
func New(articles []*Article, warnings []Warning, opts ...Option) *Corpus {
	c := &Corpus{Articles: articles, Warnings: warnings, byID: make(map[string]int, len(articles))}
	for i, a := range articles {
		c.byID[a.ID] = i
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Article returns the article with the given ID, or nil.
func (c *Corpus) Article(id string) *Article {
	i, ok := c.byID[id]
	switch {
	case !ok:
		return nil
	case c.fetch != nil:
		return c.fetch(i)
	}
	return c.Articles[i]
}

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
		defer c.figuresDone.Store(true)
		c.fillAll()
		c.figures = figures.ExtractAllN(c.Articles, c.workerCount())
		ents := c.Entities()
		shared := reuse.NewIndex(c.Shared())
		c.stories = storiesOf(c.Articles, ents)
		c.groups = figures.Groups(c.figures, figures.Options{
			Stories: c.stories,
			Names:   newEntityNames(ents),
			Lang:    c.lang,
			CopyOf: func(article string, paragraph, start, end int) string {
				if cv, ok := shared.Cover(article, paragraph, start, end); ok && cv.IsCopy() && cv.Original().Article != article {
					return cv.Original().Article
				}
				return ""
			},
		})
	})
}

// Shared returns the passages several articles share (agency copy), the
// most reused first.
func (c *Corpus) Shared() []Passage {
	c.sharedOnce.Do(func() { c.shared = reuse.Find(c.Articles) })
	return c.shared
}

// Story returns the story an article belongs to: articles that name the
// same people and places around the same time (see package stories) tell
// one story, and figures are only compared within one.
func (c *Corpus) Story(articleID string) int {
	c.buildFigures()
	return c.stories[articleID]
}

// Entities returns the people, places and organisations named in the corpus.
func (c *Corpus) Entities() []*Entity {
	c.entitiesOnce.Do(func() {
		c.fillAll()
		c.entities = entities.ExtractN(c.Articles, c.aliases, c.workerCount())
		c.entityIndex = entities.NewIndex(c.entities)
		c.entitiesDone.Store(true)
	})
	return c.entities
}

// Index returns the search index, building it on first use.
func (c *Corpus) Index() *Index {
	c.indexOnce.Do(func() {
		defer c.indexDone.Store(true)
		if c.buildIndex != nil {
			c.index = c.buildIndex()
			return
		}
		c.fillAll()
		c.index = search.NewIndexN(c.Articles, c.workerCount())
	})
	return c.index
}

// exonyms are the gazetteer's names as search synonyms: built once, cheap,
// and needing no entity extraction.
var exonyms = sync.OnceValue(func() search.Synonyms {
	syn := search.Synonyms{}
	for _, names := range entities.Exonyms() {
		syn.Add(names, false)
	}
	return syn
})

// searchSynonyms returns the names of one entity and the gazetteer's
// names, as search synonyms, or nil while the entities are not found yet:
// it never waits. They are an extra: transliterated spellings are found
// without them.
func (c *Corpus) searchSynonyms() search.Synonyms {
	if !c.entitiesDone.Load() {
		return nil
	}
	c.synonymsOnce.Do(func() {
		c.synonyms = search.Synonyms{}
		for _, names := range entities.Exonyms() {
			c.synonyms.Add(names, false)
		}
		for _, e := range c.entities {
			if e.Type == Person || e.Type == Place || e.Type == Org {
				c.synonyms.Add(append([]string{e.Name}, e.Aliases...), e.Type == Person)
			}
		}
	})
	return c.synonyms
}

// EntityIndex returns the entity index, building it on first use.
func (c *Corpus) EntityIndex() *EntityIndex {
	c.Entities()
	return c.entityIndex
}
