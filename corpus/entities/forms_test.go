package entities

import "testing"

// formCase is one rule of issue 14, on sentences of our own: the names
// that must be found (by the text of a mention) with their type, pairs
// that must be one entity or two, and strings that must be no mention.
type formCase struct {
	rule  string
	texts []string
	want  map[string]Type
	same  [][2]string
	apart [][2]string
	none  []string
}

// mentioned returns the entity with a mention written text, or nil.
func mentioned(ents []*Entity, text string) *Entity {
	for _, e := range ents {
		for _, m := range e.Mentions {
			if normSpace(m.Text) == text {
				return e
			}
		}
	}
	return nil
}

func runFormCases(t *testing.T, cases []formCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.rule, func(t *testing.T) {
			ents := extract(t, nil, tc.texts...)
			for n, typ := range tc.want {
				switch e := mentioned(ents, n); {
				case e == nil:
					t.Errorf("%q not found; got: %s", n, names(ents))
				case e.Type != typ:
					t.Errorf("%q typed %s, want %s", n, e.Type, typ)
				}
			}
			for _, p := range tc.same {
				if a, b := mentioned(ents, p[0]), mentioned(ents, p[1]); a == nil || a != b {
					t.Errorf("%q and %q should be one entity; got: %s", p[0], p[1], names(ents))
				}
			}
			for _, p := range tc.apart {
				if a, b := mentioned(ents, p[0]), mentioned(ents, p[1]); a == nil || b == nil || a == b {
					t.Errorf("%q and %q should be two entities; got: %s", p[0], p[1], names(ents))
				}
			}
			for _, n := range tc.none {
				if e := mentioned(ents, n); e != nil {
					t.Errorf("%q is a mention of %s/%s", n, e.Name, e.Type)
				}
			}
		})
	}
}

func TestAbbreviationRules(t *testing.T) {
	runFormCases(t, []formCase{
		{rule: "doubled letter is another acronym", texts: []string{
			"The UN sent food. The UNN said nothing. Reporters from APP and AP were there."},
			apart: [][2]string{{"UNN", "UN"}, {"APP", "AP"}}},
		{rule: "long name (ABBR), then ABBR in another article", texts: []string{
			"Die Gewerkschaft Holz und Papier (GHP) klagt.", "The GHP said it would strike."},
			same: [][2]string{{"Gewerkschaft Holz und Papier", "GHP"}}},
		{rule: "ABBR (long name)", texts: []string{"The walkout was called by the GHP (Gewerkschaft Holz und Papier)."},
			same: [][2]string{{"Gewerkschaft Holz und Papier", "GHP"}}},
		{rule: "initials spell the one long name", texts: []string{
			"The Marston Port Authority said no.", "Officials of the MPA declined to comment."},
			same: [][2]string{{"Marston Port Authority", "MPA"}}},
		{rule: "initials of two long names link to neither", texts: []string{
			"The Marston Port Authority said no. The Milford Press Association agreed.", "The MPA declined."},
			apart: [][2]string{{"Marston Port Authority", "MPA"}, {"Milford Press Association", "MPA"}}},
		{rule: "acronym with and without its place", texts: []string{
			"Die IHK Weilerbach warnt.", "Die Industrie- und Handelskammer Weilerbach (IHK) sprach von einem Signal. In Weilerbach ist es ruhig."},
			same: [][2]string{{"IHK Weilerbach", "IHK"}}},
	})
}

