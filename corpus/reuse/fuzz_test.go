package reuse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"quellen/corpus/article"
)

var fuzzSeeds = []string{
	agency,
	"Halvingen (dpa) - Nach tagelangem Starkregen ist die Merle „über“ die Ufer getreten: 8.000 Menschen.",
	"(AFP) ‘Wir’ - don't 1,200 e\u0301 ß ﬁ Ǆ \u00a0 ( ) (( )) -- '' …",
	strings.Repeat("ha ", 50),
	"a-'b 1.2.3 ,., x'- -y (x) - :",
}

// FuzzTokenize checks that words are non-empty, in order, apart and on
// rune boundaries, and that widening and agency lines stay in the text.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenize(nil, text, 0, len(text))
		prev := int32(0)
		for _, tk := range toks {
			if tk.start < prev || tk.end <= tk.start || int(tk.end) > len(text) {
				t.Fatalf("word [%d, %d) after %d in %d bytes", tk.start, tk.end, prev, len(text))
			}
			// In invalid UTF-8 a stray continuation byte is a rune of its own.
			if utf8.ValidString(text) && (!utf8.RuneStart(text[tk.start]) || int(tk.end) < len(text) && !utf8.RuneStart(text[tk.end])) {
				t.Fatalf("word [%d, %d) splits a rune", tk.start, tk.end)
			}
			s, e := widen(text, int(tk.start), int(tk.end))
			if s > int(tk.start) || e < int(tk.end) || s < 0 || e > len(text) {
				t.Fatalf("widen(%d, %d) = %d, %d", tk.start, tk.end, s, e)
			}
			prev = tk.end
		}
		if tag, after := openingTag(text); after < 0 || after > len(text) || tag == "" && after != 0 {
			t.Fatalf("openingTag = %q, %d", tag, after)
		}
	})
}

// FuzzFind runs detection over three articles made of the fuzzer's texts,
// the first one twice (so that there is something to find), and checks
// that every copy and difference points into its paragraph.
func FuzzFind(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		arts := []*article.Article{
			art("a.md", "en", "", strings.Split(a, "\n")...),
			art("b.md", "en", "2024", strings.Split(b, "\n")...),
			art("c.md", "en", "2023", strings.Split(b+" "+a, "\n")...),
		}
		byID := map[string]*article.Article{}
		for _, x := range arts {
			byID[x.ID] = x
		}
		for _, p := range Find(arts) {
			checkPassageBounds(t, &p, byID)
		}
	})
}

func checkPassageBounds(t *testing.T, p *Passage, byID map[string]*article.Article) {
	t.Helper()
	if p.Articles() < 2 || p.Words < defaultMinWords {
		t.Fatalf("passage %s: %d articles, %d words", p.ID, p.Articles(), p.Words)
	}
	text := func(c int) string { return byID[p.Copies[c].Article].Paragraphs[p.Copies[c].Paragraph].Text }
	for i, c := range p.Copies {
		if c.Start < 0 || c.End <= c.Start || c.End > len(text(i)) || text(i)[c.Start:c.End] != c.Text || c.Words < defaultMinWords {
			t.Fatalf("passage %s: copy %+v out of its paragraph", p.ID, c)
		}
	}
	for _, d := range p.Differences {
		for _, r := range []Reading{d.Original, d.Copy} {
			if r.Copy < 0 || r.Copy >= len(p.Copies) || r.Start > r.End || r.End > len(text(r.Copy)) || text(r.Copy)[r.Start:r.End] != r.Text {
				t.Fatalf("passage %s: reading %+v out of its copy", p.ID, r)
			}
		}
		if d.Original.Copy != 0 || d.Copy.Copy == 0 {
			t.Fatalf("passage %s: difference %+v not between the original and a copy", p.ID, d)
		}
	}
}
