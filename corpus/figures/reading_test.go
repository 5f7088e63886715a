package figures

import "testing"

// TestReadingRules: the readings and non-figures real pages showed
// (issue 10), each as a general rule in German and English.
func TestReadingRules(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []figureRow
		absent   []string
	}{
		// Bounds said with verbs and idioms.
		{"en", "The death toll surpassed 300 on Monday.", []figureRow{{text: "surpassed 300", value: 300, q: AtLeast}}, nil},
		{"en", "Losses exceeded 2 billion euros.", []figureRow{{text: "exceeded 2 billion euros", q: AtLeast, kind: KindMoney}}, nil},
		{"de", "Die Zahl der Verletzten übersteigt 5'100.", []figureRow{{text: "übersteigt 5'100", value: 5100, q: AtLeast}}, nil},
		{"en", "The number of injured is approaching 600.", []figureRow{{text: "approaching 600", value: 600, q: Approx, unit: "people/wounded"}}, nil},
		{"de", "Nahezu 300 Verletzte wurden behandelt.", []figureRow{{text: "Nahezu 300 Verletzte", q: Approx}}, nil},
		{"en", "Damage could be as high as 3 billion euros.", []figureRow{{text: "as high as 3 billion euros", q: AtMost}}, nil},
		{"en", "The council says the true toll could be as high as 4,000 people.", []figureRow{{text: "as high as 4,000 people", q: AtMost, unit: "people/killed"}}, nil},
		{"en", "Aid groups warned that hundreds of thousands of people may have lost their homes.",
			[]figureRow{{text: "hundreds of thousands of people", unit: "people/evacuated", attr: "Aid groups"}}, nil},
		{"en", "The union lowered its demand from 8.5 percent to 7.5 percent.", []figureRow{{text: "7.5 percent", unit: "/demanded"}}, nil},
		// The value a figure is compared with is of the same thing.
		{"en", "Turnout rose to 63.4% from 58.7% five years ago.", []figureRow{{text: "58.7%", unit: "turnout/share"}}, nil},
		{"de", "Die Wahlbeteiligung stieg auf 63,4 Prozent, nach 58,7 Prozent im Jahr 2020.", []figureRow{{text: "58,7 Prozent", unit: "turnout/share"}}, nil},
		{"en", "The party won 40 seats, down from 52 in 2019.", []figureRow{{text: "52", unit: "seats/present"}}, nil},
		{"en", "The company has offered 4.2 percent over two years plus a one-off payment of 1,000 euros.",
			[]figureRow{{text: "1,000 euros", unit: "/offered"}}, nil},
		{"de", "Die Gewerkschaft fordert 8,5 Prozent mehr Lohn, mindestens aber 350 Euro mehr im Monat.",
			[]figureRow{{text: "350 Euro", unit: "/demanded"}}, nil},
		{"en", "The union represents more than 500 of the company's 640 drivers.", []figureRow{{text: "more than 500", unit: "workers/present"}}, nil},
		// Numbers written in words and magnitudes.
		{"en", "Hundreds of thousands of people fled.", []figureRow{{text: "Hundreds of thousands of people", value: 200000, q: Vague, unit: "people/evacuated"}}, nil},
		{"en", "The port says 35-hundred containers were damaged.", []figureRow{{text: "35-hundred containers", value: 3500}}, nil},
		{"en", "Some four-thousand volunteers came.", []figureRow{{text: "Some four-thousand volunteers", value: 4000, q: Approx}}, nil},
		{"de", "Zweitausend weitere Soldaten sollen folgen.", []figureRow{{text: "Zweitausend weitere Soldaten", value: 2000, unit: "soldiers/sent"}}, nil},
		{"de", "Von den 5000 Soldaten kamen rund 1500 von ihnen ums Leben.", []figureRow{{text: "rund 1500", value: 1500, q: Approx, unit: "soldiers/killed"}}, nil},
		// Not figures.
		{"en", "A magnitude 6.8 earthquake struck before dawn.", nil, []string{"6.8"}},
		{"de", "Das Beben der Stärke 6,8 erschütterte die Region.", nil, []string{"6,8"}},
		{"de", "Er wohnt im Haus Nr. 12 am Markt.", nil, []string{"12"}},
		{"de", "Er starb im Alter von 47 Jahren.", nil, []string{"47"}},
		{"en", "The driver, aged 38, was unhurt.", nil, []string{"38"}},
		{"de", "Der Fahrer Müller, 41, blieb unverletzt.", nil, []string{"41"}},
		{"de", "Der RE 4417 fiel aus, die A 7 war gesperrt.", nil, []string{"4417", "7"}},
		{"de", "Der Wetterdienst rief die Warnstufe 3 aus.", nil, []string{"3"}},
		{"en", "The meeting starts at 3 p.m. in the town hall.", nil, []string{"3"}},
		{"de", "Um 23 Uhr kam die Entwarnung.", nil, []string{"23"}},
		{"en", "Three days after the quake, rescuers gave up.", nil, []string{"Three days"}},
		{"de", "Drei Tage später kam die Entwarnung.", nil, []string{"Drei Tage"}},
		{"de", "Vier Wochen nach dem Beben leben viele in Zelten.", nil, []string{"Vier Wochen"}},
		{"de", "Lesedauer 3 Minuten", nil, []string{"3"}},
		{"de", "Wir und unsere 238 Partner nutzen Cookies.", nil, []string{"238"}},
		{"en", "3 COMMENTS", nil, []string{"3"}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, tt.absent)
	}
}

