package search

import (
	"context"
	"strings"
	"testing"
)

// Passages that have a query word only as a similar word ("haben" for
// "Hafen") are counted apart and rank after those with the word itself or
// a spelling of it.
func TestSimilarWordsCountedApart(t *testing.T) {
	ix := seedIndex(t)
	tests := []struct {
		query        string
		close, total int // passages with the words or spellings of them; all
	}{
		{"Hafen", 2, 22}, // "Hafen", and the compound "Militärflughafen"
		{"Wladiwostok", 4, 4},
		{"budanow", 0, 0}, // set below: spellings of a name are close
	}
	for _, tt := range tests {
		h, err := ix.NewSearcher().Search(context.Background(), tt.query, 50)
		if err != nil {
			t.Fatal(err)
		}
		if tt.query == "budanow" {
			if h.Similar != 0 {
				t.Errorf("budanow: %d of %d passages counted similar; Budanov is a spelling, not a typo", h.Similar, h.Total)
			}
			continue
		}
		if h.Total-h.Similar != tt.close || h.Total != tt.total {
			t.Errorf("%q: %d close of %d, want %d of %d", tt.query, h.Total-h.Similar, h.Total, tt.close, tt.total)
		}
		for i, r := range h.Results {
			if r.Similar != (i >= tt.close) {
				t.Errorf("%q: result %d similar=%v; the close ones come first", tt.query, i, r.Similar)
			}
		}
	}
}

// A one- or two-letter query word matches its longer words ("und" for
// "un") only below the word itself, and is not marked in them.
func TestShortWordPrefixes(t *testing.T) {
	ix := seedIndex(t)
	h, err := ix.NewSearcher().Search(context.Background(), "Kim Jong Un", 20)
	if err != nil || len(h.Results) == 0 {
		t.Fatalf("%d results, err %v", len(h.Results), err)
	}
	for i, r := range h.Results {
		if !strings.Contains(r.Text, "Kim Jong-un") && i < 5 {
			t.Errorf("result %d (%s ¶%d) lacks the name, yet ranks above: %.60s", i, r.Article, r.Paragraph, r.Text)
		}
		for _, m := range r.Matches {
			if w := strings.ToLower(r.Text[m.Start:m.End]); w == "un" && m.End < len(r.Text) && isLetterByte(r.Text[m.End]) {
				t.Errorf("result %d marks %q inside a longer word: %q", i, w, r.Text[m.Start:min(len(r.Text), m.End+3)])
			}
		}
	}
	// Typing "Kim Jong U" still finds the name as it grows.
	h, _ = ix.NewSearcher().Search(context.Background(), "Kim Jong U", 5)
	if len(h.Results) == 0 {
		t.Error("Kim Jong U: nothing while typing")
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
