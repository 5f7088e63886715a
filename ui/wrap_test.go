package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"

	"quellen/corpus"
)

func TestWrapSpans(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"fits", "kurz und gut", 20, []string{"kurz und gut"}},
		{"breaks at spaces", "Rund zwölftausend Soldaten", 12, []string{"Rund", "zwölftausend", "Soldaten"}},
		{"umlauts count one cell", "äöü äöü", 7, []string{"äöü äöü"}},
		{"long word is cut at runes", "Verteidigungspakt", 6, []string{"Vertei", "digung", "spakt"}},
		{"wide runes", "北朝鮮の兵士", 5, []string{"北朝", "鮮の", "兵士"}},
		{"empty", "", 10, []string{""}},
		{"only spaces", "   ", 10, []string{""}},
		{"width one", "ab c", 1, []string{"a", "b", "c"}},
		{"zero width is one", "ab", 0, []string{"a", "b"}},
		{"long word then words", "abcdefgh ij kl", 3, []string{"abc", "def", "gh", "ij", "kl"}},
		{"long word ends the line it starts", "ab cdefgh i", 4, []string{"ab", "cdef", "gh i"}},
		{"long wide word", "北朝鮮の兵士と", 4, []string{"北朝", "鮮の", "兵士", "と"}},
		{"long compound breaks after its hyphen", "exact · says US-Verteidigungsministerium heute", 24,
			[]string{"exact · says", "US-", "Verteidigungsministerium", "heute"}},
		{"the last hyphen that fits", "Nord-Süd-Ost-Verbindungsweg", 14, []string{"Nord-Süd-Ost-", "Verbindungsweg"}},
		{"a slash breaks too", "und/oder/vielleicht", 10, []string{"und/oder/", "vielleicht"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range wrapSpans(tt.text, tt.width) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrapSpans(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestRenderMarkedSnapsToRunes(t *testing.T) {
	st := NewStyles(lipgloss.DefaultRenderer(), DefaultTheme(false))
	text := "Größe: 12.000 Soldaten"
	// Spans that start and end inside "ö" (2 bytes) and overlap each other.
	marks := []mark{{corpus.Span{Start: 3, End: 6}, markMatch}, {corpus.Span{Start: 2, End: 13}, markFigure}, {corpus.Span{Start: -4, End: 99}, markEntity}}
	var b strings.Builder
	renderMarked(&b, text, 0, len(text), nil, marks, st)
	if got := b.String(); got != text || !utf8.ValidString(got) {
		t.Fatalf("renderMarked = %q, want the text back unchanged (Ascii profile)", got)
	}
}

func TestExcerptShowsFirstMatch(t *testing.T) {
	text := strings.Repeat("Vorlauf ", 20) + "in Wonsan ausgebildet " + strings.Repeat("Nachlauf ", 20)
	at := strings.Index(text, "Wonsan")
	from, to, pre, post := excerpt(text, []mark{{corpus.Span{Start: at, End: at + 6}, markMatch}}, 30)
	got := text[from:to]
	if !strings.Contains(got, "Wonsan") || !pre || !post {
		t.Fatalf("excerpt %q pre %v post %v", got, pre, post)
	}
	if w := runewidth.StringWidth(got) + 2; w > 30 {
		t.Fatalf("excerpt with ellipses is %d cells, want at most 30", w)
	}
}

func FuzzWrapAndMark(f *testing.F) {
	f.Add("Rund 12.000 Soldaten – laut NIS", 10, 2, 9)
	f.Add("北朝鮮の兵士 äöü", 3, 1, 4)
	f.Add("", 0, 0, 0)
	f.Add(strings.Repeat("a", 300)+" b", 7, 100, 290)
	f.Add(strings.Repeat("北", 100)+"ab", 5, 3, 20)
	st := NewStyles(lipgloss.DefaultRenderer(), DefaultTheme(false))
	f.Fuzz(func(t *testing.T, text string, width, a, b int) {
		if !utf8.ValidString(text) || width > 500 {
			t.Skip()
		}
		lines := wrapSpans(text, width)
		prev := 0
		for _, s := range lines {
			if s.Start < prev || s.End < s.Start || s.End > len(text) {
				t.Fatalf("bad line %v after %d in %q", s, prev, text)
			}
			if !utf8.ValidString(text[s.Start:s.End]) {
				t.Fatalf("line %v splits a rune", s)
			}
			prev = s.End
		}
		var sb strings.Builder
		renderMarked(&sb, text, 0, len(text), nil, []mark{{corpus.Span{Start: a, End: b}, markMatch}}, st)
		if !utf8.ValidString(sb.String()) {
			t.Fatal("render split a rune")
		}
		from, to, _, _ := excerpt(text, []mark{{corpus.Span{Start: a, End: b}, markMatch}}, width)
		if from < 0 || to < from || to > len(text) {
			t.Fatalf("excerpt [%d,%d) of %d bytes", from, to, len(text))
		}
	})
}

func TestJoinAdjacent(t *testing.T) {
	text := "Kim Jong-un traf Kim in Wonsan"
	tests := []struct {
		in   []corpus.Span
		want []corpus.Span
	}{
		{[]corpus.Span{sp(0, 3), sp(4, 8)}, []corpus.Span{sp(0, 8)}},                   // "Kim Jong"
		{[]corpus.Span{sp(0, 3), sp(4, 8), sp(9, 11)}, []corpus.Span{sp(0, 11)}},       // "Kim Jong-un"
		{[]corpus.Span{sp(0, 3), sp(17, 20)}, []corpus.Span{sp(0, 3), sp(17, 20)}},     // far apart
		{[]corpus.Span{sp(17, 20), sp(24, 30)}, []corpus.Span{sp(17, 20), sp(24, 30)}}, // " in " between
		{nil, nil},
	}
	for _, tt := range tests {
		got := joinAdjacent(text, tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("joinAdjacent(%v) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("joinAdjacent(%v) = %v, want %v", tt.in, got, tt.want)
			}
		}
	}
}

func sp(a, b int) corpus.Span { return corpus.Span{Start: a, End: b} }

func TestTruncateMiddle(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"kurz", 10, "kurz"},
		{"https://nordbote.example/lokales/2025/hafenbrand-kesselmuende", 40, "https://nordbote.exa…nbrand-kesselmuende"},
		{"nordkoreanische Soldaten in Russland", 26, "nordkoreanisc…in Russland"},
		{"Tote, Verletzte oder Vermisste", 8, "Tote, V…"},
	}
	for _, tt := range tests {
		got := truncateMiddle(tt.in, tt.width)
		if got != tt.want {
			t.Errorf("truncateMiddle(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
		if w := runewidth.StringWidth(got); w > tt.width {
			t.Errorf("%q is %d wide, over %d", got, w, tt.width)
		}
	}
}

func TestMarksPerLine(t *testing.T) {
	text := "eins zwei drei vier fünf sechs sieben acht"
	lines := wrapSpans(text, 10) // "eins zwei" "drei vier" "fünf sechs" "sieben" "acht"
	marks := []mark{
		{corpus.Span{Start: 0, End: 4}, markEntity},                                                        // eins
		{corpus.Span{Start: strings.Index(text, "zwei"), End: strings.Index(text, "vier") + 4}, markMatch}, // spans two lines
		{corpus.Span{Start: strings.Index(text, "acht"), End: len(text)}, markFigure},
	}
	got := marksPerLine(lines, marks)
	want := []int{2, 1, 0, 0, 1}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d: %v", len(got), len(want), lines)
	}
	for i := range want {
		if len(got[i]) != want[i] {
			t.Errorf("line %d %q has %d marks, want %d", i, text[lines[i].Start:lines[i].End], len(got[i]), want[i])
		}
	}
}
