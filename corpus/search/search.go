// Package search finds passages across articles as the user types: it folds
// and tokenizes paragraph text, builds an inverted index over the folded
// words, matches query words exactly, by prefix or fuzzily, and ranks the
// passages.
package search

import (
	"context"
	"runtime"
	"slices"
	"sync"

	"quellen/corpus/article"
)

// Result is one matching passage.
type Result struct {
	Article   string         `json:"article"`
	Paragraph int            `json:"paragraph"`
	Score     float64        `json:"score"`
	Text      string         `json:"text"`
	Matches   []article.Span `json:"matches"` // byte ranges into Text, in text order, not overlapping
	// TitleMatches are byte ranges into the article's title, set when the
	// passage needed its title to match: some query words are only there.
	TitleMatches []article.Span `json:"title_matches,omitempty"`
	// Partial marks a passage that lacks some query words; such passages
	// are only returned when no passage has them all.
	Partial bool `json:"partial,omitempty"`
	// Similar marks a passage that has some query word only as a similar
	// word (a typo away: "haben" for "Hafen"); such passages rank last.
	Similar bool `json:"similar,omitempty"`
}

// Count is how many matches the passage has.
func (r Result) Count() int { return len(r.Matches) }

// Index answers search queries over every paragraph of a corpus. It maps each
// folded word (the vocabulary, sorted) to the passages that contain it. It is
// immutable once built and safe for concurrent use; each search box should
// query through its own Searcher, which remembers work between keystrokes.
type Index struct {
	article  func(int) *article.Article // article a, read on demand when persisted
	narts    int
	passages []passage
	terms    vocab    // folded vocabulary, sorted
	suffixes []uint32 // term ids by reversed term (see compounds.go)
	offsets  []uint32 // postings of term t are post[offsets[t]:offsets[t+1]]
	post     []uint32 // passage numbers, ascending within a term
	pflags   []uint8  // case flags of each posting (seenUpper, seenLower), for Update

	// Titles are context: a passage may take a query word from its
	// article's title. Article a's passages are first[a] to first[a+1]-1.
	first    []uint32
	lead     []int32  // the passage a title-only match is shown at, -1 for none
	toffsets []uint32 // titles of term t are tpost[toffsets[t]:toffsets[t+1]]
	tpost    []uint32 // article numbers, ascending within a term

	// spellings groups the names of the vocabulary by their
	// transliteration key (see spellings.go); ids ascending in a group.
	spellings spellGroups

	scratch sync.Pool // *scratch, lent to one search at a time
}

// passage locates one paragraph; passages are numbered in article and
// paragraph order, which is also the order of ties in the ranking.
type passage struct {
	article, para int32
	rank          passageRank
}

// passageRank says how a passage's kind weighs in the ranking.
type passageRank uint32 // 32 bits: a passage has no padding, so its bytes are all set

const (
	rankBody      passageRank = iota
	rankHeading               // a small boost: headings name the story
	rankFurniture             // captions, boilerplate, meta lines: after every story passage
)

func rankOf(k article.ParagraphKind) passageRank {
	switch k {
	case article.Heading:
		return rankHeading
	case article.Body, "":
		return rankBody
	}
	return rankFurniture
}

// NewIndex builds the search index. The work is split over the CPUs by
// passage ranges, whose postings are then concatenated in order.
func NewIndex(articles []*article.Article) *Index {
	return NewIndexN(articles, runtime.GOMAXPROCS(0))
}

// NewIndexN is NewIndex on at most workers goroutines (at least one).
func NewIndexN(articles []*article.Article, workers int) *Index {
	ix := &Index{article: func(a int) *article.Article { return articles[a] }, narts: len(articles)}
	ix.first = make([]uint32, len(articles)+1)
	ix.lead = make([]int32, len(articles))
	for ai, a := range articles {
		ix.addPassages(ai, a)
	}
	ix.first[len(articles)] = uint32(len(ix.passages))
	n := len(ix.passages)
	shards := make([]*shard, max(1, min(workers, n/1024)))
	var wg sync.WaitGroup
	for s := range shards {
		shards[s] = &shard{ids: map[string]uint32{}}
		lo, hi := n*s/len(shards), n*(s+1)/len(shards)
		wg.Add(1)
		go func() {
			defer wg.Done()
			shards[s].build(ix, lo, hi)
		}()
	}
	titles := titleShard(ix, nil)
	wg.Wait()
	ix.merge(append(shards, titles))
	return ix
}

