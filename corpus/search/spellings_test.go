package search

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"quellen/corpus/article"
)

// A name finds its other spellings from the index alone, ranked below its
// own spelling and that spelling's inflections; words that are no names
// do not.
func TestSearchSpellings(t *testing.T) {
	const filler = "Der Besuch war lange geplant, hieß es aus Regierungskreisen am Nachmittag."
	tests := []struct {
		name   string
		texts  []string
		query  string
		want   []string // articles, best first
		marked string   // marked in the last result
	}{
		{"Cyrillic names in German and English",
			[]string{"President Zelensky met the chancellor.", "Präsident Selenskyj traf den Kanzler.", "Selenskyjs Rede wurde gelobt.", "Der Kanzler sprach lange."},
			"Selenskyj", []string{"01.txt", "02.txt", "00.txt"}, "Zelensky"},
		{"a spelling no article uses finds the others",
			[]string{"President Zelensky met the chancellor.", "Präsident Selenskyj traf den Kanzler.", "Der Kanzler sprach lange."},
			"Zelenskyy", []string{"00.txt", "01.txt"}, "Selenskyj"},
		{"w and v",
			[]string{"The port of Vladivostok froze.", "Der Hafen von Wladiwostok fror zu."},
			"wladiwostok", []string{"01.txt", "00.txt"}, "Vladivostok"},
		{"tsch and ch",
			[]string{"Der Reaktor von Tschernobyl brannte.", "The reactor at Chernobyl burned."},
			"Chernobyl", []string{"01.txt", "00.txt"}, "Tschernobyl"},
		{"umlauts written out",
			[]string{"Der Flughafen Duesseldorf war zu.", "Der Flughafen Düsseldorf war zu."},
			"Düsseldorf", []string{"01.txt", "00.txt"}, "Duesseldorf"},
		{"initial ts and z",
			[]string{"Die Stadt Zelinograd wuchs.", "The city of Tselinograd grew."},
			"Tselinograd", []string{"01.txt", "00.txt"}, "Zelinograd"},
		{"a word also written in lower case is no name",
			[]string{"Seit Montag regnet es, seit Tagen schon.", "Die Zeit drängt."},
			"Zeit", []string{"01.txt"}, "Zeit"},
		{"nor does a name find such a word",
			[]string{"Seit Montag regnet es, seit Tagen schon.", "Die Zeit drängt."},
			"seit", []string{"00.txt"}, "seit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			texts := make([]string, len(tt.texts))
			for i, s := range tt.texts {
				texts[i] = filler + " " + s
			}
			got := searchAll(t, testIndex(t, texts...).NewSearcher(), tt.query)
			if ids := articlesOf(got); !reflect.DeepEqual(ids, tt.want) {
				t.Fatalf("%q: got %v, want %v", tt.query, got, tt.want)
			}
			if last := got[len(got)-1]; !slices.Contains(last.marked, tt.marked) {
				t.Errorf("%q: %s marks %q, want %q", tt.query, last.article, last.marked, tt.marked)
			}
		})
	}
}

func TestSpellingKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"selenskyj", "zelenskiy", true},
		{"budanow", "budanov", true},
		{"tschernobyl", "chernobyl", true},
		{"goebbels", "gobbels", true},
		{"mueller", "muller", true},
		{"tsipras", "zipras", true},
		{"schukow", "zhukov", true},
		{"budanow", "budapest", false},
		{"hotels", "hostel", false},
	}
	for _, tt := range tests {
		if got := spellingKey(tt.a) == spellingKey(tt.b); got != tt.same {
			t.Errorf("%q -> %q, %q -> %q: same %v, want %v", tt.a, spellingKey(tt.a), tt.b, spellingKey(tt.b), got, tt.same)
		}
	}
}

// Any text indexes and searches without panicking, and every name is in
// the group its own key names.
func FuzzSpellings(f *testing.F) {
	for _, s := range []string{"Selenskyj und Zelenskyy", "Tschernobyl Tsar Ts", "ÖÜ Oe Ue ß Ǆemal", "Ab\u0301cd-Efgh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, _, err := article.Parse("x.txt", []byte("Titel\n\n"+s))
		if err != nil {
			return
		}
		ix := NewIndex([]*article.Article{a})
		sg := ix.spellings
		for g := 0; g < sg.keys.Len(); g++ {
			k := sg.keys.at(uint32(g))
			for _, id := range sg.group(k) {
				if spellingKey(ix.terms.at(id)) != k {
					t.Fatalf("%q under %q", ix.terms.at(id), k)
				}
			}
		}
		for _, w := range QueryWords(s) {
			if _, err := ix.Search(context.Background(), w, 5); err != nil {
				t.Fatal(err)
			}
		}
	})
}
