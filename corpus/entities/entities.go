// Package entities finds the people, places and organisations that articles
// name: it detects candidate names with a gazetteer, an embedded lexicon and
// the forms names take (organisation heads, legal forms, place-name endings),
// links the spellings of one entity across articles and languages
// (transliteration, abbreviations, German and English institutional words),
// applies the user's corrections and indexes which paragraphs name which
// entities.
package entities

import (
	"runtime"
	"strings"
	"sync"

	"quellen/corpus/article"
	"quellen/corpus/internal/lang"
)

// Type is the kind of a named entity.
type Type string

const (
	Person Type = "person"
	Place  Type = "place"
	Org    Type = "org"
	Other  Type = "other"
)

// Mention is one occurrence of an entity in a paragraph.
type Mention struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// Entity is a person, place or organisation with every name it goes by.
// Mentions are in article, paragraph and text order.
type Entity struct {
	ID       int       `json:"id"`
	Name     string    `json:"name"`
	Type     Type      `json:"type"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// outletsAreOrgs types the outlets the articles come from as
// organisations: "Baltwire" of a dateline "(Baltwire)", "Northline" of
// "Northline News Agency", an outlet's name in its own text.
func outletsAreOrgs(outlets map[string]bool, cands []candidate) {
	for i := range cands {
		if c := &cands[i]; outlets[nameFold(c.name)] {
			c.score[sOrg] += 4
		}
	}
}

// outletNames are the folded names of the articles' outlets, and the
// first word of a longer one.
func outletNames(articles []*article.Article) map[string]bool {
	outlets := map[string]bool{}
	for _, a := range articles {
		if a.Source == "" {
			continue
		}
		outlets[nameFold(a.Source)] = true
		if fs := strings.Fields(a.Source); len(fs) > 1 && !lang.Articles[strings.ToLower(fs[0])] {
			outlets[nameFold(fs[0])] = true // "Northline News Agency": Northline
		}
	}
	return outlets
}

// Articles returns how many distinct articles mention e.
func (e *Entity) Articles() int {
	n, last := 0, ""
	for i, m := range e.Mentions {
		if i == 0 || m.Article != last {
			n++
			last = m.Article
		}
	}
	return n
}

// Aliases holds the user's corrections: alias -> canonical name, and
// name -> type. Keys are folded names (lower case, no accents).
type Aliases struct {
	Canonical map[string]string
	Types     map[string]Type
}

// scanned reports the paragraph kinds that carry the story's names.
func scanned(k article.ParagraphKind) bool {
	return k == article.Body || k == article.Heading || k == article.Caption
}

// readable: the paragraphs detect reads, the scanned kinds and a byline
// that ends with a known place.
func readable(p *article.Paragraph) bool {
	return scanned(p.Kind) || p.Kind == article.Meta && isBylineWithPlace(p.Text)
}

// Extract finds and links the entities of all articles. Only body,
// heading and caption paragraphs are read; aliases may be nil.
func Extract(articles []*article.Article, aliases *Aliases) []*Entity {
	return ExtractN(articles, aliases, runtime.GOMAXPROCS(0))
}

// ExtractN is Extract on at most workers goroutines (at least one).
func ExtractN(articles []*article.Article, aliases *Aliases, workers int) []*Entity {
	type result struct{ cands []candidate }
	results := make([]result, len(articles))
	adj := map[string]bool{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(1, workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := newDetector()
			for i := range next {
				a := articles[i]
				var r result
				for p := range a.Paragraphs {
					if readable(&a.Paragraphs[p]) {
						r.cands = append(r.cands, d.detect(a.ID, a.Lang, &a.Paragraphs[p])...)
					}
				}
				r.cands = headAliases(a, r.cands)
				results[i] = r
			}
			mu.Lock()
			for w := range d.adj {
				adj[w] = true
			}
			mu.Unlock()
		}()
	}
	for i := range articles {
		next <- i
	}
	close(next)
	wg.Wait()

	outlets := outletNames(articles)
	var all []candidate
	for _, r := range results {
		outletsAreOrgs(outlets, r.cands)
		all = append(all, r.cands...)
	}
	known, defined := knownNames(all), definedNames(all)
	all = all[:0]
	for i, r := range results {
		growKnown(articles[i], r.cands, known)
		all = append(all, r.cands...)
		all = append(all, definedMentions(articles[i], r.cands, defined)...)
	}
	return link(all, aliases, adjectiveStems(adj))
}
