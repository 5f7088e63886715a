package figures

import (
	"testing"

	"quellen/corpus/article"
)

// TestHeadlineRepeatedInBody: a figure in the title that the body repeats
// (same value and unit family) counts once; one the body does not repeat,
// or repeats for another thing, stays.
func TestHeadlineRepeatedInBody(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		want      map[int]int // paragraph -> figures left there
		total     int
	}{
		{"md, same count", "# Lawine: 9 Tote im Wallis\n\nBei dem Lawinenunglück im Wallis sind 9 Tote geborgen worden.\n",
			map[int]int{-1: 0, 0: 1}, 1},
		{"md, bare number in the body", "# Brückeneinsturz: 31 Tote\n\nDie Zahl der Toten stieg am Abend auf 31.\n",
			map[int]int{-1: 0, 0: 1}, 1},
		{"html, money", "<html><head><title>Council approves $40 million for bridges</title></head><body>" +
			"<h1>Council approves $40 million for bridges</h1><p>The city council approved $40 million for repairs on Monday.</p></body></html>",
			map[int]int{-1: 0}, 1},
		{"md, other unit stays", "# Sturm: 80 Bäume umgestürzt\n\nIn der Stadt wurden 80 Häuser beschädigt.\n",
			map[int]int{-1: 1}, 2},
		{"md, other value stays", "# Streik: 12.000 Beschäftigte legen Arbeit nieder\n\nDie Firma sprach von 9.000 Beschäftigten.\n",
			map[int]int{-1: 1}, 2},
	} {
		name := "x.md"
		if c.doc[0] == '<' {
			name = "x.html"
		}
		a, _, err := article.Parse(name, []byte(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		got := map[int]int{}
		figs := Extract(a)
		for _, f := range figs {
			got[f.Paragraph]++
		}
		if len(figs) != c.total {
			t.Errorf("%s: %d figures, want %d", c.name, len(figs), c.total)
		}
		for p, n := range c.want {
			if got[p] != n {
				t.Errorf("%s: %d figures in paragraph %d, want %d (title %q)", c.name, got[p], p, n, a.Title)
			}
		}
	}
}
