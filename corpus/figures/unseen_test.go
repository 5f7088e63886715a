package figures

import (
	"strings"
	"testing"

	"quellen/corpus/article"
)

// TestNewFigureRules checks the value, unit and scope rules on sentences of
// our own.
func TestNewFigureRules(t *testing.T) {
	tests := []struct {
		lang, in, text string
		value          float64
		q              Qualifier
		kind           FigureKind
		unit           string
	}{
		{"en", "The strike costs roughly half a billion euros in total.", "roughly half a billion euros", 5e8, Approx, KindMoney, "EUR"},
		{"de", "Der Schaden liegt bei einer halben Milliarde Euro.", "einer halben Milliarde Euro", 5e8, Exact, KindMoney, "EUR"},
		{"en", "The city will spend 1.5 billion euros on dams.", "1.5 billion euros", 1.5e9, Exact, KindMoney, "EUR"},
		{"en", "Turnout was well below 20,000 voters.", "well below 20,000 voters", 20000, AtMost, KindCount, "voters"},
		{"de", "Der Pegel stieg auf 512 Zentimeter.", "512 Zentimeter", 5.12, Exact, KindDistance, "m"},
		{"de", "Das Feuer zerstörte 30 Quadratkilometer Wald.", "30 Quadratkilometer", 3000, Exact, KindOther, "ha"},
		{"en", "Flames burned about 20 square kilometres of pine.", "about 20 square kilometres", 2000, Approx, KindOther, "ha"},
		{"en", "Gusts reached 90km/h on the ridge.", "90km/h", 90, Exact, KindOther, "km/h"},
		{"de", "Böen mit bis zu 80 Kilometern pro Stunde.", "bis zu 80 Kilometern pro Stunde", 80, AtMost, KindOther, "km/h"},
		{"de", "Mehr als 300 Feuerwehrleute waren im Einsatz.", "Mehr als 300 Feuerwehrleute", 300, AtLeast, KindCount, "responders"},
		{"en", "Some 3,000 strikers marched.", "Some 3,000 strikers", 3000, Approx, KindCount, "workers"},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		var f *Figure
		for _, g := range figs {
			if g.Text == tt.text {
				f = g
			}
		}
		if f == nil {
			t.Errorf("%q: no figure %q in %v", tt.in, tt.text, texts(figs))
			continue
		}
		if f.Value != tt.value || f.Qualifier != tt.q || f.Kind != tt.kind || f.Unit != tt.unit {
			t.Errorf("%q: %g %s %s %q, want %g %s %s %q", tt.text, f.Value, f.Qualifier, f.Kind, f.Unit, tt.value, tt.q, tt.kind, tt.unit)
		}
	}
}

func texts(figs []*Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, f.Text)
	}
	return out
}

// TestConversionsAndPeriods: a conversion in parentheses is no figure of its
// own; a figure set in another year carries that period.
func TestConversionsAndPeriods(t *testing.T) {
	tests := []struct {
		lang, in string
		figures  []string // text|period
	}{
		{"en", "The fire burned 5,000 hectares (19 square miles) by noon.", []string{"5,000 hectares|"}},
		{"en", "Damage reached 1.2 billion euros ($1.4 billion), officials said.", []string{"1.2 billion euros|"}},
		{"de", "Damals starben 30 Menschen.", []string{"30 Menschen|past"}},
		{"en", "The 1997 flood killed 40 people.", []string{"40 people|1997"}},
		{"en", "More than 9,000 hectares burned last year.", []string{"More than 9,000 hectares|2024"}},
		{"de", "Im Vorjahr brannten 9000 Hektar.", []string{"9000 Hektar|2024"}},
		{"de", "In den 1980er Jahren brannten jährlich 2000 Hektar.", []string{"2000 Hektar|1980s"}},
		{"en", "Since 2010 the state has spent 900 million euros.", []string{"900 million euros|"}},
		// A deadline still to come is a plan made now; one passed is then.
		{"de", "Das Parlament bewilligte bis Ende 2026 zusätzlich 2,4 Mrd. Euro.", []string{"2,4 Mrd. Euro|"}},
		{"en", "The state will spend €1.2bn by the end of 2035.", []string{"€1.2bn|"}},
		{"en", "The city had planted 4,000 trees by 2019.", []string{"4,000 trees|2019"}},
		{"en", "The government has budgeted €9 billion for aid in 2026.", []string{"€9 billion|2026"}},
		// A record's year compared with after the figure is not its time;
		// the record's own value is.
		{"en", "The river peaked at 7.84 metres, above the 1998 record.", []string{"7.84 metres|"}},
		{"de", "Der Pegel erreichte 7,84 Meter und übertraf den Rekord von 1998.", []string{"7,84 Meter|"}},
		{"de", "Der bisherige Rekord aus dem Jahr 1998 lag bei 7,31 Metern.", []string{"7,31 Metern|1998"}},
		// A year labelling the figure, a span ago beside it.
		{"de", "Die VdM liegt bei 31,5 Prozent (2020: 34,2).", []string{"31,5 Prozent|", "34,2|2020"}},
		{"en", "The VdM won 30.1% of the vote, against 34.2% five years ago.", []string{"30.1% of the vote|", "34.2%|past"}},
	}
	for _, tt := range tests {
		a := testArticle(tt.lang, tt.in)
		a.Date = "2025-05-01"
		figs := ExtractAll([]*article.Article{a})
		Groups(figs, Options{})
		var got []string
		for _, f := range figs {
			got = append(got, f.Text+"|"+f.Period)
		}
		if strings.Join(got, ",") != strings.Join(tt.figures, ",") {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.figures)
		}
	}
}
