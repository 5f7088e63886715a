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
		if got := unitOrFrame(f, w.unit); w.unit != "" && got != w.unit {
			t.Errorf("%q: %q unit %q, want %q", in, w.text, got, w.unit)
		}
		if w.attr != "" && w.attr != "-" && f.Attribution != w.attr {
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
		// Magnitudes, ages, reading times, codes, stamps and dates.
		{"en", "It put the magnitude at 6.8 and the depth at 12 km.", []string{"6.8"}, []figureRow{{text: "12 km", value: 12}}},
		{"de", "Das stärkste Nachbeben erreichte eine Stärke von 5,6.", []string{"5,6"}, nil},
		{"de", "Der Feuerwehrmann wurde von der Strömung mitgerissen. Er wurde 52 Jahre alt.", []string{"52 Jahre"}, nil},
		{"de", "Die letzte Überlebende, eine Frau von 73 Jahren, fanden sie nach fünf Tagen.", []string{"73 Jahren"}, nil},
		{"de", "Lesezeit: 5 Minuten", []string{"5 Minuten"}, nil},
		{"de", "Spenden: Solidaritätswerk, Vermerk «Ozran», PC-Konto 80-4511-3.", []string{"80", "80-4511"}, nil},
		{"de", "dpn cb/rt 201645 Okt 25", []string{"201645", "201645 Okt"}, nil},
		{"en", "Between 5 and 6 March, up to 140 litres of rain fell.", []string{"5"}, []figureRow{{text: "up to 140 litres", value: 140}}},
		{"de", "Die Fernstraße M 4 zwischen Melvar und Tamrut ist verschüttet.", []string{"4"}, nil},
		{"de", "Fahrgemeinschaft über die Pendler-Gruppe Nr. 7 in Sielhorst.", []string{"7"}, nil},
		{"en", "The paper appears every Friday. Issue 212.", []string{"212"}, nil},
		{"de", "Die Staatsanwaltschaft (Az. 402 Js 1187/25) ermittelt.", []string{"402"}, nil},
		{"en", "Support our reporting: Give $25 a month.", []string{"$25"}, nil},
		{"de", "Jetzt 10 Euro spenden!", []string{"10 Euro"}, nil},
		{"en", "Japan will give $18 million in aid.", nil, []figureRow{{text: "$18 million", value: 18e6}}},
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
		{"en", "Police put the crowd in the cathedral square at 3,000; organisers said 7,000.",
			[]figureRow{{text: "3,000", kind: KindCount, unit: "people/participating", attr: "Police"},
				{text: "7,000", kind: KindCount, unit: "people/participating", attr: "organisers"}}},
		{"en", "The coalition would command 57 seats, well above the 46 needed for a majority.",
			[]figureRow{{text: "46", kind: KindCount, unit: "seats"}}},
		{"en", "The party says the donations amounted to 90,000 euros.", []figureRow{{text: "90,000 euros", kind: KindMoney, attr: "party"}}},
		{"en", "Prosecutors suspect him of accepting at least 250,000 euros.", []figureRow{{text: "at least 250,000 euros", kind: KindMoney, attr: "Prosecutors"}}},
		{"de", "Die Zahl der Verletzten stieg bis zum Abend auf 27.", []figureRow{{text: "27", kind: KindCount, unit: "people/wounded"}}},
		{"en", "The number of dead rose to 9 overnight.", []figureRow{{text: "9", kind: KindCount, unit: "people/killed"}}},
		{"de", "Vermisste: 7", []figureRow{{text: "7", kind: KindCount, unit: "people/missing"}}},
		{"en", "The damage is put at 40 million euros a day; analysts say between 20 and 30 million.",
			[]figureRow{{text: "between 20 and 30 million", kind: KindMoney, unit: "EUR"}}},
		{"de", "Die Polizei sprach von „rund 6000“ Teilnehmenden.", []figureRow{{text: "rund 6000“ Teilnehmenden", kind: KindCount}}},
		// Too far apart in value: no inheritance.
		{"de", "Es kamen 20 Busse, am Ende waren es 5000.", []figureRow{{text: "5000", kind: KindOther}}},
		// The noun the text last named, in the sentence before.
		{"en", "Nobody has a good number for the displaced. The relief network now says 1.4 million.",
			[]figureRow{{text: "1.4 million", kind: KindCount, unit: "people/evacuated"}}},
		{"de", "Immer mehr Soldaten wurden an die Grenze verlegt. Beobachter kamen am Montag auf etwa 11.000.",
			[]figureRow{{text: "etwa 11.000", kind: KindCount, unit: "soldiers"}}},
		// A part takes its whole's noun whatever its value; a qualifier or
		// a word that only ends like a noun is no noun to carry over.
		{"de", "Rund 1.300 Häuser sind beschädigt, 47 davon so schwer, dass sie nicht mehr bewohnbar sind.",
			[]figureRow{{text: "47", kind: KindCount, unit: "homes"}}},
		{"de", "Rund 1.300 Häuser sind nach einer ersten Bilanz des Landkreises beschädigt, 47 davon so schwer, dass sie unbewohnbar sind.",
			[]figureRow{{text: "Rund 1.300 Häuser", unit: "homes/damaged"}, {text: "47", kind: KindCount, unit: "homes"}}},
		{"en", "The rebels killed three and captured two, the front said.",
			[]figureRow{{text: "three", unit: "people/killed"}, {text: "two", unit: "people/captured"}}},
		{"de", "Tote: 14, davon 11 im Landkreis", []figureRow{{text: "11", kind: KindCount, unit: "people/killed"}}},
		{"en", "The party is growing. Its leader claims membership has surpassed 12,000.", []figureRow{{text: "surpassed 12,000", kind: KindCount, unit: "members"}}},
		// A label of two words before a colon.
		{"de", "Orvandische Soldaten: bis zu 7000", []figureRow{{text: "bis zu 7000", kind: KindCount, unit: "soldiers", q: AtMost}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, nil)
	}
}

