package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// The owner of soldiers, seats or money is the place standing as the
// subject of the figure's clause: before the number, or right after it
// with at most a verb between; a place after a preposition is where.
func TestFigureOwner(t *testing.T) {
	tests := []struct {
		lang, text, figure, actor string
	}{
		{"de", "Rund 12.000 Soldaten hat Karsenien inzwischen in der Provinz Drevan zusammengezogen.", "Rund 12.000 Soldaten", "Karsenien"},
		{"en", "Of the 6,000 men Orvand now has deployed in Drevan, 900 were killed or wounded.", "6,000 men", "Orvand"},
		{"de", "Valdonien hat rund 3.000 Soldaten in die Grenzregion zwischen Karsenien und Orvand geschickt.", "rund 3.000 Soldaten", "Valdonien"},
		{"de", "Die Armee hat 3.000 Soldaten in Valdonien stationiert.", "3.000 Soldaten", ""},
		// A country that says it of itself owns what it sent, not the
		// country it went to.
		{"de", "Valdonien hat nach eigenen Angaben inzwischen 5000 Soldaten nach Karsenien entsandt.", "5000 Soldaten", "Valdonien"},
		{"en", "Germany says it has sent 2,000 soldiers to Lithuania.", "2,000 soldiers", "Deutschland|Germany"},
		{"en", "Ukraine's General Staff says 2,000 soldiers were sent to Kharkiv.", "2,000 soldiers", ""},
		// Who killed or captured them is not whose they were; who lost
		// them is.
		{"de", "Valdonien hat drei orvandische Soldaten getötet.", "drei orvandische Soldaten", "Orvand"},
		{"en", "Valdonia killed three soldiers in an ambush.", "three soldiers", ""},
		{"en", "Orvand has lost 140 soldiers since August.", "140 soldiers", "Orvand"},
		// The subject before a relative clause owns the sums after it.
		{"en", "Germany, which pledged €10 million on the day after the quake, raised its contribution to €25 million on Monday.", "€25 million", "Deutschland|Germany"},
		// A pronoun stands for the party named before.
		{"de", "Bitter ist der Abend für die Freien Bürger (FB). Mit 4,97 Prozent verfehlten sie die Fünf-Prozent-Hürde um nur rund 400 Stimmen.", "4,97 Prozent", "FB|Freien Bürger|Freie Bürger"},
		// A party's short form in parentheses does not end its clause.
		{"de", "Die Heimatbewegung (HB) liegt bei 20,6 Prozent, die Ökoliste (ÖL) bei 10,5 Prozent.", "20,6 Prozent", "HB|Heimatbewegung"},
		{"en", "The Social League (SB) came second with 22.0%, just ahead of the HB.", "22.0%", "SB|Social League"},
	}
	for _, tt := range tests {
		f := groupedFigure(t, tt.text, "Die Lage in Karsenien, in Orvand, in Valdonien und in Drevan ist angespannt.", tt.figure)
		if f != nil && !slices.Contains(strings.Split(tt.actor, "|"), f.Actor) {
			t.Errorf("%q: actor %q (%s), want %q", tt.text, f.Actor, f.ActorID, tt.actor)
		}
	}
}

// groupedFigure is the figure of the given text in the first of two
// articles holding text and filler (two, so that invented names are
// entities), after grouping.
func groupedFigure(t *testing.T, text, filler, figure string) *Figure {
	t.Helper()
	md := "# Lage\n\n" + text + "\n\n" + filler + "\n"
	arts, _ := LoadFS(fstest.MapFS{"a.md": {Data: []byte(md)}, "b.md": {Data: []byte(md)}})
	c := New(arts, nil)
	c.Groups()
	for _, f := range c.Figures() {
		if f.Article == "a.md" && f.Text == figure {
			return f
		}
	}
	t.Errorf("%q: no figure %q", text, figure)
	return nil
}

// Who offers, demands or pledges a sum says so, when no one else is named.
func TestOwnerSaysItself(t *testing.T) {
	tests := []struct {
		text, figure, source string
	}{
		{"Nordmark-Bahn has offered 4.2 percent over two years.", "4.2 percent", "Nordmark-Bahn"},
		{"Valdonien hat 20 Millionen Euro Hilfe zugesagt.", "20 Millionen Euro", "Valdonien"},
		{"Valdonien hat 20 Millionen Euro Hilfe zugesagt, sagte ein Sprecher der Regierung.", "20 Millionen Euro", "Sprecher der Regierung"},
	}
	for _, tt := range tests {
		filler := "Die Lage in Karsenien, in Orvand, in Valdonien und bei der Nordmark-Bahn ist angespannt."
		if strings.Contains(tt.text, " has ") {
			filler = "The situation at Nordmark-Bahn and in Valdonia is tense, and the talks are stuck."
		}
		if f := groupedFigure(t, tt.text, filler, tt.figure); f != nil && f.Attribution != tt.source {
			t.Errorf("%q: source %q, want %q", tt.text, f.Attribution, tt.source)
		}
	}
}
