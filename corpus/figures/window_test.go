package figures

import (
	"strings"
	"testing"
	"time"

	"quellen/corpus/article"
)

// longSentence is one sentence of about n bytes, without a period, full of
// figures, attributions and places: the shape of a pasted dump.
func longSentence(n int) string {
	const unit = "laut Polizei in Pirna wurden rund 12.000 Menschen evakuiert, sagte Landrat Köhler, und 4 300 Helfer waren im Einsatz, "
	return strings.Repeat(unit, n/len(unit)+1)
}

// TestLongSentenceIsLinear extracts and groups the figures of a 1.5 MB
// sentence. Each figure reads only a bounded window, so the quoted sentence
// of every figure stays short and the run ends; the timeout only guards
// against a hang, it asserts no speed.
func TestLongSentenceIsLinear(t *testing.T) {
	text := longSentence(1 << 20 * 3 / 2)
	a := &article.Article{ID: "long.txt", Lang: "de", Paragraphs: []article.Paragraph{{Kind: article.Body, Text: text, Sentences: []article.Span{{Start: 0, End: len(text)}}}}}
	b := *a
	b.ID = "long2.txt"
	done := make(chan []*Figure, 1)
	go func() {
		figs := ExtractAll([]*article.Article{a, &b})
		Groups(figs, Options{})
		done <- figs
	}()
	select {
	case figs := <-done:
		want := 2 * 2 * (len(text) / len("laut Polizei in Pirna wurden rund 12.000 Menschen evakuiert, sagte Landrat Köhler, und 4 300 Helfer waren im Einsatz, "))
		if len(figs) < want {
			t.Fatalf("%d figures, want at least %d", len(figs), want)
		}
		for _, f := range figs {
			if len(f.Sentence) > 2*windowBytes+len(f.Text)+8 {
				t.Fatalf("figure %q quotes %d bytes of its sentence", f.Text, len(f.Sentence))
			}
			if f.Attribution == "" {
				t.Fatalf("figure %q lost its attribution in the window", f.Text)
			}
		}
	case <-time.After(20 * time.Second * raceSlowdown):
		t.Fatal("extraction of a 1.5 MB sentence did not finish: context scans are not bounded")
	}
}

// BenchmarkLongSentence extracts the figures of a 1 MB one-sentence text.
func BenchmarkLongSentence(b *testing.B) {
	text := longSentence(1 << 20)
	a := &article.Article{ID: "long.txt", Lang: "de", Paragraphs: []article.Paragraph{{Kind: article.Body, Text: text, Sentences: []article.Span{{Start: 0, End: len(text)}}}}}
	b.SetBytes(int64(len(text)))
	n := 0
	for i := 0; i < b.N; i++ {
		n = len(Extract(a))
	}
	b.ReportMetric(float64(n), "figures")
}
