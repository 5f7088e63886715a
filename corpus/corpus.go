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
	"quellen/corpus/search"
)

// Corpus is a loaded set of articles with lazily built analyses. All methods
// are safe for concurrent use; each analysis is computed once, on first use.
type Corpus struct {
	Articles []*Article
	Warnings []Warning

	byID map[string]*Article

	figuresOnce sync.Once
	figures     []*Figure
	groups      []*Group
	stories     map[string]int // article ID -> story

	entitiesOnce sync.Once
	entities     []*Entity
	entityIndex  *EntityIndex
	aliases      *Aliases
	entitiesDone atomic.Bool // Entities has finished; read without waiting

	lang string // labels' language, "" for each group's own

	synonymsOnce sync.Once
	synonyms     search.Synonyms

	indexOnce sync.Once
	index     *Index
}

// Option configures a Corpus.
type Option func(*Corpus)

// WithAliases applies the user's entity corrections (see ParseAliases).
func WithAliases(a *Aliases) Option { return func(c *Corpus) { c.aliases = a } }

// WithLang writes group labels in one language ("de", "en") instead of
// each group's majority language.
func WithLang(l string) Option { return func(c *Corpus) { c.lang = l } }

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
		c.figures = figures.ExtractAll(c.Articles)
		ents := c.Entities()
		c.stories = storiesOf(c.Articles, ents)
		c.groups = figures.Groups(c.figures, figures.Options{
			Stories: c.stories,
			Names:   newEntityNames(ents),
			Lang:    c.lang,
		})
	})
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
		c.entities = entities.Extract(c.Articles, c.aliases)
		c.entityIndex = entities.NewIndex(c.entities)
		c.entitiesDone.Store(true)
	})
	return c.entities
}

// Index returns the search index, building it on first use.
func (c *Corpus) Index() *Index {
	c.indexOnce.Do(func() { c.index = search.NewIndex(c.Articles) })
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
