package entities

import (
	"os"
	"strings"
	"sync"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
	"quellen/seeds"
)

// extract runs detection and linking on one or more texts ("de" articles
// unless the text says otherwise).
func extract(t testing.TB, aliases *Aliases, texts ...string) []*Entity {
	t.Helper()
	var arts []*article.Article
	for i, s := range texts {
		a, _, err := article.Parse(string(rune('a'+i))+".txt", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return Extract(arts, aliases)
}

// find returns the entity that has name as its name or an alias.
func find(ents []*Entity, name string) *Entity {
	for _, e := range ents {
		if e.Name == name {
			return e
		}
	}
	for _, e := range ents {
		for _, a := range e.Aliases {
			if a == name {
				return e
			}
		}
	}
	return nil
}

func names(ents []*Entity) string {
	var s []string
	for _, e := range ents {
		s = append(s, e.Name+"/"+string(e.Type))
	}
	return strings.Join(s, ", ")
}

// TestDetectionSignals: one sentence per signal, and what it must yield.
func TestDetectionSignals(t *testing.T) {
	tests := []struct {
		signal, text, name string
		typ                Type // "" means: must not be an entity
	}{
		{"multi-word name", "Gestern traf sich Kyrylo Budanov mit Journalisten.", "Kyrylo Budanov", Person},
		{"title before name", "Das bestätigte Außenminister Pistorius am Abend.", "Pistorius", Person},
		{"compound title", "Das sagte US-Verteidigungsminister Hegseth in Brüssel.", "Hegseth", Person},
		{"speech verb", "„Das ist falsch“, erklärte Kowalczyk dazu.", "Kowalczyk", Person},
		{"apposition", "Darauf wies Ana Ferreira, Professorin in Lissabon, hin.", "Ana Ferreira", Person},
		{"English title", "The plan was backed by President Okonkwo on Monday.", "Okonkwo", Person},
		{"English said", "The army is ready, Halvorsen said on Friday.", "Halvorsen", Person},
		{"Korean name", "Am Montag reiste Lee Jae-myung nach Tokio.", "Lee Jae-myung", Person},
		{"given name that is a noun", "Ein Treffen mit Mark Lindqvist ist geplant.", "Mark Lindqvist", Person},
		{"acronym", "Der Bericht des BfV liegt vor.", "BfV", ""},
		{"acronym caps", "Laut dem IISS wächst die Armee.", "IISS", Org},
		{"org word", "Eine Studie der Universität Tartu zeigt das.", "Universität Tartu", Org},
		{"English org with connectors", "A report by the Institute for the Study of War says so.", "Institute for the Study of War", Org},
		{"acronym + org word", "Der UN-Menschenrechtsrat tagte in Genf.", "UN-Menschenrechtsrat", Org},
		{"place preposition", "Die Truppen wurden nach Belgorod verlegt.", "Belgorod", Place},
		{"place noun", "Die Kämpfe in der Region Saporischschja dauern an.", "Saporischschja", Place},
		{"place noun with von", "Schiffe liefen den Hafen von Nachodka an.", "Nachodka", Place},
		{"-isch adjective", "Die moldauische Regierung warnt. Transnistrien liegt an der Grenze von Moldau.", "Moldau", Place},
		{"gazetteer genitive", "Russlands Armee rückt vor.", "Russland", Place},
		{"list of places", "Angriffe trafen die Städte Charkiw, Sumy und Poltawa.", "Poltawa", Place},
		{"common noun", "Die Soldaten brauchen Munition für den Krieg.", "Soldaten", ""},
		{"common noun plural", "Die Verhandlungen über Sanktionen scheitern.", "Verhandlungen", ""},
		{"compound noun", "Der Ukrainekrieg dauert an.", "Ukrainekrieg", ""},
		{"sentence-initial word", "Doch niemand glaubt daran. Seither schweigt Moskau.", "Seither", ""},
		{"noun after article", "In naher Zukunft soll das Szenario geprüft werden.", "Zukunft", ""},
		{"English sentence start", "However, officials in Warsaw disagreed.", "However", ""},
		{"English nationality", "Russian troops crossed into Kharkiv.", "Russian", ""},
		{"month", "Im Oktober kam es zu Kämpfen.", "Oktober", ""},
	}
	for _, tc := range tests {
		t.Run(tc.signal, func(t *testing.T) {
			ents := extract(t, nil, tc.text)
			e := find(ents, tc.name)
			switch {
			case tc.typ == "" && e != nil:
				t.Errorf("%q reported as %s entity; all: %s", tc.name, e.Type, names(ents))
			case tc.typ != "" && e == nil:
				t.Errorf("%q not found; got: %s", tc.name, names(ents))
			case tc.typ != "" && e.Type != tc.typ:
				t.Errorf("%q typed %s, want %s", tc.name, e.Type, tc.typ)
			}
		})
	}
}

// TestLinkingRules: which mentions become one entity, and which stay apart.
func TestLinkingRules(t *testing.T) {
	tests := []struct {
		rule  string
		texts []string
		same  [][2]string // names that must be one entity
		apart [][2]string // names that must be two
	}{
		{"surname after full name", []string{"Präsident Emmanuel Macron reiste ab. Macron sagte nichts."},
			[][2]string{{"Emmanuel Macron", "Macron"}}, nil},
		{"title + surname across articles", []string{"Das sagte Verteidigungsminister Boris Pistorius.", "Minister Pistorius widersprach."},
			[][2]string{{"Boris Pistorius", "Pistorius"}}, nil},
		{"hyphen and space", []string{"Das Regime von Kim Jong-un droht.", "Kim Jong Un reiste nach Moskau."},
			[][2]string{{"Kim Jong-un", "Kim Jong Un"}}, nil},
		{"Korean family name alone", []string{"Kim Jong-un droht. Später sagte Kim, er sei bereit."},
			[][2]string{{"Kim Jong-un", "Kim"}}, nil},
		{"transliteration v/w", []string{"General Kyrylo Budanov warnte.", "General Kyrylo Budanow warnte erneut. Budanow sagte das."},
			[][2]string{{"Kyrylo Budanov", "Kyrylo Budanow"}, {"Kyrylo Budanov", "Budanow"}}, nil},
		{"transliteration kh/ch, j/y", []string{"Das sagte Sergei Lavrov in New York.", "Das sagte Sergej Lawrow in Moskau."},
			[][2]string{{"Sergei Lavrov", "Sergej Lawrow"}}, nil},
		{"exonyms", []string{"Die Delegation flog nach Moskau.", "The delegation flew to Moscow, officials in Moscow said."},
			[][2]string{{"Moskau", "Moscow"}}, nil},
		{"father and son", []string{"Kim Jong-un traf Beamte. Sein Vater Kim Jong-il regierte bis 2011."},
			nil, [][2]string{{"Kim Jong-un", "Kim Jong-il"}}},
		{"same first name", []string{"Das sagte Vladimir Tikhonov in Oslo. Präsident Wladimir Putin schwieg."},
			nil, [][2]string{{"Vladimir Tikhonov", "Wladimir Putin"}}},
		{"shared surname", []string{"Die Ministerin Annalena Weber sprach. Später sprach Professor Hans Weber."},
			nil, [][2]string{{"Annalena Weber", "Hans Weber"}}},
		{"nearest full name wins", []string{"Ministerin Annalena Kraus sprach zuerst. Danach sprach Professor Jonas Kraus. Kraus sagte, er sei zufrieden."},
			[][2]string{{"Jonas Kraus", "Kraus"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			ents := extract(t, nil, tc.texts...)
			for _, p := range tc.same {
				a, b := find(ents, p[0]), find(ents, p[1])
				if a == nil || b == nil || a != b {
					t.Errorf("%q and %q should be one entity; got: %s", p[0], p[1], names(ents))
				}
			}
			for _, p := range tc.apart {
				a, b := find(ents, p[0]), find(ents, p[1])
				if a == nil || b == nil || a == b {
					t.Errorf("%q and %q should be two entities; got: %s", p[0], p[1], names(ents))
				}
			}
		})
	}
}

var (
	seedOnce sync.Once
	seedEnts []*Entity
)

func seedEntities(t testing.TB) []*Entity {
	seedOnce.Do(func() {
		arts, _ := article.LoadFS(seeds.FS())
		seedEnts = Extract(arts, nil)
	})
	return seedEnts
}

// TestSeedEntities is the acceptance list of issue 4.
func TestSeedEntities(t *testing.T) {
	ents := seedEntities(t)
	want := map[Type][]string{
		Person: {"Kim Jong-un", "Wladimir Putin", "Kyrylo Budanov", "Vladimir Tikhonov", "Sergej Lawrow", "Lloyd Austin",
			"Wolodymyr Selenskyj", "Yoon Suk-yeol", "Mark Rutte", "Narushige Michishita", "Moon Chung-in"},
		Place: {"Pjöngjang", "Wladiwostok", "Kursk", "Seoul", "Wonsan", "Moskau"},
		Org:   {"NIS", "NATO", "UN-Sicherheitsrat", "Universität Oslo", "Korea Institute for Defence Analyses"},
	}
	for typ, list := range want {
		for _, n := range list {
			e := find(ents, n)
			if e == nil {
				t.Errorf("%s not found", n)
			} else if e.Type != typ {
				t.Errorf("%s typed %s, want %s", n, e.Type, typ)
			}
		}
	}
	for _, group := range [][]string{
		{"Kyrylo Budanov", "Kyrylo Budanow", "Budanov"},
		{"Kim Jong-un", "Kim Jong Un", "Kim"},
		{"Wladimir Putin", "Putin"},
		{"Lloyd Austin", "Austin"},
	} {
		first := find(ents, group[0])
		for _, n := range group[1:] {
			if e := find(ents, n); e == nil || e != first {
				t.Errorf("%q should be an alias of %q", n, group[0])
			}
		}
	}
	if a, b := find(ents, "Kim Jong-il"), find(ents, "Kim Jong-un"); a == nil || a == b {
		t.Error("Kim Jong-il must be its own entity")
	}
	if a, b := find(ents, "Vladimir Tikhonov"), find(ents, "Wladimir Putin"); a == nil || a == b {
		t.Error("Vladimir Tikhonov must not be Wladimir Putin")
	}
	// every mention points at its text
	arts, _ := article.LoadFS(seeds.FS())
	byID := map[string]*article.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			p := byID[m.Article].Paragraphs[m.Paragraph]
			if p.Text[m.Start:m.End] != m.Text || !readable(&p) {
				t.Fatalf("%s: mention %+v does not match paragraph %q (%s)", e.Name, m, p.Text, p.Kind)
			}
		}
	}
}

// seedFalsePositives are the reported entities of the seeds that are common
// nouns or sentence-initial words, checked by hand. Names that are real but
// minor (Kinzhal, Jelzin, Eurasien) are not on it.
var seedFalsePositives = map[string]bool{
	"Knowhow":              true, // common noun, its "-ow" looks like a Slavic surname
	"Desertationen":        true, // misspelt noun, in no dictionary
	"Szenarien":            true, // after a numeral ("Drei Szenarien"), no article
	"Überschall-Kampfjets": true, // compound of a prefix the dictionary lacks
}

// TestSeedFalsePositiveShare counts reported entities that are common nouns
// or sentence-initial words; the issue asks for fewer than 10%.
func TestSeedFalsePositiveShare(t *testing.T) {
	ents := seedEntities(t)
	var bad []string
	for _, e := range ents {
		if seedFalsePositives[e.Name] {
			bad = append(bad, e.Name)
		}
	}
	share := float64(len(bad)) / float64(len(ents))
	t.Logf("false positives: %d of %d entities (%.1f%%): %s", len(bad), len(ents), 100*share, strings.Join(bad, ", "))
	if share >= 0.10 {
		t.Errorf("false-positive share %.1f%% >= 10%%", 100*share)
	}
}

// TestEnglishArticle reads an English article of our own.
func TestEnglishArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/entities/en_port_talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	ents := extract(t, nil, string(data))
	want := map[string]Type{
		"Volodymyr Zelensky": Person, "Hakan Fidan": Person, "Mark Rutte": Person, "Sarah Whitfield": Person,
		"Ankara": Place, "Kyiv": Place, "Istanbul": Place, "Brussels": Place, "Odesa": Place, "Mykolaiv": Place, "Izmail": Place,
		"NATO": Org, "European Commission": Org, "University of Leeds": Org, "Kiel Institute for the World Economy": Org,
	}
	for n, typ := range want {
		if e := find(ents, n); e == nil {
			t.Errorf("%s not found; got %s", n, names(ents))
		} else if e.Type != typ {
			t.Errorf("%s typed %s, want %s", n, e.Type, typ)
		}
	}
	for _, p := range [][2]string{{"Volodymyr Zelensky", "Zelensky"}, {"Hakan Fidan", "Fidan"}, {"Sarah Whitfield", "Whitfield"}} {
		if find(ents, p[0]) != find(ents, p[1]) {
			t.Errorf("%s and %s should be one entity", p[0], p[1])
		}
	}
	for _, n := range []string{"However", "Officials", "Turkish", "Analysts", "Tuesday", "Ceasefire", "According"} {
		if e := find(ents, n); e != nil {
			t.Errorf("%q should not be an entity (%s)", n, e.Type)
		}
	}
}

