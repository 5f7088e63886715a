package article

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Der Krieg dauert an. Die Verluste steigen.", []string{"Der Krieg dauert an.", "Die Verluste steigen."}},
		{"question and exclamation", "Warum? Weil es so ist! Und dann.", []string{"Warum?", "Weil es so ist!", "Und dann."}},
		{"ordinal before month", "Die Schiffe kamen zwischen 8. und 13. Oktober in den Hafen. Dann fuhren sie.", []string{"Die Schiffe kamen zwischen 8. und 13. Oktober in den Hafen.", "Dann fuhren sie."}},
		{"century", "Sie waren nicht auf Kriege im 21. Jahrhundert vorbereitet. Aber sie lernten.", []string{"Sie waren nicht auf Kriege im 21. Jahrhundert vorbereitet.", "Aber sie lernten."}},
		{"date", "Schon am 27. Juli sollen Flugzeuge abheben. Zweimal pro Woche.", []string{"Schon am 27. Juli sollen Flugzeuge abheben.", "Zweimal pro Woche."}},
		{"year ends sentence", "Der Krieg begann 2022. Seitdem starben viele.", []string{"Der Krieg begann 2022.", "Seitdem starben viele."}},
		{"z. B.", "Waffen, z. B. Raketen, wurden geliefert. Das ist neu.", []string{"Waffen, z. B. Raketen, wurden geliefert.", "Das ist neu."}},
		{"z.B.", "Waffen, z.B. Raketen, wurden geliefert. Das ist neu.", []string{"Waffen, z.B. Raketen, wurden geliefert.", "Das ist neu."}},
		{"Dr. and Prof.", "Laut Dr. Müller und Prof. Kim ist das falsch. Sie irren.", []string{"Laut Dr. Müller und Prof. Kim ist das falsch.", "Sie irren."}},
		{"ca. and Mio.", "Es kostet ca. 20 Mio. Euro. Das ist viel.", []string{"Es kostet ca. 20 Mio. Euro.", "Das ist viel."}},
		{"U.S.", "The U.S. Army said so. Others disagreed.", []string{"The U.S. Army said so.", "Others disagreed."}},
		{"initials", "Donald J. Trump spoke. Then he left.", []string{"Donald J. Trump spoke.", "Then he left."}},
		{"a.m. ends a sentence", "Results came at 1:40 a.m. The party won.", []string{"Results came at 1:40 a.m.", "The party won."}},
		{"a.m. inside a sentence", "The vote closed at 6 p.m. Sunday in Kerlingen.", []string{"The vote closed at 6 p.m. Sunday in Kerlingen."}},
		{"Mr.", "Mr. Austin declined to comment. The Pentagon did too.", []string{"Mr. Austin declined to comment.", "The Pentagon did too."}},
		{"German quote with comma", "„Was genau tun sie dort? Das bleibt abzuwarten“, sagte Austin. Er ging.", []string{"„Was genau tun sie dort? Das bleibt abzuwarten“, sagte Austin.", "Er ging."}},
		{"quote ends sentence", "Er sagte: „Das bleibt abzuwarten.“ Dann ging er.", []string{"Er sagte: „Das bleibt abzuwarten.“", "Dann ging er."}},
		{"ascii quotes", `Er sagte: "Wir kommen." Sie nickte.`, []string{`Er sagte: "Wir kommen."`, "Sie nickte."}},
		{"english quotes", "“We will win,” he said. “Soon.”", []string{"“We will win,” he said.", "“Soon.”"}},
		{"ellipsis", "Und dann… Nichts mehr.", []string{"Und dann…", "Nichts mehr."}},
		{"decimal", "Die Armee hat 1.3 Millionen Soldaten. Das ist viel.", []string{"Die Armee hat 1.3 Millionen Soldaten.", "Das ist viel."}},
		{"lower-case continuation", "Das kostet 3 Euro. und mehr", []string{"Das kostet 3 Euro. und mehr"}},
		{"dateline", "Tokio. Nordkorea wird unverzichtbar.", []string{"Tokio.", "Nordkorea wird unverzichtbar."}},
		{"no end punctuation", "Kim profitiert vom Krieg", []string{"Kim profitiert vom Krieg"}},
		{"abbreviation in parentheses", "Die Staatsanwaltschaft (Az. 402 Js 1187/25) ermittelt. Sie schweigt.", []string{"Die Staatsanwaltschaft (Az. 402 Js 1187/25) ermittelt.", "Sie schweigt."}},
		{"sentence in parentheses", "Er kam spät. (Der Zug fiel aus.) Dann ging er.", []string{"Er kam spät.", "(Der Zug fiel aus.)", "Dann ging er."}},
		{"unclosed parenthesis", "Er kam (spät. Dann ging er nach Hause und blieb dort den ganzen langen Abend lang.", []string{"Er kam (spät.", "Dann ging er nach Hause und blieb dort den ganzen langen Abend lang."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSplitSentencesCap(t *testing.T) {
	words := strings.Repeat("Hochwasser 12 Menschen evakuiert und Schäden ", 200) // no punctuation
	tests := []struct {
		name string
		text string
		// wantEnd is what every piece but the last must end with.
		wantEnd string
	}{
		{"space only", words, ""},
		{"semicolons win", strings.Repeat("der Pegel stieg weiter an und die Helfer bauten Dämme; ", 80), ";"},
		{"commas win over spaces", strings.Repeat("zwölf Menschen wurden in Sicherheit gebracht, ", 100), ","},
		{"dash", strings.Repeat("die Lage bleibt angespannt und unübersichtlich – ", 100), "–"},
		{"one long word", strings.Repeat("ä", 4000), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := SplitSentences(tt.text)
			if len(spans) < 2 {
				t.Fatalf("got %d sentence(s) for %d bytes, want the text cut", len(spans), len(tt.text))
			}
			for i, s := range spans {
				piece := tt.text[s.Start:s.End]
				if len(piece) > MaxSentence {
					t.Errorf("piece %d is %d bytes, over the cap %d", i, len(piece), MaxSentence)
				}
				if len(piece) < MaxSentence/4 && i < len(spans)-1 {
					t.Errorf("piece %d is only %d bytes", i, len(piece))
				}
				if !utf8.ValidString(piece) {
					t.Errorf("piece %d cuts a rune", i)
				}
				if tt.wantEnd != "" && i < len(spans)-1 && !strings.HasSuffix(piece, tt.wantEnd) {
					t.Errorf("piece %d ends %q, want a cut after %q", i, piece[len(piece)-10:], tt.wantEnd)
				}
			}
		})
	}
	// Ordinary sentences are untouched.
	short := "Der Pegel stieg. Die Helfer kamen."
	if got := len(SplitSentences(short)); got != 2 {
		t.Errorf("short text: %d sentences, want 2", got)
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"Der Krieg. Die Folgen.", "„Was? Nein“, sagte er.", "z. B. 8. Oktober", "\"\"\"...", "a.b.c. D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range SplitSentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) || sp.End-sp.Start > MaxSentence {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}
