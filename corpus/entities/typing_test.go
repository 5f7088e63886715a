package entities

import (
	"testing"

	"quellen/corpus/article"
)

// TestSingleWordTyping: a lone capitalised word is a person only with
// evidence of one, and the words before it can make it an organisation.
func TestSingleWordTyping(t *testing.T) {
	tests := []struct {
		rule, text, name string
		typ              Type // "" means: must not be an entity
		not              Type // if set: whatever it is, not this
	}{
		{"Slavic-looking company after such as", "Passengers switched to rivals such as Arriva or Netinera.", "Netinera", Org, ""},
		{"coordinated company takes the list's type", "Passengers switched to rivals such as Arriva or Netinera.", "Arriva", Org, ""},
		{"ending -ov alone is no person", "Die Software von Kaspersky wird in Behörden oft durch Produkte wie Tessov ersetzt.", "Tessov", "", Person},
		{"company after Anbieter", "Kunden des Anbieters Tibber zahlen weniger.", "Tibber", Org, ""},
		{"company after operator", "Trains run by the operator Vlexx kept running.", "Vlexx", Org, ""},
		{"heads of a company", "The minister met the heads of Thyssenkrupp in Essen.", "Thyssenkrupp", Org, ""},
		{"Chef von", "Das sagte der Chef von Hensoldt am Rande der Messe.", "Hensoldt", Org, ""},
		{"loanword with -ow", "Deutschland fehlt das Knowhow für solche Anlagen. Beim Knowhow hapert es.", "Knowhow", "", Person},
		{"surname with a title stays a person", "Das sagte Außenminister Lawrow am Montag.", "Lawrow", Person, ""},
		{"surname with a speech verb stays a person", "Die Lage sei ernst, sagte Petrow.", "Petrow", Person, ""},
		{"surname linked to a full name stays a person", "Iwan Petrow kam nach Berlin. Petrow blieb zwei Tage.", "Petrow", Person, ""},
		{"name ends on a noun after a short word", "Der Fahrgastverband Pro Fahrrad lobte den Plan.", "Pro Fahrrad", Org, ""},
		{"the kind of association is no part of its name", "Der Fahrgastverband Pro Fahrrad lobte den Plan.", "Fahrgastverband Pro Fahrrad", "", ""},
		{"word before a genitive org name is cut", "Die Hotline der Kessler Bank ist frei.", "Kessler Bank", Org, ""},
		{"word before a genitive org name is no entity", "Die Hotline der Kessler Bank ist frei.", "Hotline der Kessler Bank", "", ""},
		{"genitive head folded", "Ein Sprecher des Landesverbands der Bayerischen Imker widersprach.", "Landesverband der Bayerischen Imker", Org, ""},
		{"genitive -es head folded", "Ein Sprecher des Verbandes Deutscher Reeder sagte das.", "Verband Deutscher Reeder", Org, ""},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			ents := extract(t, nil, tc.text)
			e := find(ents, tc.name)
			switch {
			case tc.not != "":
				if e != nil && e.Type == tc.not {
					t.Errorf("%q typed %s; all: %s", tc.name, e.Type, names(ents))
				}
			case tc.typ == "" && e != nil:
				t.Errorf("%q reported as %s entity; all: %s", tc.name, e.Type, names(ents))
			case tc.typ != "" && e == nil:
				t.Errorf("%q not found; got: %s", tc.name, names(ents))
			case tc.typ != "" && e.Type != tc.typ:
				t.Errorf("%q typed %s, want %s; all: %s", tc.name, e.Type, tc.typ, names(ents))
			}
		})
	}
}