// TestSourcesAsReadersResolveThem: who says so, from the construction a
// reader would follow (issue 10).
func TestSourcesAsReadersResolveThem(t *testing.T) {
	tests := []struct {
		lang, in, text, attr string
	}{
		{"de", "Rund 12.000 Menschen mussten ihre Häuser verlassen. So jedenfalls rechnet das Ministerium.", "Rund 12.000 Menschen", "Ministerium"},
		{"en", "About 4,000 troops were deployed, a ministry spokesman said on Tuesday.", "About 4,000 troops", "ministry spokesman"},
		{"de", "„Wir haben 300 Tote gezählt“, so die Sprecherin.", "300 Tote", "Sprecherin"},
		{"en", "\"We counted 300 dead\" - the minister said.", "300 dead", "minister"},
		{"de", "Das Innenministerium meldete neue Zahlen. Demnach sind 14 Menschen gestorben.", "14 Menschen", "Innenministerium"},
		{"de", "Landrat Jens Ahlers trat vor die Presse. Es gebe 200 Verletzte, sagte er.", "200 Verletzte", "Landrat Jens Ahlers"},
		// A pronoun is the person named last, not an organisation.
		{"en", "\"We will not give in,\" union chairman Hauke Brodersen told Meridian. He said about 1,400 workers had joined.", "about 1,400 workers", "Hauke Brodersen"},
		{"de", "Gewerkschaftschef Hauke Brodersen gab sich kämpferisch. Er sagte, rund 1.400 Beschäftigte hätten gestreikt.", "rund 1.400 Beschäftigte", "Hauke Brodersen"},
		{"en", "Mayor Ana Ruiz told Reuters that 900 homes were destroyed.", "900 homes", "Mayor Ana Ruiz"},
		{"en", "British officials gave a lower estimate of 3,000 troops.", "3,000 troops", "British officials"},
		{"de", "Nach Angaben der Sprecherin des Bundesamtes für Bevölkerungsschutz wurden 800 Menschen evakuiert.", "800 Menschen", "Sprecherin des Bundesamtes für Bevölkerungsschutz"},
		{"de", "Die neue Hochrechnung von Kompass sieht 31 Prozent.", "31 Prozent", "Kompass"},
		{"en", "The district now says about 9,200 people were evacuated.", "about 9,200 people", "district"},
		{"de", "Den Schaden schätzt der Landkreis auf mindestens 250 Millionen Euro.", "mindestens 250 Millionen Euro", "Landkreis"},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, []figureRow{{text: tt.text, attr: tt.attr}}, nil)
	}
}

