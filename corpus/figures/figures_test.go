package figures

import (
	"math"
	"runtime"
	"strings"
	"testing"

	"quellen/corpus/article"
	"quellen/seeds"
)

// testArticle wraps one paragraph of text as an article in lang.
func testArticle(lang, text string) *article.Article {
	return &article.Article{ID: "t.txt", Lang: lang, Paragraphs: []article.Paragraph{{Kind: article.Body, Text: text, Sentences: article.SplitSentences(text)}}}
}

var none = math.NaN() // an open bound

// TestExtractFiguresTable checks one figure per phrase (or none, for traps):
// its text as written, value, bounds, qualifier, kind and unit.
func TestExtractFiguresTable(t *testing.T) {
	tests := []struct {
		lang, in  string
		text      string // "" means: no figure at all
		value     float64
		low, high float64
		q         Qualifier
		kind      FigureKind
		unit      string
	}{
		// German notation and exact counts.
		{"de", "Nordkorea schickte 12.000 Soldaten nach Russland.", "12.000 Soldaten", 12000, 12000, 12000, Exact, KindCount, "soldiers"},
		{"de", "Dort sind 1 500 Spezialkräfte angekommen.", "1 500 Spezialkräfte", 1500, 1500, 1500, Exact, KindCount, "soldiers"},
		{"de", "Dort sind 1\u00a0500 Soldaten angekommen.", "1\u00a0500 Soldaten", 1500, 1500, 1500, Exact, KindCount, "soldiers"},
		{"de", "Dort sind 1\u202f500 Soldaten angekommen.", "1\u202f500 Soldaten", 1500, 1500, 1500, Exact, KindCount, "soldiers"},
		{"de", "Dort sind 1\u2009500 Soldaten angekommen.", "1\u2009500 Soldaten", 1500, 1500, 1500, Exact, KindCount, "soldiers"},
		{"de", "Die Schweiz zählt 12'000 Soldaten.", "12'000 Soldaten", 12000, 12000, 12000, Exact, KindCount, "soldiers"},
		{"de", "Es fehlen 600 000 Männer.", "600 000 Männer", 600000, 600000, 600000, Exact, KindCount, "soldiers"},
		{"de", "Das Land hat 1500 Soldaten entsandt.", "1500 Soldaten", 1500, 1500, 1500, Exact, KindCount, "soldiers"},
		{"de", "Russland verlegte 10 000 Truppen.", "10 000 Truppen", 10000, 10000, 10000, Exact, KindCount, "soldiers"},
		{"de", "Es kamen 2.000 nordkoreanische Soldaten.", "2.000 nordkoreanische Soldaten", 2000, 2000, 2000, Exact, KindCount, "soldiers"},
		{"de", "Geliefert wurden 13 000 Containern mit Munition.", "13 000 Containern mit Munition", 13000, 13000, 13000, Exact, KindCount, "containers"},
		{"de", "Im Lager stehen 300 Panzer.", "300 Panzer", 300, 300, 300, Exact, KindCount, "tanks"},
		{"de", "Gefangen wurden 40 Zivilisten.", "40 Zivilisten", 40, 40, 40, Exact, KindCount, "civilians/captured"},
		// Number words.
		{"de", "Es gibt nur drei Generäle.", "drei Generäle", 3, 3, 3, Exact, KindCount, "general"},
		{"de", "Kim schickte zwölf Berater.", "zwölf Berater", 12, 12, 12, Exact, KindCount, "adviser"},
		{"de", "Kim schickte zweitausend Soldaten.", "zweitausend Soldaten", 2000, 2000, 2000, Exact, KindCount, "soldiers"},
		{"de", "Kim schickte ein Dutzend Offiziere.", "ein Dutzend Offiziere", 12, 12, 12, Exact, KindCount, "officer"},
		{"en", "Kim sent three soldiers.", "three soldiers", 3, 3, 3, Exact, KindCount, "soldiers"},
		{"en", "Kim sent a dozen officers.", "a dozen officers", 12, 12, 12, Exact, KindCount, "officer"},
		{"en", "Kim sent two hundred soldiers.", "two hundred soldiers", 200, 200, 200, Exact, KindCount, "soldiers"},
		{"en", "Kim sent twenty-five advisers.", "twenty-five advisers", 25, 25, 25, Exact, KindCount, "adviser"},
		// Magnitudes.
		{"de", "Das Heer hat knapp 1,3 Millionen aktive Soldaten.", "knapp 1,3 Millionen aktive Soldaten", 1.3e6, 1.3e6, 1.3e6, Approx, KindCount, "soldiers"},
		{"de", "Die Hilfe beträgt 20 Mrd. Euro.", "20 Mrd. Euro", 2e10, 2e10, 2e10, Exact, KindMoney, "EUR"},
		{"de", "Die Hilfe beträgt 1,5 Mio. Euro.", "1,5 Mio. Euro", 1.5e6, 1.5e6, 1.5e6, Exact, KindMoney, "EUR"},
		{"de", "Die Schulden betragen 2 Billionen Euro.", "2 Billionen Euro", 2e12, 2e12, 2e12, Exact, KindMoney, "EUR"},
		{"de", "Der Wert liegt bei 5 Tsd. Euro.", "5 Tsd. Euro", 5000, 5000, 5000, Exact, KindMoney, "EUR"},
		{"de", "Es geht um zwei Millionen Menschen.", "zwei Millionen Menschen", 2e6, 2e6, 2e6, Exact, KindCount, "people"},
		{"en", "The debt is 2 billion dollars.", "2 billion dollars", 2e9, 2e9, 2e9, Exact, KindMoney, "USD"},
		{"en", "The aid is worth $1.2 billion.", "$1.2 billion", 1.2e9, 1.2e9, 1.2e9, Exact, KindMoney, "USD"},
		{"en", "The aid is worth $20bn.", "$20bn", 2e10, 2e10, 2e10, Exact, KindMoney, "USD"},
		{"en", "The aid is worth $20m.", "$20m", 2e7, 2e7, 2e7, Exact, KindMoney, "USD"},
		{"en", "It lost 1.2 million people.", "1.2 million people", 1.2e6, 1.2e6, 1.2e6, Exact, KindCount, "people"},
		{"en", "Russia sent 11,000 troops.", "11,000 troops", 11000, 11000, 11000, Exact, KindCount, "soldiers"},
		{"en", "Russia sent 11,000 North Korean troops.", "11,000 North Korean troops", 11000, 11000, 11000, Exact, KindCount, "soldiers"},
		// approx.
		{"de", "Es sind rund 12.000 Soldaten.", "rund 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind etwa 12.000 Soldaten.", "etwa 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind ca. 12.000 Soldaten.", "ca. 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind circa 12.000 Soldaten.", "circa 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind um die 15.000 Soldaten.", "um die 15.000 Soldaten", 15000, 15000, 15000, Approx, KindCount, "soldiers"},
		{"de", "Es sind gut 12.000 Soldaten.", "gut 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind knapp 12.000 Soldaten.", "knapp 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind fast 12.000 Soldaten.", "fast 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind nahezu 12.000 Soldaten.", "nahezu 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind annähernd 12.000 Soldaten.", "annähernd 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind ungefähr 12.000 Soldaten.", "ungefähr 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"de", "Es sind schätzungsweise 12.000 Soldaten.", "schätzungsweise 12.000 Soldaten", 12000, 12000, 12000, Approx, KindCount, "soldiers"},
		{"en", "There are about 11,000 troops.", "about 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		{"en", "There are around 11,000 troops.", "around 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		{"en", "There are approximately 11,000 troops.", "approximately 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		{"en", "There are nearly 11,000 troops.", "nearly 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		{"en", "There are almost 11,000 troops.", "almost 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		{"en", "There are roughly 11,000 troops.", "roughly 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		{"en", "There are some 11,000 troops.", "some 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		{"en", "There are an estimated 11,000 troops.", "an estimated 11,000 troops", 11000, 11000, 11000, Approx, KindCount, "soldiers"},
		// at_least.
		{"de", "Es sind mehr als 12.000 Soldaten.", "mehr als 12.000 Soldaten", 12000, 12000, none, AtLeast, KindCount, "soldiers"},
		{"de", "Es sind über 12.000 Soldaten.", "über 12.000 Soldaten", 12000, 12000, none, AtLeast, KindCount, "soldiers"},
		{"de", "Es sind mindestens 12.000 Soldaten.", "mindestens 12.000 Soldaten", 12000, 12000, none, AtLeast, KindCount, "soldiers"},
		{"en", "There are more than 11,000 troops.", "more than 11,000 troops", 11000, 11000, none, AtLeast, KindCount, "soldiers"},
		{"en", "There are over 11,000 troops.", "over 11,000 troops", 11000, 11000, none, AtLeast, KindCount, "soldiers"},
		{"en", "There are at least 11,000 troops.", "at least 11,000 troops", 11000, 11000, none, AtLeast, KindCount, "soldiers"},
		// at_most.
		{"de", "Es sind bis zu 12 000 Soldaten.", "bis zu 12 000 Soldaten", 12000, none, 12000, AtMost, KindCount, "soldiers"},
		{"de", "Es sind höchstens 12 000 Soldaten.", "höchstens 12 000 Soldaten", 12000, none, 12000, AtMost, KindCount, "soldiers"},
		{"de", "Es sind weniger als 12 000 Soldaten.", "weniger als 12 000 Soldaten", 12000, none, 12000, AtMost, KindCount, "soldiers"},
		{"de", "Es sind unter 12 000 Soldaten.", "unter 12 000 Soldaten", 12000, none, 12000, AtMost, KindCount, "soldiers"},
		{"en", "There are up to 11,000 troops.", "up to 11,000 troops", 11000, none, 11000, AtMost, KindCount, "soldiers"},
		{"en", "There are at most 11,000 troops.", "at most 11,000 troops", 11000, none, 11000, AtMost, KindCount, "soldiers"},
		{"en", "There are fewer than 11,000 troops.", "fewer than 11,000 troops", 11000, none, 11000, AtMost, KindCount, "soldiers"},
		// range.
		{"de", "Es sind 10.000 bis 12.000 Soldaten.", "10.000 bis 12.000 Soldaten", 11000, 10000, 12000, Range, KindCount, "soldiers"},
		{"de", "Es sind zwischen 10.000 und 12.000 Soldaten.", "zwischen 10.000 und 12.000 Soldaten", 11000, 10000, 12000, Range, KindCount, "soldiers"},
		{"de", "Es sind zehn- bis zwölftausend Soldaten.", "zehn- bis zwölftausend Soldaten", 11000, 10000, 12000, Range, KindCount, "soldiers"},
		{"de", "Es sind 10 bis 12 Millionen Menschen.", "10 bis 12 Millionen Menschen", 11e6, 10e6, 12e6, Range, KindCount, "people"},
		{"en", "There are between 11,000 and 12,000 troops.", "between 11,000 and 12,000 troops", 11500, 11000, 12000, Range, KindCount, "soldiers"},
		{"en", "There are 11,000-12,000 troops.", "11,000-12,000 troops", 11500, 11000, 12000, Range, KindCount, "soldiers"},
		{"en", "There are 11,000 to 12,000 troops.", "11,000 to 12,000 troops", 11500, 11000, 12000, Range, KindCount, "soldiers"},
		{"en", "There are 10 to 12 million people.", "10 to 12 million people", 11e6, 10e6, 12e6, Range, KindCount, "people"},
		// vague.
		{"de", "Es kamen Tausende Soldaten.", "Tausende Soldaten", 2000, 2000, 9999, Vague, KindCount, "soldiers"},
		{"de", "Es kamen Hunderte Soldaten.", "Hunderte Soldaten", 200, 200, 999, Vague, KindCount, "soldiers"},
		{"de", "Es kamen Dutzende Soldaten.", "Dutzende Soldaten", 24, 24, 99, Vague, KindCount, "soldiers"},
		{"de", "Es kamen mehrere hundert Soldaten.", "mehrere hundert Soldaten", 200, 200, 999, Vague, KindCount, "soldiers"},
		{"de", "Es starben Hunderttausende Menschen.", "Hunderttausende Menschen", 200000, 200000, 999999, Vague, KindCount, "people/killed"}, // those who died are killed
		{"en", "There are thousands of troops.", "thousands of troops", 2000, 2000, 9999, Vague, KindCount, "soldiers"},
		{"en", "There are hundreds of troops.", "hundreds of troops", 200, 200, 999, Vague, KindCount, "soldiers"},
		{"en", "There are several hundred troops.", "several hundred troops", 200, 200, 999, Vague, KindCount, "soldiers"},
		{"en", "There are tens of thousands of troops.", "tens of thousands of troops", 20000, 20000, 99999, Vague, KindCount, "soldiers"},
		// Percent, money, distance, duration.
		{"de", "Um die 40 Prozent der Munition stammen aus Nordkorea.", "Um die 40 Prozent der Munition", 40, 40, 40, Approx, KindPercent, "percent"},
		{"de", "Die Quote liegt bei 12,5 %.", "12,5 %", 12.5, 12.5, 12.5, Exact, KindPercent, "percent"},
		{"de", "Die Quote stieg um 2 Prozentpunkte.", "2 Prozentpunkte", 2, 2, 2, Exact, KindPercent, "percentage points"},
		{"en", "About 40 percent of the ammunition came from there.", "About 40 percent of the ammunition", 40, 40, 40, Approx, KindPercent, "percent"},
		{"en", "Turnout was 61 per cent.", "61 per cent", 61, 61, 61, Exact, KindPercent, "percent"},
		{"de", "Russland zahlt rund 20 Milliarden US-Dollar.", "rund 20 Milliarden US-Dollar", 2e10, 2e10, 2e10, Approx, KindMoney, "USD"},
		{"de", "Das kostet 300 Euro.", "300 Euro", 300, 300, 300, Exact, KindMoney, "EUR"},
		{"en", "It costs €300.", "€300", 300, 300, 300, Exact, KindMoney, "EUR"},
		{"de", "Wonsan liegt rund 200 Kilometer entfernt.", "rund 200 Kilometer", 200, 200, 200, Approx, KindDistance, "km"},
		{"en", "The town is 120 miles away.", "120 miles", 120, 120, 120, Exact, KindDistance, "mi"},
		{"de", "Der Krieg dauert seit mehr als zwei Jahren.", "mehr als zwei Jahren", 2, 2, none, AtLeast, KindDuration, "years"},
		{"en", "The war has lasted three years.", "three years", 3, 3, 3, Exact, KindDuration, "years"},
		// Casualties: killed, wounded and combined are different units.
		{"de", "Es gab 600.000 Tote.", "600.000 Tote", 600000, 600000, 600000, Exact, KindCount, "people/killed"},
		{"de", "Es gab 600.000 Verletzte.", "600.000 Verletzte", 600000, 600000, 600000, Exact, KindCount, "people/wounded"},
		{"de", "Es gab 600.000 Toten, Verletzten oder Vermissten.", "600.000 Toten, Verletzten oder Vermissten", 600000, 600000, 600000, Exact, KindCount, "people/casualties"},
		{"de", "Es gab bis zu 600 000 verletzte oder getötete Soldaten.", "bis zu 600 000 verletzte oder getötete Soldaten", 600000, none, 600000, AtMost, KindCount, "soldiers/casualties"},
		{"en", "Some 300 soldiers were killed.", "Some 300 soldiers", 300, 300, 300, Approx, KindCount, "soldiers/killed"},
		{"en", "There were 500 wounded soldiers.", "500 wounded soldiers", 500, 500, 500, Exact, KindCount, "soldiers/wounded"},
		// Traps: no figure.
		{"de", "Russland griff im Februar 2022 an.", "", 0, 0, 0, "", "", ""},
		{"de", "Das war 2014.", "", 0, 0, 0, "", "", ""},
		{"de", "Der Haushalt 2022/23 ist knapp.", "", 0, 0, 0, "", "", ""},
		{"de", "Sie kamen zwischen 8. und 13. Oktober an.", "", 0, 0, 0, "", "", ""},
		{"de", "Abflug ist am 27. Juli.", "", 0, 0, 0, "", "", ""},
		{"de", "Das Treffen war am 27.07.2024 in Berlin.", "", 0, 0, 0, "", "", ""},
		{"de", "Sie sind nicht auf das 21. Jahrhundert vorbereitet.", "", 0, 0, 0, "", "", ""},
		{"de", "Das reicht bis in die 1960er Jahre zurück.", "", 0, 0, 0, "", "", ""},
		{"de", "Der Zug fährt um 14.30 Uhr.", "", 0, 0, 0, "", "", ""},
		{"de", "Das Bild heißt 209062_569_209062_cover.jpg im Archiv.", "", 0, 0, 0, "", "", ""},
		{"de", "Nach der 120-tägigen Frist kam ein zweitägigen Besuch.", "", 0, 0, 0, "", "", ""},
		{"de", "Die Ukraine will F-16 und S-400 kaufen, dazu Su-34.", "", 0, 0, 0, "", "", ""},
		{"de", "Deutschland liefert den Leopard 2 an Kiew.", "", 0, 0, 0, "", "", ""},
		{"de", "Das Spiel endete 3:1 für Bayern.", "", 0, 0, 0, "", "", ""},
		{"de", "Rufen Sie 030 1234 5678 an.", "", 0, 0, 0, "", "", ""},
		{"de", "Einer der Soldaten sagte, eine Frau habe geholfen.", "", 0, 0, 0, "", "", ""},
		{"de", "Die Sechs-Parteien-Gespräche scheiterten.", "", 0, 0, 0, "", "", ""},
		{"de", "Nach Artikel 5 des Vertrags gilt die Beistandspflicht.", "", 0, 0, 0, "", "", ""},
		{"de", "Sie kopieren die Propaganda eins zu eins.", "", 0, 0, 0, "", "", ""},
		{"de", "Im Sommer 2024 wurde der Pakt geschlossen.", "", 0, 0, 0, "", "", ""},
		{"en", "Russia invaded in February 2022.", "", 0, 0, 0, "", "", ""},
		{"en", "They met on December 17 in Seoul.", "", 0, 0, 0, "", "", ""},
		{"en", "It is the 21st century.", "", 0, 0, 0, "", "", ""},
		{"en", "It happened in the 1960s.", "", 0, 0, 0, "", "", ""},
		{"en", "Ukraine wants more F-16 jets.", "", 0, 0, 0, "", "", ""},
		{"en", "One of them said so.", "", 0, 0, 0, "", "", ""},
		{"en", "The team won 2-1 on Sunday.", "", 0, 0, 0, "", "", ""},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if tt.text == "" {
			if len(figs) != 0 {
				t.Errorf("%q: want no figure, got %q (%s)", tt.in, figs[0].Text, figs[0].Kind)
			}
			continue
		}
		if len(figs) != 1 {
			var got []string
			for _, f := range figs {
				got = append(got, f.Text)
			}
			t.Errorf("%q: want one figure %q, got %q", tt.in, tt.text, got)
			continue
		}
		f := figs[0]
		if f.Text != tt.text || tt.in[f.Start:f.End] != f.Text {
			t.Errorf("%q: text %q [%d:%d], want %q", tt.in, f.Text, f.Start, f.End, tt.text)
		}
		if u := unitOrFrame(f, tt.unit); !near(f.Value, tt.value) || f.Qualifier != tt.q || f.Kind != tt.kind || u != tt.unit {
			t.Errorf("%q: got %g %s %s %q, want %g %s %s %q", tt.in, f.Value, f.Qualifier, f.Kind, u, tt.value, tt.q, tt.kind, tt.unit)
		}
		if !boundIs(f.Low, tt.low) || !boundIs(f.High, tt.high) {
			t.Errorf("%q: bounds %s..%s, want %g..%g", tt.in, bound(f.Low), bound(f.High), tt.low, tt.high)
		}
		if f.Group != -1 {
			t.Errorf("%q: Group = %d, want -1", tt.in, f.Group)
		}
	}
	if len(tests) < 100 {
		t.Fatalf("the table has %d phrases, want at least 100", len(tests))
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func boundIs(p *float64, want float64) bool {
	if math.IsNaN(want) {
		return p == nil
	}
	return p != nil && near(*p, want)
}

func bound(p *float64) string {
	if p == nil {
		return "nil"
	}
	return FormatValue(*p)
}

func TestFigureContext(t *testing.T) {
	tests := []struct {
		lang, in    string
		text        string
		attribution string
		estimate    bool
		actor       string
	}{
		{"de", "Laut dem amerikanischen Verteidigungsministerium befinden sich 10 000 Soldaten aus Nordkorea in Russland.", "10 000 Soldaten aus Nordkorea", "US-Verteidigungsministerium", false, "kp"},
		{"de", "Schätzungen zufolge hat Kim rund 12.000 Soldaten geschickt.", "rund 12.000 Soldaten", "", true, ""},
		{"de", "US-Schätzungen zufolge gab es 600.000 Tote.", "600.000 Tote", "US-Schätzungen", true, ""},
		{"de", "Nach Angaben des ukrainischen Geheimdienstes kämpfen 11.000 Soldaten.", "11.000 Soldaten", "ukrainischer Geheimdienst", false, ""},
		{"de", "Inzwischen meldet Südkorea 13 000 Container.", "13 000 Container", "Südkorea", false, ""},
		{"de", "Mithilfe von Bildern sieht es das NIS als erwiesen an, dass 12.000 Soldaten kamen.", "12.000 Soldaten", "NIS", false, ""},
		{"de", "Es kamen 1 500 nordkoreanische Spezialkräfte, sagte der Sprecher des Ministeriums.", "1 500 nordkoreanische Spezialkräfte", "Sprecher des Ministeriums", false, "kp"},
		{"de", "Angeblich kamen 500 russische Soldaten.", "500 russische Soldaten", "", true, "ru"},
		{"en", "About 11,000 North Korean troops are in Kursk, according to the Pentagon.", "About 11,000 North Korean troops", "Pentagon", false, "kp"},
		{"en", "An estimated 11,000 troops are there, U.S. officials said.", "An estimated 11,000 troops", "U.S. officials", true, ""},
		{"en", "Russia's 500 soldiers left.", "500 soldiers", "", false, "ru"},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if len(figs) != 1 {
			t.Errorf("%q: got %d figures", tt.in, len(figs))
			continue
		}
		f := figs[0]
		if f.Text != tt.text || f.Attribution != tt.attribution || f.Estimate != tt.estimate || f.actor.code != tt.actor {
			t.Errorf("%q:\n got  %q attr %q est %v actor %q\n want %q attr %q est %v actor %q", tt.in,
				f.Text, f.Attribution, f.Estimate, f.actor.code, tt.text, tt.attribution, tt.estimate, tt.actor)
		}
		if f.Sentence == "" || !strings.Contains(f.Sentence, f.Text) {
			t.Errorf("%q: sentence %q does not hold %q", tt.in, f.Sentence, f.Text)
		}
	}
}

// TestExtractFiguresSkipsFurniture: boilerplate and meta paragraphs carry no
// figures.
func TestExtractFiguresSkipsFurniture(t *testing.T) {
	a := &article.Article{ID: "t", Lang: "de", Paragraphs: []article.Paragraph{
		{Index: 0, Kind: article.Meta, Text: "Stand: 12 000 Leser"},
		{Index: 1, Kind: article.Boilerplate, Text: "Jetzt 3 000 Soldaten im Newsletter"},
		{Index: 2, Kind: article.Caption, Text: "Rund 500 Soldaten marschieren."},
	}}
	figs := Extract(a)
	if len(figs) != 1 || figs[0].Paragraph != 2 || figs[0].Text != "Rund 500 Soldaten" {
		t.Fatalf("got %+v", figs)
	}
}

func FuzzExtractFigures(f *testing.F) {
	f.Add("de", "Laut NIS sind rund 12.000 Soldaten, zwischen 8. und 13. Oktober, bis zu 1 500 Spezialkräfte.")
	f.Add("en", "About 11,000 troops, between 10,000 and 12,000, up to 1.2 million; $20bn, 40 percent.")
	f.Add("de", "zehn- bis zwölftausend 1.2.3 27.07.2024 F-16 „12'000“ -1 %")
	f.Add("en", "One in five; four NH90 helicopters, Oct. 21, B 172, Anna Lind, 54, said 20,000 (GDV) İSTANBUL ẞ")
	f.Add("de", "Tote: 14 (am Vortag 5). Die Zahl der Toten stieg auf 9; vier von fünf Zügen; Programm über 5 Mio. Euro")
	f.Fuzz(func(t *testing.T, lang, text string) {
		text = article.NormalizeSpace(article.Sanitize(text))
		a := testArticle(lang, text)
		for _, fig := range Extract(a) {
			if fig.Start < 0 || fig.End > len(text) || fig.Start >= fig.End || text[fig.Start:fig.End] != fig.Text {
				t.Fatalf("bad span %d:%d %q in %q", fig.Start, fig.End, fig.Text, text)
			}
		}
		// Grouping and labels: the same text from a second source.
		b := testArticle(lang, text)
		b.ID = "u.txt"
		for _, g := range Groups(ExtractAll([]*article.Article{a, b}), Options{}) {
			if g.Label == "" {
				t.Fatalf("group without label in %q", text)
			}
		}
	})
}

func BenchmarkExtractFigures(b *testing.B) {
	arts := benchArticles(b)
	b.StopTimer()
	var size int
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			size += len(p.Text)
		}
	}
	b.SetBytes(int64(size))
	b.StartTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = 0
		for _, a := range arts {
			n += len(Extract(a))
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "figures/s")
}

// Extraction on several goroutines gives the figures one gives, in order.
func TestExtractAllN(t *testing.T) {
	arts, _ := article.LoadFS(seeds.FS())
	one, four := ExtractAll(arts), ExtractAllN(arts, 4)
	if len(one) == 0 || len(one) != len(four) {
		t.Fatalf("%d figures on one goroutine, %d on four", len(one), len(four))
	}
	for i := range one {
		if one[i].ID != four[i].ID || one[i].Article != four[i].Article || one[i].Text != four[i].Text || one[i].Start != four[i].Start {
			t.Fatalf("figure %d: %+v on one, %+v on four", i, one[i], four[i])
		}
	}
}

// BenchmarkExtractAllN is BenchmarkExtractFigures on every core, as the
// corpus runs it.
func BenchmarkExtractAllN(b *testing.B) {
	arts := benchArticles(b)
	for i := 0; i < b.N; i++ {
		ExtractAllN(arts, runtime.GOMAXPROCS(0))
	}
}