func TestLinkingForms(t *testing.T) {
	runFormCases(t, []formCase{
		{rule: "German and English names of one body", texts: []string{
			"Die Lautertalbahn fährt nicht. Das Ordnungsamt Hollfeld und der Kreistag Hollfeld tagten. Die Front zur Befreiung von Orsk kämpft.",
			"The Lauter Valley Railway is on strike. The Hollfeld District Council met, the Hollfeld Public Order Office did not. The Front for the Liberation of Orsk fights."},
			same:  [][2]string{{"Lautertalbahn", "Lauter Valley Railway"}, {"Kreistag Hollfeld", "Hollfeld District Council"}, {"Front zur Befreiung von Orsk", "Front for the Liberation of Orsk"}},
			apart: [][2]string{{"Kreistag Hollfeld", "Ordnungsamt Hollfeld"}}},
		{rule: "two councils of one word apart", texts: []string{
			"Der Nationale Verteidigungsrat tagte.", "The National Defence Council met. The National Security Council did not."},
			same:  [][2]string{{"Nationale Verteidigungsrat", "National Defence Council"}},
			apart: [][2]string{{"National Defence Council", "National Security Council"}}},
		{rule: "-ien and -ia", texts: []string{"Die Armee von Oskarien rückt vor. In Oskarien ist Krieg.", "The army of Oskaria advanced. In Oskaria there is war."},
			same: [][2]string{{"Oskarien", "Oskaria"}}},
		{rule: "legal form or not", texts: []string{
			"Shares of Halvorsen Inc. rose. Halvorsen Inc said so. Halvorsen did not comment."},
			same: [][2]string{{"Halvorsen Inc.", "Halvorsen Inc"}, {"Halvorsen Inc", "Halvorsen"}}},
		{rule: "short names", texts: []string{
			"Die Tolvane Holdings Ltd bietet mit. Tolvane hat Geld. Das Hilfswerk Abendlicht, das hilft, sammelt. Abendlicht hat nichts zu verbergen.",
			"The Abendlicht convoy left."},
			want: map[string]Type{"Tolvane": Org},
			same: [][2]string{{"Tolvane Holdings Ltd", "Tolvane"}, {"Hilfswerk Abendlicht", "Abendlicht"}}},
		{rule: "an office of a place has no short name", texts: []string{"Das Ordnungsamt Hollfeld schwieg. In Hollfeld ist es ruhig."},
			apart: [][2]string{{"Ordnungsamt Hollfeld", "Hollfeld"}}},
		{rule: "a family company and the family", texts: []string{
			"Die Brunnhuber & Söhne GmbH wird verkauft. Geschäftsführer Malte Brunnhuber sagte, Brunnhuber sagte nichts.",
			"Investors praised Brunnhuber machines."},
			want:  map[string]Type{"Malte Brunnhuber": Person},
			apart: [][2]string{{"Malte Brunnhuber", "Brunnhuber & Söhne GmbH"}}},
	})
}

