package reuse

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// base is a 30-word paragraph that the cases edit.
const base = "Nach tagelangem Starkregen ist die Merle im Landkreis Oberau über die Ufer getreten und rund 8000 Menschen " +
	"mussten in der Nacht ihre Häuser verlassen wie das Landratsamt am Freitag mitteilte"

// alignTexts aligns two texts and returns, per chain, the words of A and
// of B it spans.
func alignTexts(a, b string, minWords int) [][2]string {
	A, B := tokenize(nil, a, 0, len(a)), tokenize(nil, b, 0, len(b))
	al := newAligner()
	al.indexA(A)
	al.findRuns(A, B)
	var out [][2]string
	for _, ch := range al.chains(minWords) {
		first, last := al.runs[ch.first], al.runs[ch.last]
		sa := makeSpan(0, A, first.a, last.a+last.n)
		sb := makeSpan(0, B, first.b, last.b+last.n)
		out = append(out, [2]string{a[sa.blo:sa.bhi], b[sb.blo:sb.bhi]})
	}
	return out
}

func TestAlign(t *testing.T) {
	repl := strings.NewReplacer
	tests := []struct {
		name string
		b    string
		want int // chains of at least 12 words
	}{
		{"verbatim", base, 1},
		{"figure changed", repl("8000", "9500").Replace(base), 1},
		{"two words changed", repl("8000", "9500", "Freitag", "Samstag").Replace(base), 1},
		{"word inserted", repl("rund 8000", "rund 8000 verängstigte").Replace(base), 1},
		{"word dropped", repl("tagelangem ", "").Replace(base), 1},
		{"punctuation and quotes", repl("getreten und", "getreten, und", "Merle", "„Merle“").Replace(base), 1},
		{"embedded in other text", "Eigener Vorspann hier. " + base + " Und ein eigener Schluss.", 1},
		{"edits every third word", everyThird(base), 0},
		{"only eight words shared", "Ganz anders: in der Nacht ihre Häuser verlassen wie das Landratsamt sagte", 0},
		{"other text", "Die Bundesregierung hat am Mittwoch einen neuen Haushalt beschlossen", 0},
	}
	for _, tt := range tests {
		got := alignTexts(base, tt.b, 12)
		if len(got) != tt.want {
			t.Errorf("%s: %d chains %q, want %d", tt.name, len(got), got, tt.want)
		}
	}
}

// everyThird replaces every third word, too many edits for a copy.
func everyThird(s string) string {
	f := strings.Fields(s)
	for i := 2; i < len(f); i += 3 {
		f[i] = "xx" + f[i]
	}
	return strings.Join(f, " ")
}

func TestAlignTransposedSentences(t *testing.T) {
	s1 := "Die Feuerwehr war mit mehr als sechshundert Kräften im Einsatz und mehrere Straßen blieben gesperrt"
	s2 := "Schulen und Kindergärten bleiben bis Montag geschlossen und ein Bürgertelefon ist rund um die Uhr erreichbar"
	got := alignTexts(s1+" "+s2, s2+" "+s1, 12)
	if len(got) != 2 {
		t.Fatalf("transposed sentences: %d chains %q, want 2", len(got), got)
	}
}

func TestGapEdits(t *testing.T) {
	// Each case is the gap with its matched words on both ends.
	tests := []struct {
		o, c string
		want []string // "original>copy" per edit
	}{
		{"rund 8000 Menschen", "rund 9500 Menschen", []string{"8000>9500"}},
		{"rund 8000 Soldaten und 9 Panzer", "rund 9500 Soldaten und 12 Panzer", []string{"8000>9500", "9>12"}},
		{"rund Menschen", "rund 9500 Menschen", []string{">9500"}},
		{"rund 8000 Menschen", "rund Menschen", []string{"8000>"}},
		{"sagte er", "erklärte er", nil}, // the first words must match: not a gap
	}
	for _, tt := range tests {
		O, C := tokenize(nil, tt.o, 0, len(tt.o)), tokenize(nil, tt.c, 0, len(tt.c))
		if O[0].h != C[0].h {
			if tt.want != nil {
				t.Errorf("bad case %q", tt.o)
			}
			continue
		}
		var got []string
		for _, e := range gapEdits(O, C) {
			ro, rc := reading(0, tt.o, O, e.o0, e.o1), reading(1, tt.c, C, e.c0, e.c1)
			got = append(got, ro.Text+">"+rc.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("gapEdits(%q, %q) = %q, want %q", tt.o, tt.c, got, tt.want)
		}
	}
}

// TestWinnowGuarantee checks the property the detector relies on: two
// texts that share a verbatim run of shingleWords+winnowWindow-1 words
// share a fingerprint, wherever the run stands.
func TestWinnowGuarantee(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		return "w" + strings.Repeat("x", r.IntN(3)) + string(rune('a'+r.IntN(26))) + string(rune('a'+r.IntN(26)))
	}
	text := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = word()
		}
		return out
	}
	run := shingleWords + winnowWindow - 1
	for trial := range 200 {
		shared := text(run)
		a := slices.Concat(text(r.IntN(30)), shared, text(r.IntN(30)))
		b := slices.Concat(text(r.IntN(30)), shared, text(r.IntN(30)))
		fa, fb := fingerprintsOf(strings.Join(a, " ")), fingerprintsOf(strings.Join(b, " "))
		if !slices.ContainsFunc(fa, func(h uint64) bool { return slices.Contains(fb, h) }) {
			t.Fatalf("trial %d: a shared run of %d words gave no shared fingerprint", trial, run)
		}
	}
}

func fingerprintsOf(s string) []uint64 {
	return winnow(nil, shingles(nil, tokenize(nil, s, 0, len(s)), 1))
}

func TestWinnow(t *testing.T) {
	tests := []struct {
		name string
		in   []uint64
		want []uint64
	}{
		{"empty", nil, nil},
		{"shorter than a window", []uint64{5, 3}, []uint64{3}},
		{"one minimum per window", []uint64{9, 1, 8, 7, 6, 5, 9, 9}, []uint64{1, 5}},
		{"a new minimum per window", []uint64{9, 8, 7, 6, 5, 4}, []uint64{6, 5, 4}},
		{"repetitive text keeps one", []uint64{4, 4, 4, 4, 4, 4, 4, 4}, []uint64{4}},
	}
	for _, tt := range tests {
		if got := winnow(nil, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: winnow(%v) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestShinglesSaltedByLanguage(t *testing.T) {
	toks := tokenize(nil, base, 0, len(base))
	de, en := shingles(nil, toks, langSalt("de")), shingles(nil, toks, langSalt("en"))
	for _, h := range de {
		if slices.Contains(en, h) {
			t.Fatal("the same words share a shingle across languages")
		}
	}
}

// A change a word or two from either edge stays inside the copy: the
// words past it are too few for a trigram anchor.
func TestAlignEdges(t *testing.T) {
	tests := []struct{ name, b, wantA string }{
		{"near the end", strings.Replace(base, "am Freitag", "am Samstag", 1), base},
		{"near the start", strings.Replace(base, "tagelangem", "wochenlangem", 1), base},
		{"last word", strings.Replace(base, "mitteilte", "meldete", 1), strings.TrimSuffix(base, " mitteilte")},
	}
	for _, tt := range tests {
		got := alignTexts(base, tt.b, 12)
		if len(got) != 1 || got[0][0] != tt.wantA {
			t.Errorf("%s: chains %q, want one over %q", tt.name, got, tt.wantA)
		}
	}
}