// TestHeadAlias: the head noun alone of an "Adjective Noun" organisation
// links to it within the same article only.
func TestHeadAlias(t *testing.T) {
	tests := []struct {
		rule  string
		texts []string
		full  string
		head  string
		want  int // mentions of head linked to full
	}{
		{"German rail", []string{"Die Deutsche Bahn erhöht die Preise. Die Bahn begründet das mit Kosten."}, "Deutsche Bahn", "Bahn", 1},
		{"regional bank", []string{"Die Bayerische Landesbank meldet Gewinn. Die Landesbank zahlt mehr."}, "Bayerische Landesbank", "Landesbank", 1},
		{"other article is not linked", []string{"Die Deutsche Bahn erhöht die Preise.", "Die Bahn fährt heute nicht."}, "Deutsche Bahn", "Bahn", 0},
		{"part of another name", []string{"Die Deutsche Bahn streikt. Der Verein Pro Bahn klagt."}, "Deutsche Bahn", "Bahn", 0},
		{"compound is no mention", []string{"Die Deutsche Bahn streikt. Die Bahnhöfe sind leer."}, "Deutsche Bahn", "Bahn", 0},
		{"colour adjective is no org kind", []string{"Das Weiße Haus schweigt. Im Haus brennt Licht."}, "Weiße Haus", "Haus", 0},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			ents := extract(t, nil, tc.texts...)
			e := find(ents, tc.full)
			if e == nil {
				t.Fatalf("%q not found; got %s", tc.full, names(ents))
			}
			got := 0
			for _, m := range e.Mentions {
				if m.Text == tc.head {
					got++
				}
			}
			if got != tc.want {
				t.Errorf("%d mentions %q linked to %q, want %d", got, tc.head, tc.full, tc.want)
			}
		})
	}
}

// TestBylinePlace: a byline's name is skipped, a known place after it is
// kept; an unknown word after it is not.
func TestBylinePlace(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Von Jana Lindqvist, Wien", "Wien", true},
		{"Von Jana Lindqvist, Wien", "Jana Lindqvist", false},
		{"By Tom Okafor, Paris", "Paris", true},
		{"Von Jana Lindqvist, Korrespondentin", "Korrespondentin", false},
		{"Von Jana Lindqvist, Brelloh", "Brelloh", false},
	}
	for _, tc := range tests {
		a, _, err := article.Parse("x.txt", []byte("Titel der Meldung\n\n"+tc.text+"\n\nDer Text der Meldung folgt hier in einem Satz."))
		if err != nil {
			t.Fatal(err)
		}
		ents := Extract([]*article.Article{a}, nil)
		if got := find(ents, tc.name) != nil; got != tc.want {
			t.Errorf("%q: %q found %v, want %v; all: %s", tc.text, tc.name, got, tc.want, names(ents))
		}
	}
}

// The outlet an article comes from is an organisation wherever its name
// stands: in a dateline, as the source of a count.
func TestOutletIsOrg(t *testing.T) {
	md := "---\ntitle: Ship fire closes port\nsource: Baltwire\n---\n\nKESSELSUND, Sept 22 (Baltwire) - A fire closed the port on Monday.\n\nA dozen vessels were waiting, according to data compiled by Baltwire.\n"
	a, _, err := article.Parse("a.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	ents := Extract([]*article.Article{a}, nil)
	if e := find(ents, "Baltwire"); e == nil || e.Type != Org {
		t.Errorf("Baltwire: %v; all: %s", e, names(ents))
	}
}

// Words that name no entity however they stand: a time of day after
// "nach", currencies and units in capitals, an English word that only
// folds like a place's name.
func TestNoEntityWords(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Ein Ergebnis erwartet die Landeswahlleiterin erst nach Mitternacht.", "Mitternacht"},
		{"Die Hilfe beträgt CHF 12 Mio., die Ladung 14.000 TEU.", "CHF"},
		{"Die Hilfe beträgt CHF 12 Mio., die Ladung 14.000 TEU.", "TEU"},
		{"The chamber met for the first time in Room 2 on Tuesday.", "Rom"},
		{"The chamber met for the first time in Room 2 on Tuesday.", "Room"},
		{"Orvandische Soldaten: bis zu 7000. Orvand schweigt dazu.", "Orvandische"},
	}
	for _, tc := range tests {
		a, _, err := article.Parse("x.txt", []byte("Titel der Meldung\n\n"+tc.text+"\n\nDer Text der Meldung folgt hier in einem Satz."))
		if err != nil {
			t.Fatal(err)
		}
		if e := find(Extract([]*article.Article{a}, nil), tc.name); e != nil {
			t.Errorf("%q: %q is an entity (%s %q)", tc.text, tc.name, e.Type, e.Name)
		}
	}
}

