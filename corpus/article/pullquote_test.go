package article

import (
	"fmt"
	"strings"
	"testing"
)

// shortParas is n one-line paragraphs of five words each, sharing four.
func shortParas(n int) []Paragraph {
	paras := make([]Paragraph, n)
	for i := range paras {
		paras[i] = Paragraph{Index: i, Text: fmt.Sprintf("Short line number %d here.", i)}
	}
	return paras
}

// TestPullQuotesIndexed: with more candidates than are compared directly,
// the index still finds the one paragraph that a long one repeats, and no
// other.
func TestPullQuotesIndexed(t *testing.T) {
	paras := shortParas(200)
	long := "Later on we read that short line number 120 here was said twice, with more words around it than the quote."
	paras = append(paras, Paragraph{Index: len(paras), Text: long})
	markPullQuotes(paras)
	for i, p := range paras {
		if want := ParagraphKind(""); i == 120 {
			want = Boilerplate
			if p.Kind != want {
				t.Errorf("paragraph %d: kind %q, want %q", i, p.Kind, want)
			}
		} else if p.Kind != want {
			t.Errorf("paragraph %d: kind %q, want none", i, p.Kind)
		}
	}
}

// TestPullQuotesLinear: four times the paragraphs cost at most about four
// times the work, for the shapes that used to be quadratic: many short
// lines sharing words, and many lines that all hold the same words, which
// defeats the index.
func TestPullQuotesLinear(t *testing.T) {
	shapes := map[string]func(n int) []Paragraph{
		"short lines": shortParas,
		"same words": func(n int) []Paragraph {
			paras := make([]Paragraph, n)
			for i := range paras {
				// Longer each time, never in the order of the others.
				paras[i] = Paragraph{Text: "e d c b a " + strings.Repeat("x ", i%50) + "a b c d"}
			}
			return paras
		},
	}
	for name, gen := range shapes {
		small, large := markPullQuotes(gen(2000)), markPullQuotes(gen(8000))
		if large > 5*small {
			t.Errorf("%s: work %d for 2000 paragraphs, %d for 8000: not linear", name, small, large)
		}
	}
}
