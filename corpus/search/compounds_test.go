package search

import (
	"context"
	"slices"
	"testing"

	"quellen/corpus/article"
)

func TestCompoundsAndProximity(t *testing.T) {
	texts := []string{
		"Ferien\n\nDas Urlaubsresort am See brannte ab.",
		"Verkehr\n\nDie Regionalbahn fiel aus, der Bahnhof blieb zu.",
		"Hafen\n\nIm Hafen standen 12 000 Tonnen Getreide bereit. Später, nach langen Verhandlungen mit den Behörden und der Reederei, kamen die Container.",
		"Zoll\n\nDer Zoll zählte 12'000 Container im Hafen.",
		"Kurz\n\nEin Abahn ist kein Wort.",
	}
	var arts []*article.Article
	for i, text := range texts {
		a, _, err := article.Parse(string(rune('a'+i))+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	ix := NewIndex(arts)
	cases := []struct {
		query string
		want  []string // articles in rank order, at least these first
		never []string // articles that must not match
	}{
		{"resort", []string{"a.txt"}, nil},
		{"bahn", []string{"b.txt"}, []string{"e.txt"}}, // "abahn": too short a head
		{"bahnhof", []string{"b.txt"}, nil},
		{"12000 container", []string{"d.txt", "c.txt"}, nil}, // adjacent words first
		{"see", []string{"a.txt"}, nil},                      // too short to find compounds
	}
	for _, c := range cases {
		h, err := ix.NewSearcher().Search(context.Background(), c.query, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range h.Results {
			if !slices.Contains(got, r.Article) {
				got = append(got, r.Article)
			}
		}
		if len(got) < len(c.want) || !slices.Equal(got[:len(c.want)], c.want) {
			t.Errorf("%q: articles %v, want %v first", c.query, got, c.want)
		}
		for _, id := range c.never {
			if slices.Contains(got, id) {
				t.Errorf("%q finds %s", c.query, id)
			}
		}
	}
}
