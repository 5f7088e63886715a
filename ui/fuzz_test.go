package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// FuzzArticleOnScreen runs untrusted file bytes through the whole path a
// user sees: parsing, every analysis, the reader, figures and entities
// panes at a random size. The frame must fit the terminal exactly and hold
// no control character: nothing from a file may drive the terminal.
func FuzzArticleOnScreen(f *testing.F) {
	f.Add([]byte("Titel\n\nRund 12.000 Soldaten, sagte Kim Jong-un in Pjöngjang."), "a.txt", 80, 24)
	f.Add([]byte("<h1>T\x1b]0;x\x07</h1><p>About 11,000 troops, officials said.</p>"), "b.html", 40, 10)
	f.Add([]byte("---\ntitle: \"\\e[31m\"\n---\n# H\n\n- 3 000 Menschen\n"), "c.md", 140, 40)
	f.Add([]byte("\xff\xfe\x00\x1b[2J\u009b2J"), "d.txt", 12, 5)
	f.Add([]byte("Die A"+strings.Repeat("b", 600)+" sagte."), "e.txt", 30, 8)
	f.Add([]byte("<title>T</title>"+strings.Repeat("<div>", 520)+"<p>Tief.</p>"), "f.html", 60, 12)
	f.Add([]byte(strings.Repeat("[a](", 200)+"\n\n"+strings.Repeat("  ", 40)+"- x\n"), "g.md", 50, 10)
	f.Add([]byte("Z\u0301\u0301\u0301\u0301\u0301\u0301 tabs\fform\x7f\U000e0041"), "h.txt", 20, 6)
	f.Fuzz(func(t *testing.T, data []byte, name string, w, h int) {
		w, h = 1+abs(w)%160, 1+abs(h)%50
		a, _, err := corpus.Parse("f"+extOf(name), data)
		if err != nil {
			return
		}
		c := corpus.New([]*corpus.Article{a}, nil)
		m := New(c, Config{StateDir: t.TempDir()})
		m = drive(m, tea.WindowSizeMsg{Width: w, Height: h})
		for _, cmd := range []tea.Cmd{loadFigures(c), loadEntities(c)} {
			m = drive(m, cmd())
		}
		for _, k := range []string{"tab", "f", "tab", "e", "tab", "down"} {
			m = drive(m, keys(k)...)
			view := m.View()
			for i, r := range view {
				if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) {
					t.Fatalf("control character %U at %d after %q", r, i, k)
				}
			}
			checkFrame(t, view, w, h)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// extOf keeps the fuzzer's choice among the formats quellen reads.
func extOf(name string) string {
	switch len(name) % 3 {
	case 1:
		return ".html"
	case 2:
		return ".md"
	}
	return ".txt"
}
