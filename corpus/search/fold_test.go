package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pjöngjang", "pjongjang"},
		{"STRAẞE Straße", "strasse strasse"}, // ẞ and ß: 3 and 2 bytes become 2
		{"Äußerung", "ausserung"},
		{"Über", "uber"},
		{"Selenskyj", "selenskyj"},
		{"Gérard Müller-Lüdenscheidt", "gerard muller-ludenscheidt"},
		{"Łódź", "lodz"},
		{"Øresund Æbleskiver œuvre", "oresund aebleskiver oeuvre"},
		{"ﬁnal", "final"},                      // ligature: one rune becomes two
		{"Ἀθῆναι", "αθηναι"},                   // Greek accents and breathings go
		{"Москва", "москва"},                   // Cyrillic is only lower-cased
		{"a\u0308hnlich", "ahnlich"},           // decomposed umlaut: the mark goes
		{"İstanbul", "istanbul"},               // dotted capital I
		{"12.000 Soldaten", "12.000 soldaten"}, // Fold leaves punctuation alone
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQueryWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Wladiwostok 1500", []string{"wladiwostok", "1500"}},
		{"sechs Parteien", []string{"sechs", "parteien"}},
		{"Sechs-Parteien-Gespräche", []string{"sechsparteiengesprache"}},
		{"Atom-U-Boote", []string{"atomuboote"}},
		{"1.500 1 500 1,500 1\u00a0500 1'500", []string{"1500", "1500", "1500", "1500", "1500"}},
		{"12.000,50 Euro", []string{"12000,50", "euro"}},
		{"1,5 Millionen 1.5 million", []string{"1,5", "millionen", "1,5", "million"}},
		{"2024. 500 Mann", []string{"2024", "500", "mann"}}, // a year is no thousands group
		{"12.10.2024", []string{"12,10", "2024"}},
		{"Kim's Straße", []string{"kims", "strasse"}},
		{"A – B", []string{"a", "b"}},     // a dash is not a hyphen
		{"  ,;!? ", nil},                  // nothing to search for
		{"\u0301\u0308 x", []string{"x"}}, // lone marks fold to nothing
		{"Pjöngjang—Moskau", []string{"pjongjang", "moskau"}},
	}
	for _, tt := range tests {
		if got := QueryWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("QueryWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Tokens keep byte ranges into the original text, also where folding
// changes the length (ß -> ss, ö -> o).
func TestTokenSpans(t *testing.T) {
	text := "Größere Straßen-Blockaden: 1 500 Soldaten, „Kim's“ Öl."
	type tok struct {
		orig, term string
		kind       tokenKind
		pos        int
	}
	want := []tok{
		{"Größere", "grossere", tokWord, 0},
		{"Straßen", "strassen", tokPart, 1},
		{"Blockaden", "blockaden", tokPart, 2},
		{"Straßen-Blockaden", "strassenblockaden", tokJoined, 1},
		{"1 500", "1500", tokWord, 3},
		{"Soldaten", "soldaten", tokWord, 4},
		{"Kim's", "kims", tokWord, 5},
		{"Öl", "ol", tokWord, 6},
	}
	var got []tok
	tz := tokenizer{track: true}
	tz.scan(text, func(tk token) {
		got = append(got, tok{text[tk.start:tk.end], string(tk.term), tk.kind, tk.pos})
		if len(tk.ends) != len(tk.term) {
			t.Errorf("%q: %d ends for %d folded bytes", tk.term, len(tk.ends), len(tk.term))
		}
	})
	if !slices.Equal(got, want) {
		t.Errorf("tokens:\n got %v\nwant %v", got, want)
	}
}

// A folded prefix maps back to the original spelling it came from.
func TestFoldedPrefixEnds(t *testing.T) {
	tests := []struct {
		text, prefix, want string
	}{
		{"Straßenverbindungen", "strasse", "Straße"},
		{"Straßenverbindungen", "stras", "Straß"}, // half of "ss" marks all of ß
		{"Atom-U-Booten", "atomuboote", "Atom-U-Boote"},
		{"Pjöngjang", "pjon", "Pjön"},
		{"1.500", "15", "1.5"},
		{"12.000,50", "12000,", "12.000,"},
	}
	for _, tt := range tests {
		tz := tokenizer{track: true}
		var got string
		tz.scan(tt.text, func(tk token) {
			if tk.kind == tokPart || !strings.HasPrefix(string(tk.term), tt.prefix) {
				return
			}
			got = tt.text[tk.start:tk.ends[len(tt.prefix)-1]]
		})
		if got != tt.want {
			t.Errorf("prefix %q of %q marks %q, want %q", tt.prefix, tt.text, got, tt.want)
		}
	}
}

func TestSubsequenceOneOff(t *testing.T) {
	tests := []struct {
		word, term string
		want       bool
	}{
		{"tikonov", "tikhonov", true},  // a missing letter
		{"budanow", "budanov", true},   // a wrong letter
		{"budanoww", "budanow", true},  // an extra letter
		{"budanow", "budapest", false}, // two letters off
		{"budanow", "udanow", false},   // the first letter must match
		{"wlad", "wladiwostok", true},
	}
	for _, tt := range tests {
		if got := subsequenceOneOff([]rune(tt.word), tt.term); got != tt.want {
			t.Errorf("subsequenceOneOff(%q, %q) = %v, want %v", tt.word, tt.term, got, tt.want)
		}
	}
}

// FuzzQueryWords feeds arbitrary text to the tokenizer behind queries and
// the index: it must never panic, every token must point at valid text,
// and query words must come out the same when parsed again (joined by a
// separator that cannot group digits).
func FuzzQueryWords(f *testing.F) {
	for _, s := range []string{"Sechs-Parteien-Gespräche", "1.500 1 500", "12.000,50", "Kim's", "a\u0301-", "ẞ-1'5", "--x--", "9,", "1.5.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tz := tokenizer{track: true}
		lastPos := -1
		tz.scan(s, func(tk token) {
			if tk.start < 0 || tk.end > len(s) || tk.start >= tk.end {
				t.Fatalf("bad span [%d,%d) in %q", tk.start, tk.end, s)
			}
			if !utf8.ValidString(s[tk.start:tk.end]) && utf8.ValidString(s) {
				t.Fatalf("span [%d,%d) splits a rune in %q", tk.start, tk.end, s)
			}
			if len(tk.term) == 0 || len(tk.ends) != len(tk.term) {
				t.Fatalf("token %q with %d ends", tk.term, len(tk.ends))
			}
			for k, e := range tk.ends {
				if int(e) <= tk.start || int(e) > tk.end || (k > 0 && e < tk.ends[k-1]) {
					t.Fatalf("ends %v out of [%d,%d] in %q", tk.ends, tk.start, tk.end, s)
				}
			}
			if tk.kind != tokJoined && tk.pos <= lastPos {
				t.Fatalf("position %d after %d in %q", tk.pos, lastPos, s)
			}
			if tk.kind != tokJoined {
				lastPos = tk.pos
			}
		})
		words := QueryWords(s)
		if again := QueryWords(strings.Join(words, " / ")); !slices.Equal(again, words) {
			t.Fatalf("QueryWords(%q) = %q, but parsing those gives %q", s, words, again)
		}
	})
}