// TestEntityIndex: paragraphs list their entities, co-occurrence counts.
func TestEntityIndex(t *testing.T) {
	arts := []*article.Article{}
	for i, s := range []string{"Präsident Wladimir Putin empfing Kim Jong-un in Moskau.\n\nDie Sonne schien.\n\nPutin und Kim Jong-un lachten."} {
		a, _, _ := article.Parse(string(rune('a'+i))+".txt", []byte(s))
		arts = append(arts, a)
	}
	ents := Extract(arts, nil)
	ix := NewIndex(ents)
	in := ix.In("a.txt", 0)
	if len(in) != 3 {
		t.Fatalf("paragraph 0: got %d entities, want 3", len(in))
	}
	if got := ix.In("a.txt", 1); len(got) != 0 {
		t.Errorf("paragraph 1: got %d entities, want 0", len(got))
	}
	putin := find(ents, "Wladimir Putin")
	co := ix.Cooccurring(putin.ID)
	if len(co) == 0 || co[0].Entity.Name != "Kim Jong-un" || co[0].Paragraphs != 2 {
		t.Errorf("co-occurrence of Putin: %+v", co)
	}
}

// FuzzDetect: detection must never panic, and mentions must be in bounds.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"Präsident Wladimir Putin sagte in Moskau:", "Kim Jong-un", "UN-", "-X", "„A“ B. C-d-E", "Институт für Kim-", "Die Deutsche Bahn fährt. „Bahn“ Pro Bahn –Bahn", "Von Anna Berg, Athen", "Von A,", "des Verbands der X",
		"Pellmark Inc.", "Die Kuhn & Söhne GmbH & Co. KG", "Die Industrie- und", "Berlin-based", "X-based-", "the Gulf of", "Republik Ö",
		"Chemikalien, kurz PFAS", "Share Facebook 3 COMMENTS", "im Grauweiler", "der Stadtrat Kesselbrunn", "SV Ulm 1846", "Kepler-Gymnasiums"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, _, err := article.Parse("f.txt", []byte(s))
		if err != nil || a == nil {
			return
		}
		for _, e := range Extract([]*article.Article{a}, nil) {
			for _, m := range e.Mentions {
				p := a.Paragraphs[m.Paragraph].Text
				if m.Start < 0 || m.End > len(p) || m.Start >= m.End || p[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v in %q", m, p)
				}
			}
		}
	})
}

var (
	benchOnce sync.Once
	benchArts []*article.Article
)

func BenchmarkExtractEntities(b *testing.B) {
	b.StopTimer()
	benchOnce.Do(func() { benchArts, _ = article.LoadFS(gen.Generate(10000)) })
	lex() // the embedded lexicon loads once per process
	b.StartTimer()
	var n, mentions int
	for i := 0; i < b.N; i++ {
		ents := Extract(benchArts, nil)
		n = len(ents)
		mentions = 0
		for _, e := range ents {
			mentions += len(e.Mentions)
		}
	}
	b.ReportMetric(float64(n), "entities")
	b.ReportMetric(float64(mentions), "mentions")
}