func TestOrganisationForms(t *testing.T) {
	runFormCases(t, []formCase{
		{rule: "English heads", texts: []string{
			"Officials of the Marston Port Authority met members of Redfield Bird Watch. The Orlin Ceasefire Monitor counted the dead, and the Carrow Fishermen's Guild protested."},
			want: map[string]Type{"Marston Port Authority": Org, "Redfield Bird Watch": Org, "Orlin Ceasefire Monitor": Org, "Carrow Fishermen's Guild": Org}},
		{rule: "place noun inside an org name", texts: []string{
			"The plan went to Brackwell Town Council. Inspectors of the State Mining Authority arrived on Friday."},
			want: map[string]Type{"Brackwell Town Council": Org, "State Mining Authority": Org}},
		{rule: "a sentence opener starts an org name", texts: []string{"Coastal Bird Relief said it would send food to Marrow."},
			want: map[string]Type{"Coastal Bird Relief": Org}, none: []string{"Coastal"}},
		{rule: "known place before an org head", texts: []string{"Shares fell on the Oslo Metals Exchange on Monday."},
			want: map[string]Type{"Oslo Metals Exchange": Org}, none: []string{"Oslo"}},
		{rule: "German institution compound and a place", texts: []string{
			"Das Ordnungsamt Weilerbach schloss den Markt. Der Kreistag Hollfeld tagte am Abend."},
			want: map[string]Type{"Ordnungsamt Weilerbach": Org, "Kreistag Hollfeld": Org}},
		{rule: "one-word organisation names", texts: []string{
			"Das Bundeskartellamt prüft den Fall. Die Lautertalbahn fährt wieder, die Straßenbahn nicht."},
			want: map[string]Type{"Bundeskartellamt": Org, "Lautertalbahn": Org}, none: []string{"Straßenbahn"}},
		{rule: "legal forms", texts: []string{
			"Die Brenner Maschinenbau GmbH streicht Stellen.", "Shares of Halvorsen Inc. rose after Tolmar AG sold its stake."},
			want: map[string]Type{"Brenner Maschinenbau GmbH": Org, "Halvorsen Inc.": Org, "Tolmar AG": Org},
			none: []string{"GmbH", "Inc", "AG"}},
		{rule: "ampersand", texts: []string{"Die Firma Brückner & Söhne wächst, Kuhn & Weber GmbH auch."},
			want: map[string]Type{"Brückner & Söhne": Org, "Kuhn & Weber GmbH": Org}},
		{rule: "an article after a dash is no name word", texts: []string{"Berlin – Die Polizei zählte 500 Menschen."},
			none: []string{"Die Polizei"}},
		{rule: "institution named by a noun", texts: []string{
			"Die Gewerkschaft Holz und Papier (GHP) klagt. Geld kam von der Stiftung Lebensmut, einer Bürgerstiftung der Sparkasse Hollfeld."},
			want: map[string]Type{"Gewerkschaft Holz und Papier": Org, "Stiftung Lebensmut": Org, "Sparkasse Hollfeld": Org},
			same: [][2]string{{"Gewerkschaft Holz und Papier", "GHP"}}, none: []string{"Bürgerstiftung der Sparkasse Hollfeld"}},
		{rule: "a noun after an org head before a verb is no name", texts: []string{"Weil die Bank Geld verleiht, wächst sie."},
			none: []string{"Bank Geld"}},
		{rule: "the kind of body before another organisation in the genitive", texts: []string{
			"Dort hilft das Flüchtlingshilfswerk der Vereinten Nationen."},
			want: map[string]Type{"Vereinten Nationen": Org}},
		{rule: "two organisations joined by und", texts: []string{"Es halfen Feuerwehr und Bundeswehr."},
			want: map[string]Type{"Bundeswehr": Org}, none: []string{"Feuerwehr und Bundeswehr"}},
		{rule: "Pro and a name", texts: []string{"Der Fahrgastverband Pro Lautertal lobt den Plan.", "The passenger group Pro Lautertal agreed."},
			want: map[string]Type{"Pro Lautertal": Org}, none: []string{"Fahrgastverband Pro Lautertal"}},
		{rule: "a body title before a place is the body", texts: []string{
			"Der Stadtrat Hollfeld stimmte zu. Stadtrat Petermann sagte, er sei dagegen."},
			want: map[string]Type{"Stadtrat Hollfeld": Org, "Petermann": Person}},
		{rule: "acronym and place, with a year", texts: []string{"Die IHK Weilerbach und der TSV Hollfeld 1897 spendeten."},
			want: map[string]Type{"IHK Weilerbach": Org, "TSV Hollfeld 1897": Org}},
		{rule: "a cut-off compound before an organisation", texts: []string{"Die Industrie- und Handelskammer Weilerbach warnt."},
			want: map[string]Type{"Industrie- und Handelskammer Weilerbach": Org}},
		{rule: "a brand", texts: []string{"Die Züge der Marke „Lumo“ fahren nicht."},
			want: map[string]Type{"Lumo": Org}},
		{rule: "a German institution named after a person", texts: []string{"Die Turnhalle des Gauß-Gymnasiums ist belegt."},
			want: map[string]Type{"Gauß-Gymnasiums": Org}},
		{rule: "a place noun opens a newspaper's name", texts: []string{"The letter was seen by Harbour Gazette."},
			want: map[string]Type{"Harbour Gazette": Org}},
		{rule: "an English name inside German text", texts: []string{"Die Beobachtungsgruppe Food Route Monitor (FRM) begleitet den Konvoi."},
			want: map[string]Type{"Food Route Monitor": Org}, same: [][2]string{{"Food Route Monitor", "FRM"}}},
		{rule: "an institution's noun and its place", texts: []string{
			"Eine Umfrage des Instituts für Konfliktforschung Hollfeld ergab das. Die Front zur Befreiung von Orsk kämpft."},
			want: map[string]Type{"Instituts für Konfliktforschung Hollfeld": Org, "Front zur Befreiung von Orsk": Org}},
		{rule: "a German adjective in capitals names a group", texts: []string{
			"Kritik kam von den Freien Bürgern Hollfeld. Im Kalten Krieg war das anders: Im Kalten Krieg schwiegen alle."},
			want: map[string]Type{"Freien Bürgern Hollfeld": Org}, none: []string{"Kalten Krieg"}},
		{rule: "genitive of an -amt", texts: []string{"Die Bauaufsicht des Ordnungsamts Hollfeld prüfte. Das Ordnungsamt Hollfeld schwieg."},
			same: [][2]string{{"Ordnungsamts Hollfeld", "Ordnungsamt Hollfeld"}}},
		{rule: "company name with nouns before the legal form", texts: []string{"Die Galvanik Hubert GmbH und die Brenner Antriebstechnik GmbH klagen."},
			want: map[string]Type{"Galvanik Hubert GmbH": Org, "Brenner Antriebstechnik GmbH": Org}},
	})
}

