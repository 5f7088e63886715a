package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSearchJSON(t *testing.T) {
	out, _, code := runCLI(t, "search", "--json", "--limit", "2", "budanow")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Query   string `json:"query"`
		Results []struct {
			Article   string  `json:"article"`
			Paragraph int     `json:"paragraph"`
			Score     float64 `json:"score"`
			Text      string  `json:"text"`
			Matches   []struct {
				Start int `json:"start"`
				End   int `json:"end"`
			} `json:"matches"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.Query != "budanow" || len(doc.Results) != 2 {
		t.Fatalf("query %q, %d results", doc.Query, len(doc.Results))
	}
	r := doc.Results[0]
	if !strings.HasPrefix(r.Article, "004") || len(r.Matches) == 0 || r.Text[r.Matches[0].Start:r.Matches[0].End] != "Budanow" {
		t.Errorf("first result %+v", r)
	}
	out, _, _ = runCLI(t, "search", "--json", "xqzvwk")
	if !strings.Contains(out, `"results": []`) {
		t.Errorf("no match should give an empty list:\n%s", out)
	}
}

// Piped output marks matches with brackets and no escape codes.
func TestSearchPlain(t *testing.T) {
	out, _, code := runCLI(t, "search", "--limit", "1", "wladiwostok 1500")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	// Paragraphs are numbered from 1 for people, as in the reader.
	for _, want := range []string{"[Wladiwostok]", "[1.500]", "001_600e22c1c238c5b6.txt ¶1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("escape codes in piped output")
	}
}