// TestAmong: a share limited to a group of people says which, and a place
// or an event after "bei" limits nothing.
func TestAmong(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "Among first-time voters, the party came second with 19%.", "voters"},
		{"de", "Bei den Erstwählern kam die Partei auf 19 Prozent.", "voters"},
		{"de", "Unter jungen Beschäftigten stimmten 70 Prozent zu.", "workers"},
		{"de", "Bei der Landtagswahl kam die Partei auf 21 Prozent.", ""},
		{"de", "Unter 35 Prozent blieb die Partei nur knapp.", ""},
		{"en", "The party won 21% of the vote in the state.", ""},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if len(figs) != 1 || figs[0].Among != tt.want {
			var got []string
			for _, f := range figs {
				got = append(got, f.Text+" among "+f.Among)
			}
			t.Errorf("%q: got %q, want one share among %q", tt.in, got, tt.want)
		}
	}
}

// TestNeeded: what is needed for something is not what is held.
func TestNeeded(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []figureRow
	}{
		{"de", "Für eine absolute Mehrheit sind 46 Sitze nötig.", []figureRow{{text: "46 Sitze", unit: "seats/needed"}}},
		{"en", "The coalition would command 57 seats, well above the 46 needed for a majority.",
			[]figureRow{{text: "57 seats", unit: "seats/present"}, {text: "46", unit: "seats/needed"}}},
		{"de", "Die Koalition kommt auf 57 Sitze.", []figureRow{{text: "57 Sitze", unit: "seats/present"}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, nil)
	}
}

// TestTreated: people in hospital are a part of the injured, told apart;
// "treated for burns" names the harm, so they count as injured.
func TestTreated(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []figureRow
	}{
		{"de", "32 Menschen wurden verletzt, 12 von ihnen werden im Krankenhaus behandelt.",
			[]figureRow{{text: "32 Menschen", unit: "people/wounded"}, {text: "12", unit: "people/treated"}}},
		{"en", "Officials said 40 people were injured and 9 people were admitted to hospital.",
			[]figureRow{{text: "40 people", unit: "people/wounded"}, {text: "9 people", unit: "people/treated"}}},
		{"en", "Twelve sailors were hurt. Seven of them were taken to hospital.", []figureRow{{text: "Seven", unit: "crew/treated"}}},
		{"de", "Nahezu 300 Verletzte werden in den Krankenhäusern von Tamrut behandelt.",
			[]figureRow{{text: "Nahezu 300 Verletzte", unit: "people/treated"}}},
		{"en", "Thirteen firefighters have been treated for burns.",
			[]figureRow{{text: "Thirteen firefighters", unit: "responders/wounded"}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want, nil)
	}
}

// TestSubset: a part said of with its whole's measure is a subset, and a
// part with a measure of its own is not marked.
func TestSubset(t *testing.T) {
	tests := []struct {
		lang, in string
		part     map[string]bool // figure text: marked as a part
	}{
		{"de", "Mehr als 60 Container sind über Bord gegangen, darunter mindestens neun mit Gefahrgut.",
			map[string]bool{"Mehr als 60 Container": false, "mindestens neun": true}},
		{"en", "Eleven of the lost boxes contain goods classified as dangerous.",
			map[string]bool{"Eleven of the lost boxes": true}},
		{"en", "Of the 5,000 soldiers deployed, 900 of them were killed.",
			map[string]bool{"5,000 soldiers": false, "900": false}},
		{"en", "About 300 of the soldiers were killed.", map[string]bool{"About 300 of the soldiers": false}},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		for _, f := range Extract(testArticle(tt.lang, tt.in)) {
			got[f.Text] = f.Part != ""
		}
		for text, want := range tt.part {
			if g, ok := got[text]; !ok || g != want {
				t.Errorf("%q: %q part %v (found %v), want %v; figures %v", tt.in, text, g, ok, want, got)
			}
		}
	}
}

