package figures

import (
	"strings"
	"testing"
)

// figureRow is what a rule test checks of one figure; empty fields and a
// zero value are not checked.
type figureRow struct {
	text  string
	value float64
	q     Qualifier
	kind  FigureKind
	unit  string
	attr  string
}

func checkFigures(t *testing.T, lang, in string, want []figureRow, absent []string) {
	t.Helper()
	figs := Extract(testArticle(lang, in))
	byText := map[string]*Figure{}
	var texts []string
	for _, f := range figs {
		byText[f.Text] = f
		texts = append(texts, f.Text)
	}
	for _, w := range want {
		f := byText[w.text]
		if f == nil {
			t.Errorf("%q: no figure %q; got %q", in, w.text, texts)
			continue
		}
		if w.value != 0 && f.Value != w.value {
			t.Errorf("%q: %q value %v, want %v", in, w.text, f.Value, w.value)
		}
		if w.q != "" && f.Qualifier != w.q {
			t.Errorf("%q: %q qualifier %s, want %s", in, w.text, f.Qualifier, w.q)
		}
		if w.kind != "" && f.Kind != w.kind {
			t.Errorf("%q: %q kind %s, want %s", in, w.text, f.Kind, w.kind)
		}
		if w.unit != "" && f.Unit != w.unit {
			t.Errorf("%q: %q unit %q, want %q", in, w.text, f.Unit, w.unit)
		}
		if w.attr != "" && f.Attribution != w.attr {
			t.Errorf("%q: %q attribution %q, want %q", in, w.text, f.Attribution, w.attr)
		}
		if w.attr == "-" && f.Attribution != "" {
			t.Errorf("%q: %q attribution %q, want none", in, w.text, f.Attribution)
		}
	}
	for _, a := range absent {
		for _, txt := range texts {
			if strings.Contains(txt, a) {
				t.Errorf("%q: %q must be no figure; got %q", in, a, texts)
			}
		}
	}
}

// Numbers that name, date or age something are no figures (F9).
func TestNotFigures(t *testing.T) {
	tests := []struct {
		lang, in string
		absent   []string
		want     []figureRow
	}{
		{"en", "The talks began on Oct. 21 and ended Sept. 3 in Geneva.", []string{"21", "3"}, nil},
		{"en", "Strikes were planned for Nov. 20-21 across the country.", []string{"20", "21"}, nil},
		{"de", "Die B 172 bleibt zwischen Pirna und Dresden gesperrt.", []string{"172"}, nil},
		{"de", "Der ICE 599 fiel aus, ebenso der RE 5 nach Aachen.", []string{"599", "5"}, nil},
		{"en", "The A 14 was closed after 30 trucks crashed.", []string{"14"}, []figureRow{{text: "30 trucks", value: 30}}},
		{"de", "„Es war furchtbar“, sagte Anwohner Peter Lindner, 58, am Morgen.", []string{"58"}, nil},
		{"en", "Maria Sanchez, 47, a nurse, was among 12 people rescued.", []string{"47"}, []figureRow{{text: "12 people", value: 12}}},
		{"de", "Die Rentnerin Erika Vogt (83) wurde gerettet.", []string{"83"}, nil},
		{"de", "Die Ausgabe ist von 8 bis 18 Uhr geöffnet.", []string{"8", "18"}, nil},
		{"en", "The office is open from 9 to 5 pm on weekdays.", []string{"9"}, nil},
		// Not ages: a count after a place and a comma.
		{"de", "In Pirna, 300 Helfer waren im Einsatz.", nil, []figureRow{{text: "300 Helfer", value: 300}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, tt.absent)
	}
}

// Ratios are shares; model codes stay whole (F6); "über" after a
// programme states its amount (F10).
func TestRatiosCodesAmounts(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []figureRow
		absent   []string
	}{
		{"de", "Am Morgen fielen drei von vier Regionalzügen aus.", []figureRow{{text: "drei von vier Regionalzügen", value: 75, kind: KindPercent, unit: "percent"}}, nil},
		{"en", "One in five adults said they had skipped meals.", []figureRow{{text: "One in five adults", value: 20, kind: KindPercent}}, nil},
		{"en", "Officials said 3 out of 10 bridges were unsafe.", []figureRow{{text: "3 out of 10 bridges", value: 30, kind: KindPercent}}, nil},
		{"de", "Die Feuerwehr löschte 5 in 10 Tagen.", nil, []string{"5 in 10"}},
		{"en", "The army sent six CH-47 transport helicopters.", []figureRow{{text: "six CH-47 transport helicopters", value: 6, kind: KindCount, unit: "aircraft"}}, nil},
		{"de", "Die Luftwaffe schickte drei A400M-Transporter.", []figureRow{{text: "drei A400M-Transporter", value: 3, kind: KindCount}}, nil},
		{"de", "Das Land legte ein Hilfspaket über 200 Millionen Euro auf.", []figureRow{{text: "200 Millionen Euro", value: 2e8, q: Exact, kind: KindMoney}}, nil},
		{"de", "Sie erhielt einen Scheck über 5.000 Euro.", []figureRow{{text: "5.000 Euro", value: 5000, q: Exact}}, nil},
		{"de", "Es kamen über 5.000 Menschen.", []figureRow{{text: "über 5.000 Menschen", q: AtLeast}}, nil},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, tt.absent)
	}
}

// A bare number takes what it counts from its construction or from the
// figure it answers (F5).
func TestElidedSubjects(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []figureRow
	}{
		{"de", "Die Gewerkschaft zählte 9.000 Streikende, die Arbeitgeber sprachen von höchstens 6.000.",
			[]figureRow{{text: "höchstens 6.000", kind: KindCount, unit: "workers", q: AtMost}}},
		{"en", "Organizers counted 15,000 demonstrators; the city said fewer than 9,000.",
			[]figureRow{{text: "fewer than 9,000", kind: KindCount, q: AtMost}}},
		{"en", "Police put the crowd at about 3,500.", []figureRow{{text: "about 3,500", kind: KindCount, unit: "people"}}},
		{"de", "Die Zahl der Verletzten stieg bis zum Abend auf 27.", []figureRow{{text: "27", kind: KindCount, unit: "wounded"}}},
		{"en", "The number of dead rose to 9 overnight.", []figureRow{{text: "9", kind: KindCount, unit: "killed"}}},
		{"de", "Vermisste: 7", []figureRow{{text: "7", kind: KindCount, unit: "missing"}}},
		{"en", "The damage is put at 40 million euros a day; analysts say between 20 and 30 million.",
			[]figureRow{{text: "between 20 and 30 million", kind: KindMoney, unit: "EUR"}}},
		{"de", "Die Polizei sprach von „rund 6000“ Teilnehmenden.", []figureRow{{text: "rund 6000“ Teilnehmenden", kind: KindCount}}},
		// Too far apart in value: no inheritance.
		{"de", "Es kamen 20 Busse, am Ende waren es 5000.", []figureRow{{text: "5000", kind: KindOther}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, nil)
	}
}
