package reuse

import (
	"slices"
	"testing"
)

// words returns the original spellings of text's words.
func words(text string) []string {
	var out []string
	for _, t := range tokenize(nil, text, 0, len(text)) {
		out = append(out, text[t.start:t.end])
	}
	return out
}

func TestTokenizeWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Rund 8.000 Menschen.", []string{"Rund", "8.000", "Menschen"}},
		{"at least 1,200 containers, 12.5 percent", []string{"at", "least", "1,200", "containers", "12.5", "percent"}},
		{"„Wir haben“, sagte er.", []string{"Wir", "haben", "sagte", "er"}},
		{"»Nein« – sagt sie", []string{"Nein", "sagt", "sie"}},
		{"Der Ein-Parteien-Staat", []string{"Der", "Ein-Parteien-Staat"}},
		{"don't Putin’s workers' union", []string{"don't", "Putin’s", "workers", "union"}},
		{"Ende 2024. Dann", []string{"Ende", "2024", "Dann"}},
		{"a - b -c d-", []string{"a", "b", "c", "d"}},
		{"(dpa) Berlin", []string{"dpa", "Berlin"}},
		{"", nil},
		{"… — !", nil},
		{"Caf\u0065\u0301 ok", []string{"Caf\u0065\u0301", "ok"}},
	}
	for _, tt := range tests {
		if got := words(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTokenizeFolding checks which spellings are the same word.
func TestTokenizeFolding(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Müller", "Mueller", true},
		{"Straße", "STRASSE", true},
		{"Putin’s", "Putin's", true},
		{"Café", "Cafe\u0301", true},
		{"Café", "cafe", true},
		{"Ein‑Parteien", "Ein-Parteien", true},
		{"Müller", "Muller", false},
		{"8.000", "8000", false},
		{"8.000", "9.500", false},
		{"dass", "daß", true},
	}
	for _, tt := range tests {
		ta, tb := tokenize(nil, tt.a, 0, len(tt.a)), tokenize(nil, tt.b, 0, len(tt.b))
		if len(ta) != 1 || len(tb) != 1 {
			t.Fatalf("%q, %q: want one word each, got %d and %d", tt.a, tt.b, len(ta), len(tb))
		}
		if got := ta[0].h == tb[0].h; got != tt.same {
			t.Errorf("%q and %q the same word: %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestTokenizeRange(t *testing.T) {
	text := "eins zwei drei vier"
	toks := tokenize(nil, text, 5, 14)
	var got []string
	for _, tk := range toks {
		got = append(got, text[tk.start:tk.end])
	}
	if want := []string{"zwei", "drei"}; !slices.Equal(got, want) {
		t.Errorf("tokenize(5, 14) = %q, want %q", got, want)
	}
}

func TestWiden(t *testing.T) {
	tests := []struct {
		text       string
		word       string // the stretch before widening, found in text
		wantWidest string
	}{
		{`Er sagte: „Wir bleiben.“ Dann`, "Wir bleiben", "„Wir bleiben.“"},
		{"figures. Talks", "figures", "figures."},
		{"(dpa) Nach", "dpa", "(dpa)"},
		{"eins, zwei", "eins", "eins"},
		{"ja", "ja", "ja"},
		{"«Oui» dit-il", "Oui", "«Oui»"},
	}
	for _, tt := range tests {
		i := indexOf(tt.text, tt.word)
		s, e := widen(tt.text, i, i+len(tt.word))
		if got := tt.text[s:e]; got != tt.wantWidest {
			t.Errorf("widen(%q, %q) = %q, want %q", tt.text, tt.word, got, tt.wantWidest)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
