package figures

import (
	"strings"
	"testing"
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
		}, []string{"% Busse"}},
		{"en generic noun: the counted people", []string{
			"en: Police estimated the crowd at 4,000 people at the rally against the new law.",
			"en: Organisers said 5,000 people joined the protest march.",
		}, []string{"people at the rally"}},
		{"de dead, not people", []string{
			"de: Das Erdbeben hat mindestens 40 Menschen das Leben gekostet.",
			"de: Bei dem Beben kamen 42 Menschen ums Leben.",
		}, []string{"Tote"}},
		{"en strikers: no participants' label", []string{
			"en: About 9,000 workers walked out at the port, the union said.",
			"en: The strike drew 8,000 participants, according to the port authority, as workers walked out.",
		}, []string{"workers"}},
	}
	for _, tt := range tests {
		got := labelsOf(t, tt.texts)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s:\n got  %q\n want %q", tt.name, got, tt.want)
		}
	}
}
