package figures

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"quellen/corpus/article"
)

// corpusOf parses one article per text ("de:" or "en:" prefix) and groups
// their figures.
func labelsOf(t *testing.T, texts []string) []string {
	t.Helper()
	var arts []*article.Article
	for i, s := range texts {
		lang, text, _ := strings.Cut(s, ":")
		a := testArticle(lang, strings.TrimSpace(text))
		a.ID = "a" + strconv.Itoa(i)
		arts = append(arts, a)
	}
	var labels []string
	for _, g := range Groups(ExtractAll(arts), Options{}) {
		labels = append(labels, g.Label)
	}
	sort.Strings(labels)
	return labels
}

// TestGroupLabels: labels name what is counted, its nationality and the
// place that sets a group apart, in the language of most of its articles.
func TestGroupLabels(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{"de total and part by place", []string{
			"de: Das Ministerium meldet, dass 8.000 syrische Kämpfer nach Libyen verlegt wurden. Weitere 900 Kämpfer sind bereits in Tripolis angekommen.",
			"de: Laut der Regierung sind inzwischen rund 9.000 Kämpfer aus Syrien in Libyen. Davon kamen 1.000 syrische Kämpfer per Schiff nach Tripolis.",
		}, []string{"syrische Kämpfer in Libyen", "zusätzlich entsandte syrische Kämpfer in Tripolis"}},
		{"en total and part by place", []string{
			"en: Officials said 8,000 Syrian fighters were sent to Libya. Another 900 fighters reached Tripoli.",
			"en: About 9,000 Syrian fighters are now in Libya, the ministry said. Some 1,000 Syrian fighters arrived in Tripoli by ship.",
		}, []string{"Syrian fighters in Libya", "additional Syrian fighters in Tripoli"}},
		{"de dative plural to nominative", []string{
			"de: Die Armee beklagt bis zu 2.500 Toten und Verletzten.",
			"de: Es gab 2.000 Tote und Verletzte.",
		}, []string{"Tote und Verletzte"}},
		{"de dative noun with attachment", []string{
			"de: Die Behörden meldeten die Lieferung von 300 Containern mit Munition.",
			"de: Insgesamt 400 Container mit Munition wurden geliefert.",
		}, []string{"gelieferte Container mit Munition"}},
		{"de article country in label", []string{
			"de: Nach Angaben der Armee kämpfen 5.000 polnische Freiwillige in der Ukraine.",
			"de: Rund 6.000 Freiwillige aus Polen sind in die Ukraine gereist.",
		}, []string{"polnische Freiwillige in der Ukraine"}},
		{"a death toll counts the dead", []string{
			"en: The death toll rose to 2,874, officials said.",
			"en: The death toll has risen to about 3,000.",
		}, []string{"dead"}},
		{"label follows the majority language", []string{
			"en: About 4,000 Iranian troops are in Syria.",
			"en: Some 5,000 Iranian soldiers are in Syria, officials said.",
			"de: Rund 4.500 iranische Soldaten sind in Syrien.",
		}, []string{"Iranian troops in Syria"}},
		{"en casualties with actor", []string{
			"en: An estimated 70,000 Russian soldiers have been killed or wounded.",
			"en: Russia has lost more than 80,000 soldiers killed or wounded.",
		}, []string{"Russian soldiers killed or wounded"}},
		{"de no place: nationality only", []string{
			"de: Die Türkei hat 3.000 türkische Soldaten mobilisiert.",
			"de: Es sollen 3.500 Soldaten aus der Türkei sein, die mobilisiert wurden.",
		}, []string{"türkische Soldaten"}},
	}
	for _, tt := range tests {
		got := labelsOf(t, tt.texts)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s:\n got  %q\n want %q", tt.name, got, tt.want)
		}
	}
}

func TestDeNominativePlural(t *testing.T) {
	for in, want := range map[string]string{
		"Toten": "Tote", "Verletzten": "Verletzte", "Vermissten": "Vermisste", "Gefangenen": "Gefangene",
		"Überlebenden": "Überlebende", "Inhaftierten": "Inhaftierte", "Containern": "Container", "Männern": "Männer",
		"Soldaten": "Soldaten", "Zivilisten": "Zivilisten", "Menschen": "Menschen", "Raketen": "Raketen",
		"Geiseln": "Geiseln", "Mauern": "Mauern", "Panzer": "Panzer", "Gebieten": "Gebiete",
	} {
		if got := deNominativePlural(in); got != want {
			t.Errorf("deNominativePlural(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFigurePlaces: the places near a figure, with the locative a label
// uses, and none from its own phrase, its actor or its source.
func TestFigurePlaces(t *testing.T) {
	tests := []struct {
		lang, in string
		want     string // key=loc, ...
	}{
		{"de", "Rund 500 Soldaten aus Nordkorea wurden nach Wladiwostok gebracht.", "Wladiwostok=in Wladiwostok"},
		{"de", "Laut dem französischen Ministerium kämpfen 500 Söldner in der Region Donezk.", "Donezk="},
		{"de", "Auf ukrainischer Seite gab es 500 Tote.", ""}, // the side is the actor, no place
		{"de", "Es kamen 500 Soldaten in der Ukraine an, und 300 Soldaten blieben in Polen.", "ua=in der Ukraine"},
		{"en", "About 500 troops are in Russia's Kursk region, officials said.", "ru=in Russia, Kursk="},
		{"en", "Some 500 North Korean troops arrived in Nizhny Novgorod on Monday.", "Nizhny Novgorod=in Nizhny Novgorod"},
	}
	for _, tt := range tests {
		figs := Extract(testArticle(tt.lang, tt.in))
		if len(figs) == 0 {
			t.Errorf("%q: no figure", tt.in)
			continue
		}
		var got []string
		for _, p := range append(figs[0].near, figs[0].wide...) {
			got = append(got, p.key+"="+p.loc)
		}
		if g := strings.Join(got, ", "); g != tt.want {
			t.Errorf("%q: places %q, want %q", tt.in, g, tt.want)
		}
	}
}

// TestActorNameInLabelLanguage: a label names the actor as the figures of
// its language write it, not by the entity's name in another language.
func TestActorNameInLabelLanguage(t *testing.T) {
	g := &Group{Kind: KindPercent, Frame: Frame{ActorID: "e1", Actor: "Homeland Movement"}}
	for _, text := range []string{"Heimatbewegung", "Heimatbewegung", "HB"} {
		g.Figures = append(g.Figures, &Figure{Frame: Frame{ActorID: "e1"}, lang: "de", actorText: text})
	}
	g.Figures = append(g.Figures, &Figure{Frame: Frame{ActorID: "e1"}, lang: "en", actorText: "HB"})
	for _, tt := range []struct{ l, want string }{{"de", "Heimatbewegung"}, {"en", "HB"}} {
		if got := actorName(g, tt.l); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.l, got, tt.want)
		}
	}
}