// Attribution names a speaker or an authority, never a date, an object or
// a possessive fragment, and does not leak into other clauses (F7, F8).
func TestAttributionRules(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []figureRow
	}{
		{"en", "The city will spend $40 million on the dam, Mayor Ellen Park announced Monday after the vote.",
			[]figureRow{{text: "$40 million", attr: "Mayor Ellen Park"}}},
		// An earlier estimate set against a figure is its owner's.
		{"en", "The ministry put the total damage at €410 million on Wednesday, far above the district's first estimate of at least €250m.",
			[]figureRow{{text: "€410 million", unit: "cost/cost", attr: "ministry"}, {text: "at least €250m", unit: "cost/cost", attr: "district's first estimate"}}},
		// A list goes on with the source of its first item: in one
		// sentence, and for shares in the next.
		{"de", "Nach der Prognose des Instituts Kompass liegt die VdM bei 31,5 Prozent (2020: 34,2). Der Sozialbund kommt auf 23 Prozent.",
			[]figureRow{{text: "31,5 Prozent", attr: "Institut Kompass"}, {text: "23 Prozent", attr: "Institut Kompass"}}},
		{"en", "Divers recovered the bodies of two crew members, police said. Of the 24 crew, 21 were rescued.",
			[]figureRow{{text: "two crew members", attr: "police"}, {text: "21", attr: "-"}}},
		// A time after the cue is no figure of another clause.
		{"en", "The VdM won 30.2% of the vote, according to figures released by returning officer Petra Haug at 1:40 a.m.",
			[]figureRow{{text: "30.2% of the vote", attr: "returning officer Petra Haug"}}},
		// "The company", "die Gewerkschaft": the organisation of that kind
		// the text named, by apposition, by a noun before it or by its name.
		{"en", "Nordmark-Bahn, a regional rail operator, halted services. The company said 900 trains were cancelled.",
			[]figureRow{{text: "900 trains", attr: "Nordmark-Bahn"}}},
		{"de", "Die Vereinigung Norddeutscher Lokführer (VNL) rief zum Streik auf. Die Gewerkschaft fordert 8,5 Prozent mehr Lohn.",
			[]figureRow{{text: "8,5 Prozent", attr: "VNL"}}},
		{"de", "Die Reederei Orsund Line meldete den Unfall. Nach Angaben des Unternehmens sind 1.000 Container beschädigt.",
			[]figureRow{{text: "1.000 Container", attr: "Orsund Line"}}},
		{"de", "Die Gewerkschaft fordert 8,5 Prozent mehr Lohn.", []figureRow{{text: "8,5 Prozent", attr: "Gewerkschaft"}}},
		// "wie X mitteilte", "as X said" closing the clause; "hätte" goes on
		// in reported speech.
		{"de", "Zweitausend weitere Soldaten sollen verlegt werden, wie das orvandische Verteidigungsministerium am Montag in Halden mitteilte. Damit hätte Orvand insgesamt rund 7000 Soldaten entsandt.",
			[]figureRow{{text: "Zweitausend weitere Soldaten", attr: "orvandisches Verteidigungsministerium"}, {text: "rund 7000 Soldaten", attr: "orvandisches Verteidigungsministerium"}}},
		{"en", "About 2,000 more soldiers will be sent, as the defence ministry said on Monday.",
			[]figureRow{{text: "About 2,000 more soldiers", attr: "defence ministry"}}},
		// A report whose relative clause names who gave it; a list of
		// shares goes on past a sentence of another kind of figure.
		{"de", "Nach dem vorläufigen Endergebnis, das Landeswahlleiterin Petra Haug verkündete, kommt die VdM auf 30,2 Prozent. Das sind vier Punkte weniger. Der Sozialbund erreicht 22,0 Prozent.",
			[]figureRow{{text: "30,2 Prozent", attr: "Landeswahlleiterin Petra Haug"}, {text: "22,0 Prozent", attr: "Landeswahlleiterin Petra Haug"}}},
		// A count names itself: "by official count", "nach offizieller Zählung".
		{"en", "Homeless: 180,000 by official count, as many as 250,000 according to local groups.",
			[]figureRow{{text: "180,000", attr: "official count"}, {text: "as many as 250,000", attr: "local groups"}}},
		{"de", "Nach offizieller Zählung sind 180.000 Menschen obdachlos.", []figureRow{{text: "180.000 Menschen", attr: "offizielle Zählung"}}},
		// A figure "reported by" someone is theirs, not the sentence's speaker's.
		{"en", "The survey located 74 containers, the port authority said, nearly double the 38 reported by operator Orsund Line.",
			[]figureRow{{text: "74 containers", attr: "port authority"}, {text: "38", attr: "operator Orsund Line"}}},
		{"en", "The treasurer said Boston faced a gap of $12 million.", []figureRow{{text: "$12 million", attr: "-"}}},
		{"en", "Canada's Defence Staff puts enemy losses at 5,400 troops.", []figureRow{{text: "5,400 troops", attr: "Canada's Defence Staff"}}},
		{"en", "The ministry estimates Poland's losses at 300 tanks.", []figureRow{{text: "300 tanks", attr: "ministry"}}},
		{"de", "Die Stadt schätzt den Schaden auf 40 Millionen Euro.", []figureRow{{text: "40 Millionen Euro", attr: "Stadt"}}},
		{"de", "Rund 900 Menschen verloren ihre Wohnung, die Stadt schätzt den Schaden auf 40 Millionen Euro.",
			[]figureRow{{text: "Rund 900 Menschen", attr: "-"}, {text: "40 Millionen Euro", attr: "Stadt"}}},
		// The other side of a dispute, in a clause without a verb.
		{"de", "Die Gewerkschaft spricht von bis zu 1.700 Streikenden, das Unternehmen von höchstens 900.",
			[]figureRow{{text: "bis zu 1.700 Streikenden", attr: "Gewerkschaft"}, {text: "höchstens 900", attr: "Unternehmen"}}},
		{"en", "He said about 1,400 workers had joined, well above the company's count of fewer than 800.",
			[]figureRow{{text: "fewer than 800", attr: "company's count"}}},
		{"de", "Die Zahl der Vertriebenen übersteigt 1,3 Millionen, die Regierung in Tirsk spricht von 800.000.",
			[]figureRow{{text: "800.000", attr: "Regierung in Tirsk"}}},
		{"de", "Die Polizei zählte 3000 Teilnehmer, die HB selbst hatte am Abend 7000 gemeldet.",
			[]figureRow{{text: "3000 Teilnehmer", attr: "Polizei"}, {text: "7000", attr: "HB"}}},
		{"en", "About 11,000 troops are now deployed, the Drevan Conflict Monitor (DCM) estimated.", []figureRow{{text: "About 11,000 troops", attr: "Drevan Conflict Monitor"}}},
		{"de", "Orvand hat nach eigenen Angaben inzwischen 5000 Soldaten nach Karsenien entsandt.", []figureRow{{text: "5000 Soldaten", attr: "Orvand"}}},
		{"en", "The Karsenian Defence Ministry's latest figure is 420.", []figureRow{{text: "420", attr: "Karsenian Defence Ministry's latest figure"}}},
		{"de", "Rund 12.000 Soldaten hat Karsenien in der Provinz zusammengezogen. So jedenfalls rechnet das Verteidigungsministerium.", []figureRow{{text: "Rund 12.000 Soldaten", attr: "Verteidigungsministerium"}}},
		{"de", "Die Zahl der Toten ist auf 14 gestiegen. Das teilte die Polizei mit.", []figureRow{{text: "14", attr: "Polizei"}}},
		// An abbreviation of what is counted, a currency: no source.
		{"en", "The port handled 2.9 million twenty-foot equivalent units (TEU) last year.", []figureRow{{text: "2.9 million twenty-foot equivalent units", attr: "-"}}},
		{"en", "The canton gave CHF 12m for shelters.", []figureRow{{text: "CHF 12m", attr: "-"}}},
		{"en", "Police put the crowd at 4,000; organizers said 9,000.",
			[]figureRow{{text: "4,000", attr: "Police"}, {text: "9,000", attr: "organizers"}}},
		{"de", "Schaden: 80 Mio. Euro (Landesregierung), bis zu 95 Mio. Euro (BVR)",
			[]figureRow{{text: "80 Mio. Euro", attr: "Landesregierung"}, {text: "bis zu 95 Mio. Euro", attr: "BVR"}}},
		{"de", "Nach Polizeiangaben kamen rund 3.000 Menschen.", []figureRow{{text: "rund 3.000 Menschen", attr: "Polizei"}}},
		{"de", "Nach Verbandsangaben fehlen 1.200 Fahrer.", []figureRow{{text: "1.200 Fahrer", attr: "Verband"}}},
		{"de", "Nach ersten Schätzungen der Stadtverwaltung sind 400 Häuser beschädigt.", []figureRow{{text: "400 Häuser", attr: "Stadtverwaltung"}}},
		{"de", "Die Feuerwehr hat nach eigenen Angaben 40 Fahrzeuge im Einsatz.", []figureRow{{text: "40 Fahrzeuge", attr: "Feuerwehr"}}},
		{"de", "Das Institut der deutschen Wirtschaft schätzt die Kosten auf 20 Mio. Euro.", []figureRow{{text: "20 Mio. Euro", attr: "Institut der deutschen Wirtschaft"}}},
		{"en", "ROME — The government approved 2 billion euros in aid on Friday.", []figureRow{{text: "2 billion euros", attr: "-"}}},
		{"en", "The opposition accused the government of ignoring the 2019 fire, in which 12 people died.", []figureRow{{text: "12 people", attr: "-"}}},
		// A sentence of its own keeps no source of the sentence before; indirect speech does.
		{"de", "Nach Angaben des Wetterdienstes fielen 80 Liter Regen. 300 Helfer sind im Einsatz.", []figureRow{{text: "300 Helfer", attr: "-"}}},
		{"de", "Nach Angaben des Wetterdienstes fielen 80 Liter Regen. Bis Freitag seien weitere 40 Liter möglich.", []figureRow{{text: "40 Liter", attr: "Wetterdienst"}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, nil)
	}
}

// unitOrFrame is a figure's unit, or, when want is "thing/measure", its
// frame's thing and measure.
func unitOrFrame(f *Figure, want string) string {
	if strings.Contains(want, "/") && want != "km/h" {
		return f.Thing + "/" + string(f.Measure)
	}
	return f.Unit
}

// An English singular noun before a plural counted noun modifies it; a
// verb after a singular noun does not.
func TestEnglishNounCompounds(t *testing.T) {
	tests := []struct {
		in   string
		want []figureRow
	}{
		{"The line operates 64 container ships on the route.", []figureRow{{text: "64 container ships", kind: KindCount, unit: "ships"}}},
		{"About 4,800 containers were aboard.", []figureRow{{text: "About 4,800 containers", kind: KindCount, unit: "containers"}}},
		{"One person dies every day.", []figureRow{{text: "One person", kind: KindCount, unit: "people/killed"}}},
	}
	for _, tt := range tests {
		checkFigures(t, "en", tt.in, tt.want, nil)
	}
}
