package figures

import (
	"strings"
	"testing"

	"quellen/corpus/internal/translit"
)

// TestTopicLabels: a group of money, percentages or measures is named
// after what its sentences measure, with the unit after it, never after a
// unit alone, a generic noun or a person.
func TestTopicLabels(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{"de damage", []string{
			"de: Der Sturm hat nach ersten Schätzungen Schäden von 1,2 Milliarden Euro verursacht.",
			"de: Die Versicherer beziffern den Schaden auf rund 1,3 Milliarden Euro.",
		}, []string{"Schaden (EUR)"}},
		{"en aid, unit after the thing", []string{
			"en: The government pledged aid worth 600 million dollars.",
			"en: Officials said the aid package was worth $650 million.",
		}, []string{"aid (USD)"}},
		{"de gauge with the river's name", []string{
			"de: Der Pegel der Oder in Frankfurt stieg am Abend auf 6,20 Meter.",
			"de: Am Mittag meldete das Landesamt für den Pegel der Oder 6,10 Meter.",
		}, []string{"Pegel der Oder (m)"}},
		{"en burned area", []string{
			"en: Firefighters said about 3,000 hectares had burned by Sunday.",
			"en: The blaze has scorched some 3,500 hectares of pine forest.",
		}, []string{"burned area (ha)"}},
		{"de wind speed", []string{
			"de: Orkanböen erreichten an der Nordseeküste bei Husum bis zu 140 Kilometer pro Stunde.",
			"de: Der Sturm wehte bei Husum mit bis zu 130 km/h über die Nordseeküste.",
		}, []string{"Windgeschwindigkeit in Husum (km/h)"}},
		{"en percent with no noun names the rise", []string{
			"en: The union demands a pay rise of 7%, chief negotiator Maria Lindqvist said.",
			"en: Negotiator Maria Lindqvist repeated the 7% wage demand on Friday.",
		}, []string{"pay rise (%)"}},
		{"de percent of a whole keeps its noun", []string{
			"de: Nur 60 Prozent der Busse fuhren am Morgen.",
			"de: Etwa 55 Prozent der Busse blieben im Depot.",
		}, []string{"Busse (%)"}},
		{"en generic noun: the counted people", []string{
			"en: Police estimated the crowd at 4,000 people at the rally against the new law.",
			"en: Organisers said 5,000 people joined the protest march.",
		}, []string{"participants"}},
		{"de dead, not people", []string{
			"de: Das Erdbeben hat mindestens 40 Menschen das Leben gekostet.",
			"de: Bei dem Beben kamen 42 Menschen ums Leben.",
		}, []string{"Tote"}},
		{"en strikers: no participants' label", []string{
			"en: About 9,000 workers walked out at the port, the union said.",
			"en: The strike drew 8,000 participants, according to the port authority, as workers walked out.",
		}, []string{"strikers"}},
	}
	for _, tt := range tests {
		got := labelsOf(t, tt.texts)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s:\n got  %q\n want %q", tt.name, got, tt.want)
		}
	}
}

// TestPlaceContext: an English name is a place only where a place stands
// (after a place preposition, a place noun or a possessive); a person's
// name or a source is none.
func TestPlaceContext(t *testing.T) {
	tests := []struct {
		lang, in string
		want     string // keys, comma separated
	}{
		{"en", "Company spokeswoman, Clara Oswald, said 300 jobs would go.", ""},
		{"en", "The river peaked at 6 metres in the state capital Hanover.", "Hanover"},
		{"en", "A landslide in the mountain village of Ravello buried 12 homes.", "Ravello"},
		{"en", "Some 400 protesters marched through Leeds on Saturday.", "Leeds"},
		{"de", "Im Bergdorf Ravello wurden 12 Häuser verschüttet.", "Ravello"},
		{"de", "Beim Unglück im Bergdorf Ravello wurden 12 Häuser verschüttet.", "Ravello"},
		{"de", "Nach Angaben des Wetterdienstes Meteomar fielen 80 Liter Regen.", ""},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if len(figs) == 0 {
			t.Errorf("%q: no figure", tt.in)
			continue
		}
		var got []string
		for _, p := range append(figs[0].near, figs[0].wide...) {
			got = append(got, p.key)
		}
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("%q: places %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestNumberCompound(t *testing.T) {
	for w, want := range map[string]bool{"fünf-prozent-hürde": true, "5-percent-threshold": true, "five-year": true,
		"us-verteidigungsministerium": false, "pay": false, "zwölf-monats-vertrag": true} {
		if got := numberCompound(w); got != want {
			t.Errorf("numberCompound(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLengthTopics(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "The quake struck at a depth of 12 km.", "depth"},
		{"en", "Repairs to 14 km of washed-out track would take weeks.", "track"},
		{"de", "Der Verband unterhält 212 Kilometer Deiche.", "dykes"},
		{"en", "The epicentre lay about 90 km from the city.", "distance"},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if len(figs) != 1 || figs[0].Thing != tt.want {
			var got []string
			for _, f := range figs {
				got = append(got, f.Text+"="+f.Thing)
			}
			t.Errorf("%q: got %q, want one figure about %q", tt.in, got, tt.want)
		}
	}
}

func TestDistanceFrom(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"de", "Wonsan liegt rund 200 Kilometer von Pjöngjang entfernt.", "kp-capital"},
		{"en", "Wonsan lies some 200 km from Pyongyang.", "kp-capital"},
		{"de", "Das Dorf liegt 30 Kilometer von Cherson entfernt.", translit.Key("Kherson")},
		{"de", "Nordkorea liegt Tausende Kilometer von der Ukraine entfernt.", "ua"},
		{"en", "The town lies 40 miles from the capital Kyiv.", "ua-capital"},
		{"en", "The village is 20 km south of Kherson.", translit.Key("Kherson")},
		{"en", "The epicentre lay about 90 km from the city.", ""},
		{"de", "Der Ort liegt Tausende Kilometer weiter östlich.", ""},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if len(figs) != 1 || figs[0].from != tt.want {
			var got []string
			for _, f := range figs {
				got = append(got, f.Text+" from "+f.from)
			}
			t.Errorf("%q: got %q, want one distance from %q", tt.in, got, tt.want)
		}
	}
}