// TestGenericDay: a count on a typical day is a daily rate; on one named
// day it is not.
func TestGenericDay(t *testing.T) {
	tests := []struct {
		lang, in, text, per string
	}{
		{"en", "The operator carries about 85,000 passengers on a normal weekday.", "about 85,000 passengers", "day"},
		{"de", "An normalen Werktagen nutzen etwa 85.000 Fahrgäste die Züge.", "etwa 85.000 Fahrgäste", "day"},
		{"en", "On weekdays 4,000 cars cross the bridge.", "4,000 cars", "day"},
		{"en", "At least 60,000 passengers were affected on Tuesday.", "At least 60,000 passengers", ""},
		{"en", "The operator said 930 of its roughly 1,150 daily services were cancelled.", "roughly 1,150 daily services", "day"},
		{"de", "Von den rund 1.150 täglichen Zugfahrten fiel die Hälfte aus.", "rund 1.150 täglichen Zugfahrten", "day"},
		{"de", "An einem Tag fielen 200 Züge aus.", "200 Züge", ""},
		{"de", "An manchen Streiktagen waren bis zu 70.000 Fahrgäste betroffen.", "bis zu 70.000 Fahrgäste", ""},
	}
	for _, tt := range tests {
		got := extractOne(tt.lang, tt.in, tt.text)
		if got == nil || got.Per != tt.per {
			t.Errorf("%q: figure %q per %v, want %q", tt.in, tt.text, got, tt.per)
		}
	}
}

// TestPassengersBearAStrike: passengers in a strike are affected by it,
// workers take part in it.
func TestPassengersBearAStrike(t *testing.T) {
	checkFigures(t, "en", "About 900 drivers joined the strike.", []figureRow{{text: "About 900 drivers", unit: "workers/participating"}}, nil)
	checkFigures(t, "en", "Tens of thousands of commuters were caught by the strike.",
		[]figureRow{{text: "Tens of thousands of commuters", unit: "passengers/affected"}}, nil)
}

// TestCounterProtest: the crowd of a counter-demonstration is not the
// rally's.
func TestCounterProtest(t *testing.T) {
	tests := []struct{ lang, in, text, unit string }{
		{"en", "Around 5,000 people joined a counter-demonstration nearby, police said.", "Around 5,000 people", "counter-protesters/participating"},
		{"de", "Gegen die Kundgebung demonstrierten nach Polizeiangaben rund 5.000 Menschen.", "rund 5.000 Menschen", "counter-protesters/participating"},
		{"de", "Die Gegendemo war laut Polizei mit rund 5.000 Leuten fast so groß.", "rund 5.000 Leuten", "counter-protesters/participating"},
		{"de", "Auf dem Domplatz demonstrierten 3000 Menschen.", "3000 Menschen", "people/participating"},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, []figureRow{{text: tt.text, unit: tt.unit}}, nil)
	}
}

// TestSubArea: a share in some areas of the whole is not the share of all.
func TestSubArea(t *testing.T) {
	tests := []struct {
		lang, in, text string
		area           bool
	}{
		{"de", "In ländlichen Wahlkreisen kam die Partei auf mehr als 30 Prozent.", "mehr als 30 Prozent", true},
		{"en", "The party won more than 30% in several constituencies.", "more than 30%", true},
		{"de", "In Kerlingen kam die Partei nur auf 14 Prozent.", "14 Prozent", false},
		{"en", "The party won 22.4% of the vote.", "22.4% of the vote", false},
	}
	for _, tt := range tests {
		got := extractOne(tt.lang, tt.in, tt.text)
		if got == nil || (got.Part == "area") != tt.area {
			t.Errorf("%q: figure %q, want in some areas %v", tt.in, tt.text, tt.area)
		}
	}
}

// TestAliveAndWaiting: brought out alive is rescued; ships waiting
// outside a port are affected.
func TestAliveAndWaiting(t *testing.T) {
	checkFigures(t, "de", "Die Bergretter haben in Belkasi elf Menschen lebend aus den Trümmern geholt.",
		[]figureRow{{text: "elf Menschen", unit: "people/rescued"}}, nil)
	checkFigures(t, "en", "A dozen vessels were already waiting at anchor outside the port.",
		[]figureRow{{text: "A dozen vessels", unit: "ships/affected"}}, nil)
	checkFigures(t, "de", "Auf der Reede vor Kesselsund stauen sich mehr als 30 Schiffe.",
		[]figureRow{{text: "mehr als 30 Schiffe", unit: "ships/affected"}}, nil)
}