// Ships and companies by form: a name aboard, in quotes or after a
// vessel noun is a thing, never a person; Line, Salvage, Marine end
// companies' names.
func TestShipsAndFirms(t *testing.T) {
	tests := []struct {
		text, name string
		want       Type
	}{
		{"A week after fire broke out aboard the Helmsdale Spirit, the port is still closed.", "Helmsdale Spirit", Other},
		{"Der Brand auf der „Helmsdale Spirit“ ist gelöscht.", "Helmsdale Spirit", Other},
		{"The port reopened when the freighter Nordic Tern sailed on Monday.", "Nordic Tern", Other},
		{"The Danish operator Orsund Line said 38 containers had gone overboard.", "Orsund Line", Org},
		{"Salvors from Dutch firm Van Rijn Salvage lifted 22 containers.", "Van Rijn Salvage", Org},
	}
	for _, tc := range tests {
		a, _, err := article.Parse("x.txt", []byte("Titel der Meldung\n\n"+tc.text+"\n\nThe rest of the report follows here in one sentence."))
		if err != nil {
			t.Fatal(err)
		}
		ents := Extract([]*article.Article{a}, nil)
		e := find(ents, tc.name)
		switch {
		case tc.want == Other && e != nil && e.Type == Person:
			t.Errorf("%q: %q is a person", tc.text, tc.name) // a thing may also be dropped
		case tc.want != Other && (e == nil || e.Type != tc.want):
			t.Errorf("%q: %q is %v, want %s; all: %s", tc.text, tc.name, e, tc.want, names(ents))
		}
	}
}

// One acronym spelled two ways, with an umlaut and as transliterated,
// links the German and the English name.
func TestAcronymSpellings(t *testing.T) {
	ents := extract(t, nil,
		"Wahl\n\nDie Ökoliste (ÖL) kommt auf 10,5 Prozent. Die ÖL will mitregieren.",
		"Vote\n\nThe Eco List (OeL) took 10.4%. The OeL wants to govern.")
	e := find(ents, "Ökoliste")
	if e == nil || find(ents, "Eco List") != e || find(ents, "OeL") != e {
		t.Errorf("Ökoliste %v, Eco List %v; all: %s", e, find(ents, "Eco List"), names(ents))
	}
}

// A family name that is also a place's ("Havel", "London") stays with
// the given name before it.
func TestFamilyNameLikePlace(t *testing.T) {
	ents := extract(t, nil, "Flucht\n\nHunderttausende sind auf der Flucht, sagt Mira Havel vom Hilfsnetzwerk. Auch in Berlin und Potsdam wird gesammelt.")
	if e := find(ents, "Mira Havel"); e == nil || e.Type != Person {
		t.Errorf("Mira Havel: %v; all: %s", e, names(ents))
	}
	if e := find(ents, "Havel"); e != nil && e.Type == Place {
		t.Errorf("Havel is a place here; all: %s", names(ents))
	}
}

// A relief body named after a place is an organisation; aid is none.
func TestAidCompounds(t *testing.T) {
	ents := extract(t, nil, "Flut\n\nDie Spendenaktion Wernauhilfe hat nach eigenen Angaben fast 12.000 Euro gesammelt. Die Soforthilfe des Landes beträgt 5.000 Euro.")
	if e := find(ents, "Wernauhilfe"); e == nil || e.Type != Org {
		t.Errorf("Wernauhilfe: %v; all: %s", e, names(ents))
	}
	if e := find(ents, "Soforthilfe"); e != nil {
		t.Errorf("Soforthilfe is an entity: %v", e)
	}
}