func TestPlaceForms(t *testing.T) {
	runFormCases(t, []formCase{
		{rule: "German place names that look like compounds", texts: []string{
			"Der Bus fährt zwischen Grauhausen, Lindfurt und Erlenweiler. Die Schule am Eichberg bleibt zu."},
			want: map[string]Type{"Grauhausen": Place, "Lindfurt": Place, "Erlenweiler": Place, "Eichberg": Place}},
		{rule: "a compound with an article is no place", texts: []string{"Er sprach vom Heimatdorf seiner Mutter."},
			none: []string{"Heimatdorf"}},
		{rule: "English landform heads", texts: []string{
			"Fighting spread in the Orsk Highlands and reached the Gulf of Marrow. Farmers in the Lauter valley fled to the Brenn reservoir."},
			want: map[string]Type{"Orsk Highlands": Place, "Gulf of Marrow": Place, "Lauter valley": Place, "Brenn reservoir": Place}},
		{rule: "a river is its name", texts: []string{"Samples were taken along the Lauter river.", "Proben aus der Lauter zeigen Schadstoffe."},
			want: map[string]Type{"Lauter": Place}},
		{rule: "a German landscape of a place adjective", texts: []string{"Die Rebellen halten das Orsker Hochland."},
			want: map[string]Type{"Orsker Hochland": Place}},
		{rule: "a country's official name is the country", texts: []string{
			"The Republic of Oskaria and Oskaria's army.", "Die Republik Veldonien schweigt. In Veldonien ist es ruhig."},
			want: map[string]Type{"Republic of Oskaria": Place, "Republik Veldonien": Place},
			same: [][2]string{{"Republic of Oskaria", "Oskaria"}, {"Republik Veldonien", "Veldonien"}}},
		{rule: "a reservoir is not its village", texts: []string{"Wasser aus der Talsperre Eichtal reicht. In Eichtal sinkt der Pegel."},
			want: map[string]Type{"Talsperre Eichtal": Place}, apart: [][2]string{{"Talsperre Eichtal", "Eichtal"}}},
		{rule: "X-based", texts: []string{"The Leeds-based group and a Berlin-based bank agreed."},
			want: map[string]Type{"Leeds": Place, "Berlin": Place}, none: []string{"Leeds-based", "Berlin-based"}},
		{rule: "a compound of a place noun", texts: []string{"Die Partnerstadt Oxley Barton nimmt Familien auf."},
			want: map[string]Type{"Oxley Barton": Place}},
		{rule: "the adjective of an unknown country is no entity", texts: []string{
			"Fighting goes on in Oskaria. Oskarian refugees crossed the border, the Oskarian army said."},
			want: map[string]Type{"Oskaria": Place}, none: []string{"Oskarian"}},
		{rule: "dative of a plural country", texts: []string{"Sie hat Werke in den Niederlanden."},
			want: map[string]Type{"Niederlanden": Place}},
	})
}