// TestOverSeveral: a count summed over several events is not one event's.
func TestOverSeveral(t *testing.T) {
	tests := []struct{ lang, in, text, period string }{
		{"en", "Over the two strikes, more than 3,700 trains have now been cancelled, the company said.", "more than 3,700 trains", "several"},
		{"de", "Über die drei Streiks hinweg sind mehr als 5.600 Zugfahrten ausgefallen.", "mehr als 5.600 Zugfahrten", "several"},
		{"en", "On Tuesday 930 trains were cancelled.", "930 trains", ""},
		{"de", "In zwei Wochen sollen 500 Züge wieder fahren.", "500 Züge", ""},
		{"en", "It is the worst accident since 2014, when the freighter Marlen Kaye lost 140 containers in a storm.", "140 containers", "2014"},
		{"en", "Since 2014, 140 containers have been lost in the channel.", "140 containers", ""},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		setPeriods(figs)
		var got *Figure
		for _, f := range figs {
			if f.Text == tt.text {
				got = f
			}
		}
		if got == nil || got.Period != tt.period {
			t.Errorf("%q: figure %q period %v, want %q", tt.in, tt.text, got, tt.period)
		}
	}
}

// TestInsuredAndCamps: insured losses are their own topic; people living
// in tents are sheltered.
func TestInsuredAndCamps(t *testing.T) {
	checkFigures(t, "en", "Insurers expect insured losses of around €180 million.",
		[]figureRow{{text: "around €180 million", unit: "insured damage/cost"}}, nil)
	checkFigures(t, "de", "Die Versicherer rechnen mit versicherten Schäden von rund 180 Millionen Euro.",
		[]figureRow{{text: "rund 180 Millionen Euro", unit: "insured damage/cost"}}, nil)
	checkFigures(t, "en", "About 210,000 people are living in tents or container camps.",
		[]figureRow{{text: "About 210,000 people", unit: "people/sheltered"}}, nil)
}

// TestSchoolBuildings: school buildings are schools, not homes.
func TestSchoolBuildings(t *testing.T) {
	checkFigures(t, "de", "Mindestens 140 Schulgebäude sind eingestürzt.", []figureRow{{text: "Mindestens 140 Schulgebäude", unit: "schools/destroyed"}}, nil)
	checkFigures(t, "de", "Mindestens 1400 Gebäude sind eingestürzt.", []figureRow{{text: "Mindestens 1400 Gebäude", unit: "homes/destroyed"}}, nil)
}

// TestUnknownNounsTranslate: a counted noun no family lists is one thing
// in both languages, through the German-English noun table.
func TestUnknownNounsTranslate(t *testing.T) {
	thing := func(lang, in, text string) string {
		if f := extractOne(lang, in, text); f != nil {
			return f.Thing
		}
		return "(no figure)"
	}
	tests := []struct{ deIn, deText, enIn, enText string }{
		{"Rund 400 Anwohner mussten ihre Häuser verlassen.", "Rund 400 Anwohner", "About 400 residents had to leave their homes.", "About 400 residents"},
		{"Etwa 300 Freiwillige halfen beim Löschen.", "Etwa 300 Freiwillige", "Some 300 volunteers helped.", "Some 300 volunteers"},
		{"Die Firma meldete 600 Kurzarbeiter an.", "600 Kurzarbeiter", "The firm put 600 short-time workers on reduced hours.", "600 short-time workers"},
	}
	for _, tt := range tests {
		de, en := thing("de", tt.deIn, tt.deText), thing("en", tt.enIn, tt.enText)
		if de != en || de == "(no figure)" {
			t.Errorf("%q is %q, %q is %q: want one thing", tt.deText, de, tt.enText, en)
		}
	}
	if en, ok := englishNoun("hochwasseranwohner"); !ok || en != "resident" {
		t.Errorf("a compound's last part: %q %v", en, ok)
	}
}

// TestRecordedThings: things recorded or counted are there, a measure
// that lets counts of one thing meet whatever their values.
func TestRecordedThings(t *testing.T) {
	checkFigures(t, "en", "The institute has recorded more than 300 aftershocks since the main quake.",
		[]figureRow{{text: "more than 300 aftershocks", unit: "aftershocks/present"}}, nil)
	checkFigures(t, "de", "Seitdem registrierte das Institut mehr als 120 Nachbeben.",
		[]figureRow{{text: "mehr als 120 Nachbeben", unit: "aftershocks/present"}}, nil)
}