// addPassages numbers the paragraphs of article ai, the next article.
func (ix *Index) addPassages(ai int, a *article.Article) {
	ix.first[ai] = uint32(len(ix.passages))
	ix.lead[ai] = -1
	for pi, p := range a.Paragraphs {
		r := rankOf(p.Kind)
		if ix.lead[ai] < 0 && r != rankFurniture {
			ix.lead[ai] = int32(len(ix.passages))
		}
		ix.passages = append(ix.passages, passage{int32(ai), int32(pi), r})
	}
	if ix.lead[ai] < 0 && len(a.Paragraphs) > 0 {
		ix.lead[ai] = int32(ix.first[ai])
	}
}

// shard is the index of one range of passages, with its own vocabulary.
type shard struct {
	ids   map[string]uint32
	terms []string
	lists [][]uint32
	flags [][]uint8 // seenUpper, seenLower of each posting; nil for titles
}

func (sh *shard) build(ix *Index, lo, hi int) {
	var tz tokenizer
	for pid := lo; pid < hi; pid++ {
		text := ix.text(pid)
		tz.scan(text, func(t token) {
			id, ok := sh.ids[string(t.term)]
			if !ok {
				id = uint32(len(sh.terms))
				term := string(t.term)
				sh.ids[term] = id
				sh.terms = append(sh.terms, term)
				sh.lists = append(sh.lists, nil)
				sh.flags = append(sh.flags, nil)
			}
			l := sh.lists[id]
			if k := len(l); k == 0 || l[k-1] != uint32(pid) {
				sh.lists[id] = append(l, uint32(pid))
				sh.flags[id] = append(sh.flags[id], 0)
			}
			f := sh.flags[id]
			f[len(f)-1] |= caseOf(text, t.start)
		})
	}
}

// merge joins the shards' vocabularies (the last shard is the titles') into
// one sorted vocabulary, lays every postings list out in one flat array and
// groups the names by spelling.
func (ix *Index) merge(shards []*shard) {
	seen := make(map[string]bool, len(shards[0].terms))
	var terms []string
	for _, sh := range shards {
		for _, t := range sh.terms {
			if !seen[t] {
				seen[t] = true
				terms = append(terms, t)
			}
		}
	}
	slices.Sort(terms)
	ix.terms = newVocab(terms)
	ix.suffixes = suffixOrder(ix.terms)
	titles := shards[len(shards)-1]
	shards = shards[:len(shards)-1] // the titles' postings are laid out apart
	total := 0
	for _, sh := range shards {
		for _, l := range sh.lists {
			total += len(l)
		}
	}
	ix.post = make([]uint32, 0, total)
	ix.pflags = make([]uint8, 0, total)
	ix.offsets = make([]uint32, len(terms)+1)
	groups := map[string][]uint32{}
	for id, t := range terms {
		ix.offsets[id] = uint32(len(ix.post))
		for _, sh := range shards {
			if sid, ok := sh.ids[t]; ok {
				ix.post = append(ix.post, sh.lists[sid]...)
				ix.pflags = append(ix.pflags, sh.flags[sid]...)
			}
		}
		addSpelling(groups, uint32(id), t, orFlags(ix.pflags[ix.offsets[id]:]))
	}
	ix.offsets[len(terms)] = uint32(len(ix.post))
	ix.spellings = newSpellGroups(groups)
	ix.layoutTitles(terms, titles)
}

// orFlags is the case flags of a term from those of its postings.
func orFlags(flags []uint8) uint8 {
	var fl uint8
	for _, f := range flags {
		fl |= f
	}
	return fl
}

// text returns the text of passage pid ("" when a persisted index and the
// articles disagree, which their shared key should rule out).
func (ix *Index) text(pid int) string {
	ref := ix.passages[pid]
	a := ix.article(int(ref.article))
	if a == nil || int(ref.para) >= len(a.Paragraphs) {
		return ""
	}
	return a.Paragraphs[ref.para].Text
}

// postings returns the passages that contain term id, ascending.
func (ix *Index) postings(id uint32) []uint32 { return ix.post[ix.offsets[id]:ix.offsets[id+1]] }

// Len is the number of passages in the index.
func (ix *Index) Len() int { return len(ix.passages) }

// Search returns up to limit passages matching query, best first. It stops
// early, returning ctx.Err(), when ctx is cancelled. Each call starts from
// scratch; a search box should use a Searcher instead.
func (ix *Index) Search(ctx context.Context, query string, limit int) ([]Result, error) {
	hits, err := ix.NewSearcher().Search(ctx, query, limit)
	return hits.Results, err
}