func TestFurnitureRules(t *testing.T) {
	runFormCases(t, []formCase{
		{rule: "an acronym of common words", texts: []string{
			"Im Wasser fanden sich per- und polyfluorierte Chemikalien, kurz PFAS.", "PFAS levels were high."},
			none: []string{"PFAS"}},
		{rule: "an acronym of a name stays", texts: []string{"Die Gewerkschaft Holz und Papier, kurz GHP, streikt."},
			want: map[string]Type{"GHP": Org}},
		{rule: "a common acronym before a hyphen", texts: []string{"Jede Palette bekam einen GPS-Sender."},
			none: []string{"GPS"}},
		{rule: "a share row, counters and ad labels in plain text", texts: []string{
			"By Jane Roe Published 3 March 2025\n\nShare Facebook WhatsApp X 3 COMMENTS\n\nThe Harbour Authority closed.\n\nAD\n\nPOSTS are moderated."},
			want: map[string]Type{"Harbour Authority": Org}, none: []string{"Facebook WhatsApp", "Facebook", "AD", "POSTS", "COMMENTS", "Jane Roe Published"}},
		{rule: "Facebook in a sentence stays", texts: []string{"Posts were removed, the company Facebook said."},
			want: map[string]Type{"Facebook": Org}},
		{rule: "an English job title ending in -ologist", texts: []string{"Hydrologist Mira Tollak said so."},
			want: map[string]Type{"Mira Tollak": Person}, none: []string{"Hydrologist Mira Tollak"}},
	})
}

func TestLoneNames(t *testing.T) {
	runFormCases(t, []formCase{
		{rule: "a family name that looks like a compound", texts: []string{
			"Bürgermeisterin Sabine Holzhammer lud ein. Holzhammer sagte, sie verstehe die Sorgen."},
			same: [][2]string{{"Sabine Holzhammer", "Holzhammer"}}},
		{rule: "a short name that looks like a compound", texts: []string{
			"Das Hilfswerk Abendlicht, das Heime betreibt, sammelt. Abendlicht habe nichts zu verbergen."},
			same: [][2]string{{"Hilfswerk Abendlicht", "Abendlicht"}}},
		{rule: "a family name after an article is a noun", texts: []string{
			"Küchenchef Anton Koch kochte. Der Koch des Hauses half."},
			none: []string{"Koch"}},
		{rule: "a full name known from another article", texts: []string{
			"The union leader Volker Tannhauser said that the strike would go on for as long as it takes.", "Das sagte der Vorsitzende, Volker Tannhauser, am Freitag."},
			want: map[string]Type{"Volker Tannhauser": Person}},
		{rule: "a company named without its legal form", texts: []string{
			"Die Brenner Maschinenbau GmbH streicht Stellen.", "Bei Brenner Maschinenbau ist die Stimmung schlecht."},
			same: [][2]string{{"Brenner Maschinenbau GmbH", "Brenner Maschinenbau"}}},
	})
}

// FuzzNameKeys: the keys made of names from untrusted text never panic,
// and folding a company's name to its core twice changes nothing more.
func FuzzNameKeys(f *testing.F) {
	for _, s := range []string{"Kesseltalbahn GmbH", "Front zur Befreiung von Tarsk", "A & Co KG", "Inc.", "& &", "Ö-Ü ß",
		"Water Management Office", "Landratsamts", "  ", "x'sy’s", "tal", "GmbH GmbH"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k1, ok1 := conceptKey(s)
		if k2, ok2 := conceptKey(s); k1 != k2 || ok1 != ok2 {
			t.Fatalf("conceptKey(%q) not deterministic", s)
		}
		core := legalCore(s)
		if again := legalCore(core); again != core {
			t.Fatalf("legalCore(%q) = %q, then %q", s, core, again)
		}
		_ = shortName(s)
		_ = initials(s)
	})
}
