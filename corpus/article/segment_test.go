package article

import (
	"strings"
	"testing"

	"quellen/seeds"
)

// kinds parses text as a .txt article and returns each paragraph's kind.
func kinds(t *testing.T, text string) []ParagraphKind {
	t.Helper()
	a, _, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var out []ParagraphKind
	for _, p := range a.Paragraphs {
		out = append(out, p.Kind)
	}
	return out
}

const prose = "Die Regierung hat am Montag neue Zahlen vorgelegt, die nach Angaben des Ministeriums auf Satellitenbildern beruhen. Die Opposition zweifelt an ihnen und fordert eine unabhängige Untersuchung."
const proseEN = "The government released new figures on Monday, which the ministry said were based on satellite images. The opposition doubts them and has called for an independent inquiry into the matter."

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []ParagraphKind
	}{
		{"heading before body", "Neue Zahlen aus dem Ministerium\n\n" + prose, []ParagraphKind{Heading, Body}},
		{"english heading", "Figures questioned\n\n" + proseEN, []ParagraphKind{Heading, Body}},
		{"headline and kicker", prose + "\n\nStreit um die Zahlen\n\nWas die Opposition fordert\n\n" + prose, []ParagraphKind{Body, Heading, Heading, Body}},
		{"question heading", prose + "\n\nWer glaubt noch den offiziellen Zahlen?\n\n" + prose, []ParagraphKind{Body, Heading, Body}},
		{"last line is not a heading", prose + "\n\nMehr dazu morgen", []ParagraphKind{Body, Body}},
		{"date line", "date 2023-05\n\n" + prose, []ParagraphKind{Meta, Body}},
		{"date line with text on it", " date 2023-05 " + prose, []ParagraphKind{Meta, Body}},
		{"image file name", prose + "\n\n20931_cover-image_01.jpeg\n\n" + prose, []ParagraphKind{Body, Boilerplate, Body}},
		{"teaser block", prose + "\n\nLesen Sie auch\n\nAP Photo Ukraine War\n\nStreit in Berlin: Die Koalition wackelt\n\n" + prose, []ParagraphKind{Body, Boilerplate, Boilerplate, Boilerplate, Body}},
		{"english teaser", proseEN + "\n\nRead more:\n\nWhat the war costs Europe\n\n" + proseEN, []ParagraphKind{Body, Boilerplate, Boilerplate, Body}},
		{"teaser after image", prose + "\n\nfoto_4711.png\n\nUrlaub in Spanien: Preise steigen\n\n" + prose, []ParagraphKind{Body, Boilerplate, Boilerplate, Body}},
		{"credit line", prose + "\n\n© Max Muster/Reuters/dpa | Max Muster\n\n" + prose, []ParagraphKind{Body, Caption, Body}},
		{"foto credit", prose + "\n\nFoto: picture alliance / Kay Nietfeld\n\n" + prose, []ParagraphKind{Body, Caption, Body}},
		{"photo caption before credit", prose + "\n\nDer Minister (r.) bei einem Treffen in Kiew.\n© Jane Doe/AP/dpa\n\n" + prose, []ParagraphKind{Body, Caption, Caption, Body}},
		{"newsletter box", prose + "\n\nBriefing am Morgen von Erika Muster, Redakteurin\n\nDas Wichtigste des Tages – kurz und klar.\n\nMit meiner Anmeldung zum Newsletter stimme ich der\nWerbevereinbarung\nzu.\n\n" + prose, []ParagraphKind{Body, Boilerplate, Boilerplate, Boilerplate, Body}},
		{"english newsletter", proseEN + "\n\nSign up for our daily briefing newsletter\n\n" + proseEN, []ParagraphKind{Body, Boilerplate, Body}},
		{"recommendations label", prose + "\n\nEmpfehlungen der Redaktion\n\n" + prose, []ParagraphKind{Body, Boilerplate, Body}},
		{"pull quote", prose + "\n\nDie Opposition zweifelt an den Zahlen.\n\nDoch die Opposition zweifelt wiederum an den Zahlen, und sie hat gute Gründe dafür, sagen Beobachter seit Wochen.", []ParagraphKind{Body, Boilerplate, Body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kinds(t, tt.text)
			if strings.Join(kindStrings(got), " ") != strings.Join(kindStrings(tt.want), " ") {
				t.Errorf("kinds = %v, want %v", got, tt.want)
			}
		})
	}
}

func kindStrings(ks []ParagraphKind) []string {
	var out []string
	for _, k := range ks {
		out = append(out, string(k))
	}
	return out
}

func TestPlainParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"one per line", "Erster Absatz hier.\nZweiter Absatz dort.", []string{"Erster Absatz hier.", "Zweiter Absatz dort."}},
		{"blank lines", "Erster Absatz.\n\n\nZweiter Absatz.", []string{"Erster Absatz.", "Zweiter Absatz."}},
		{"line ends on an article", "Ich stimme der\nVereinbarung zu.", []string{"Ich stimme der Vereinbarung zu."}},
		{"next line lower case", "Die Zahl der\nSoldaten stieg\nweiter.", []string{"Die Zahl der Soldaten stieg weiter."}},
		{"hard wrapped", strings.Repeat("Dies ist eine hart umbrochene Zeile eines alten Textes mit\n", 4) + "Schluss.\n\nNeuer Absatz beginnt hier und geht auch weiter bis zum\nEnde der Zeile.",
			[]string{strings.TrimSpace(strings.Repeat("Dies ist eine hart umbrochene Zeile eines alten Textes mit ", 4)) + " Schluss.", "Neuer Absatz beginnt hier und geht auch weiter bis zum Ende der Zeile."}},
		{"hyphenated wrap", "Die Verteidigungsminis-\nterin sprach lange und ausführlich über die Lage der\nStreitkräfte im Osten des Landes und die Reformen der\nBundeswehr in den kommenden Jahren und Jahrzehnten.", []string{"Die Verteidigungsministerin sprach lange und ausführlich über die Lage der Streitkräfte im Osten des Landes und die Reformen der Bundeswehr in den kommenden Jahren und Jahrzehnten."}},
		{"CRLF", "Eins.\r\n\r\nZwei.", []string{"Eins.", "Zwei."}},
		{"header lines", "title: Ein Titel\nsource: Die Zeitung\n\nText hier.", []string{"Text hier."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := Parse("t.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range a.Paragraphs {
				got = append(got, p.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("paragraphs\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestPlainHeaderMetadata(t *testing.T) {
	a, _, err := Parse("t.txt", []byte("title: Zahlen im Zwielicht\nsource: Beispielzeitung\nurl: https://example.org/a\ndate: 12.03.2024\n\nText hier."))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Zahlen im Zwielicht" || a.Source != "Beispielzeitung" || a.URL != "https://example.org/a" || a.Date != "2024-03-12" {
		t.Errorf("got title %q source %q url %q date %q", a.Title, a.Source, a.URL, a.Date)
	}
}

func TestTitleAndLang(t *testing.T) {
	tests := []struct {
		name, text, title, lang string
	}{
		{"headline on top", "Zahlen im Zwielicht\n\n" + prose, "Zahlen im Zwielicht", "de"},
		{"first sentence", prose, "Die Regierung hat am Montag neue Zahlen vorgelegt, die nach Angaben des Ministeriums…", "de"},
		{"dateline skipped", "Kiew. Die Regierung legt Zahlen vor. " + prose, "Die Regierung legt Zahlen vor", "de"},
		{"english", proseEN, "The government released new figures on Monday, which the ministry said were based…", "en"},
		{"credit is never the title", "© Jane Doe/AP/dpa\n\n" + proseEN, "The government released new figures on Monday, which the ministry said were based…", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := Parse("t.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Lang != tt.lang {
				t.Errorf("title %q lang %q, want %q %q", a.Title, a.Lang, tt.title, tt.lang)
			}
		})
	}
}

// The seeds must get distinct, meaningful titles: never a file name, a
// newsletter line or a photo credit.
func TestSeedTitles(t *testing.T) {
	arts, warns := LoadFS(seeds.FS())
	if len(arts) != 5 || len(warns) != 0 {
		t.Fatalf("loaded %d articles, warnings %v", len(arts), warns)
	}
	seen := map[string]bool{}
	for _, a := range arts {
		t.Logf("%s  %s  %s", a.ID, a.Date, a.Title)
		if seen[a.Title] {
			t.Errorf("duplicate title %q", a.Title)
		}
		seen[a.Title] = true
		if len(strings.Fields(a.Title)) < 3 || strings.Contains(a.Title, ".txt") || strings.Contains(a.Title, "©") ||
			strings.Contains(strings.ToLower(a.Title), "newsletter") {
			t.Errorf("%s: title %q is not a headline", a.ID, a.Title)
		}
		if a.Lang != "de" {
			t.Errorf("%s: lang %q", a.ID, a.Lang)
		}
	}
	if d := arts[2].Date; d != "2024-10" {
		t.Errorf("002 date = %q, want 2024-10", d)
	}
	if k := arts[2].Paragraphs[0].Kind; k != Meta {
		t.Errorf("002 date line kind = %s, want meta", k)
	}
}

func TestShorten(t *testing.T) {
	if got := shorten("kurz", 10); got != "kurz" {
		t.Errorf("got %q", got)
	}
	if got := shorten("eins zwei drei vier fünf", 12); got != "eins zwei…" {
		t.Errorf("got %q", got)
	}
	if got := shorten("Donaudampfschifffahrtsgesellschaft", 10); got != "Donaudamp…" {
		t.Errorf("got %q", got)
	}
}

func TestHasMonthWord(t *testing.T) {
	for s, want := range map[string]bool{
		"13. August 2025":          true,
		"Aug. 13, 2025":            true,
		"im März 2024":             true,
		"MÄRZ 2024":                true,
		"Sept 16 2025":             true,
		"2025-08-13":               false,
		"13.08.2025, 07:30 Uhr":    false,
		"Der Krieg dauert an 2024": false,
	} {
		if got := hasMonthWord(s); got != want {
			t.Errorf("hasMonthWord(%q) = %v, want %v", s, got, want)
		}
	}
}
