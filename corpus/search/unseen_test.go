package search

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"quellen/corpus/article"
)

// The unseen articles (testdata/unseen): F35 (titles, partial matches) and
// F36 (shared stems) of FINDINGS.md. F34 (other spellings of names) needs
// the entities and is checked in package corpus.
func TestSearchUnseen(t *testing.T) {
	arts, _ := article.LoadFS(os.DirFS("../../testdata/unseen/articles"))
	if len(arts) != 16 {
		t.Fatalf("loaded %d unseen articles", len(arts))
	}
	ix := NewIndex(arts)
	search := func(q string) Hits {
		h, err := ix.NewSearcher().Search(context.Background(), q, 30)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	// find returns the first result in article id, with its marked words.
	find := func(h Hits, id string) (Result, []string, bool) {
		for _, r := range h.Results {
			if r.Article == id {
				return r, markedTexts(r), true
			}
		}
		return Result{}, nil, false
	}

	// Headlines count as context: both flood headlines name "Hochwasser"
	// and the dead, most paragraphs only one of them.
	h := search("Hochwasser Tote")
	for _, id := range []string{"flood_de_elbekurier.html", "flood_de_mdr.md"} {
		if r, _, ok := find(h, id); !ok || h.Partial || len(r.TitleMatches) == 0 {
			t.Errorf("Hochwasser Tote: %s found %v, partial %v", id, ok, h.Partial)
		}
	}
	h = search("Streikende Bahn")
	if !slices.ContainsFunc(h.Results, func(r Result) bool {
		return r.Article == "strike_de_ticker.txt" && len(r.TitleMatches) > 0
	}) {
		t.Errorf("Streikende Bahn: no ticker passage takes words from its title")
	}
	// Titles rank after passages that hold every word themselves.
	if k := slices.IndexFunc(h.Results, func(r Result) bool { return len(r.TitleMatches) > 0 }); k >= 0 {
		for _, r := range h.Results[k:] {
			if len(r.TitleMatches) == 0 {
				t.Errorf("Streikende Bahn: %s ¶%d holds every word but ranks after a title match", r.Article, r.Paragraph)
			}
		}
	}
	// Stems: "Evakuierte" finds "Evakuierung", "Streikende" finds "Streik".
	if _, marked, ok := find(search("Evakuierte"), "flood_de_elbekurier.html"); !ok || !slices.Contains(marked, "Evakuierung") {
		t.Errorf("Evakuierte: elbekurier marks %q", marked)
	}
	found := false
	for _, r := range search("Streikende").Results {
		found = found || slices.Contains(markedTexts(r), "Streik")
	}
	if !found {
		t.Errorf("Streikende does not find Streik")
	}
	// No passage has every word: the closest, marked.
	h = search("Hochwasser Atlantis")
	if !h.Partial || len(h.Results) == 0 {
		t.Fatalf("Hochwasser Atlantis: partial %v, %d results", h.Partial, len(h.Results))
	}
	for _, r := range h.Results {
		// "Jahrhunderthochwasser", "Elbe-Hochwässer": compounds of the word.
		hasWord := slices.ContainsFunc(markedTexts(r), func(m string) bool { return strings.Contains(Fold(m), "hochwasser") })
		if !r.Partial || !hasWord {
			t.Errorf("Hochwasser Atlantis: %s ¶%d partial %v marks %q", r.Article, r.Paragraph, r.Partial, markedTexts(r))
		}
	}
}
