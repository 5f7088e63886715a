package search

import (
	"context"
	"reflect"
	"testing"
)

// A passage may take query words from its article's title, after every
// passage that holds them all; an article whose title alone matches is
// shown at its lead passage; with no passage holding every word, the
// closest are shown, marked partial.
func TestSearchTitles(t *testing.T) {
	type hit struct {
		Article, Marked, Title string // Title: the title's marked words, joined
		Partial                bool
	}
	tests := []struct {
		name    string
		texts   []string
		query   string
		want    []hit
		partial bool
	}{
		{"title as context ranks below passages with every word", []string{
			"title: Hochwasser an der Oder\n\nDie Zahl der Toten stieg am Morgen auf neun.\n\nDer Pegel fiel langsam.",
			"title: Lage am Fluss\n\nNach dem Hochwasser meldeten die Behörden drei Tote.",
		}, "Hochwasser Tote", []hit{
			{Article: "01.txt", Marked: "Hochwasser Tote"},
			{Article: "00.txt", Marked: "Tote", Title: "Hochwasser"},
		}, false},
		{"a title-only match is shown at the lead passage", []string{
			"title: Fährstreik legt die Inseln lahm\n\nSeit Montag fahren keine Schiffe mehr.\n\nDie Gewerkschaft fordert mehr Lohn.",
			"title: Wetter\n\nEs bleibt sonnig.",
		}, "Fährstreik", []hit{
			{Article: "00.txt", Marked: "", Title: "Fährstreik"},
		}, false},
		{"no title-only match where a passage has every word", []string{
			"title: Fährstreik legt die Inseln lahm\n\nSeit Montag fahren keine Schiffe mehr.\n\nDer Fährstreik soll eine Woche dauern.",
		}, "Fährstreik", []hit{
			{Article: "00.txt", Marked: "Fährstreik"},
		}, false},
		{"nor for several words", []string{
			"title: Fährstreik auf Sylt\n\nSeit Montag fahren keine Schiffe mehr.\n\nDer Fährstreik trifft Sylt hart.",
		}, "Fährstreik Sylt", []hit{
			{Article: "00.txt", Marked: "Fährstreik Sylt"},
		}, false},
		{"closest passages when none has every word", []string{
			"title: Lage am Fluss\n\nDie Deiche an der Oder halten.\n\nIn Frankfurt an der Oder bleibt der Pegel hoch.",
			"title: Wetter\n\nEs bleibt sonnig.",
		}, "Oder Pegel Atlantis", []hit{
			{Article: "00.txt", Marked: "Oder Pegel", Partial: true}, // not the passage with Oder alone
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := testIndex(t, tt.texts...)
			h, err := ix.NewSearcher().Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []hit
			for _, r := range h.Results {
				title := ""
				for _, s := range r.TitleMatches {
					title = joinWord(title, ix.article(articleIndex(ix, r.Article)).Title[s.Start:s.End])
				}
				marked := ""
				for _, m := range markedTexts(r) {
					marked = joinWord(marked, m)
				}
				got = append(got, hit{r.Article, marked, title, r.Partial})
			}
			if !reflect.DeepEqual(got, tt.want) || h.Partial != tt.partial || h.Total != len(tt.want) {
				t.Errorf("%q: partial %v, total %d, got\n%+v\nwant\n%+v", tt.query, h.Partial, h.Total, got, tt.want)
			}
		})
	}
}

func joinWord(s, w string) string {
	if s == "" {
		return w
	}
	return s + " " + w
}

func articleIndex(ix *Index, id string) int {
	for i := range ix.narts {
		if ix.article(i).ID == id {
			return i
		}
	}
	return -1
}

// One word that matches nothing gives nothing, not the closest passages.
func TestSearchNoPartialForOneWord(t *testing.T) {
	ix := testIndex(t, "title: Wetter\n\nEs bleibt sonnig.")
	h, _ := ix.NewSearcher().Search(context.Background(), "Atlantis", 10)
	if h.Total != 0 || h.Partial || len(h.Results) != 0 {
		t.Errorf("got %+v", h)
	}
}
