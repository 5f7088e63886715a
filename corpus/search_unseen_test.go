package corpus

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
)

// F34 of testdata/unseen/FINDINGS.md: a name finds its other spellings,
// below its own, from the search index alone: before and without the
// entities, which a Searcher never waits for; and still once they are
// found and their names added.
func TestSearchSynonymsUnseen(t *testing.T) {
	arts, warns := LoadFS(os.DirFS("../testdata/unseen/articles"))
	if len(arts) != 16 {
		t.Fatalf("loaded %d unseen articles", len(arts))
	}
	c := New(arts, warns)
	search := func(s *Searcher, q string) Hits {
		h, err := s.Search(context.Background(), q, 50)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	english := func(h Hits) bool {
		return slices.ContainsFunc(h.Results, func(r Result) bool { return strings.HasPrefix(r.Article, "aid_en_") })
	}
	// The spelling typed comes first.
	own := func(r Result) bool {
		for _, m := range r.Matches {
			if r.Text[m.Start:m.End] == "Selenskyj" {
				return true
			}
		}
		return false
	}
	check := func(when string, s *Searcher) {
		h := search(s, "Selenskyj")
		for _, id := range []string{"aid_de_frankfurter.txt", "aid_de_tageszeitung.md", "aid_en_kyivind.txt", "aid_en_politico.html"} {
			if !slices.ContainsFunc(h.Results, func(r Result) bool { return r.Article == id }) {
				t.Errorf("%s: Selenskyj: nothing from %s", when, id)
			}
		}
		// Among story paragraphs, that is: captions and other furniture
		// rank last whatever their spelling.
		story := slices.DeleteFunc(slices.Clone(h.Results), func(r Result) bool {
			i := slices.IndexFunc(arts, func(a *Article) bool { return a.ID == r.Article })
			k := arts[i].Paragraphs[r.Paragraph].Kind
			return k != Body && k != Heading
		})
		if k := slices.IndexFunc(story, func(r Result) bool { return !own(r) }); k < 0 || slices.ContainsFunc(story[k:], own) {
			t.Errorf("%s: Selenskyj: other spellings do not all rank below the typed one", when)
		}
		// Two words: the German passages with "Selenskyj … Taurus" are
		// found for the English spelling.
		h = search(s, "Zelensky Taurus")
		if !slices.ContainsFunc(h.Results, func(r Result) bool {
			return r.Article == "aid_de_frankfurter.txt" && len(r.TitleMatches) == 0
		}) {
			t.Errorf("%s: Zelensky Taurus: no German passage holding Selenskyj and Taurus", when)
		}
	}

	early := c.NewSearcher() // entities not found yet: no synonyms, no waiting
	check("before entities", early)
	if c.searchSynonyms() != nil {
		t.Fatal("searching found the entities")
	}

	c.Entities()
	check("with entities", c.NewSearcher())
	// The early Searcher picks up the entities' names by itself.
	if h := search(early, "Selenskyj"); !english(h) {
		t.Errorf("Selenskyj: the early Searcher lost the other spellings")
	}
	if !early.upgraded.Load() {
		t.Errorf("the early Searcher did not take the entities' names once they were found")
	}
}
