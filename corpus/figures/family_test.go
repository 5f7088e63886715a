package figures

import "testing"

// TestUnitFamilies: people whose death the sentence reports are counted as
// killed; participants of a strike are strikers, workers on strike, while a
// rally's participants stay people taking part.
func TestUnitFamilies(t *testing.T) {
	for _, c := range []struct {
		lang, in string
		want     []figureRow
	}{
		{"de", "Der Erdrutsch hat nach Angaben der Polizei 23 Menschen das Leben gekostet.", []figureRow{{text: "23 Menschen", unit: "people/killed"}}},
		{"de", "Der Sturm kostete 8 Menschen das Leben.", []figureRow{{text: "8 Menschen", unit: "people/killed"}}},
		{"de", "Bei dem Busunglück kamen 17 Menschen ums Leben.", []figureRow{{text: "17 Menschen", unit: "people/killed"}}},
		{"de", "Bei der Explosion starben in der Nacht 6 Personen.", []figureRow{{text: "6 Personen", unit: "people/killed"}}},
		{"en", "The landslide killed at least 31 people in the valley.", []figureRow{{text: "at least 31 people", unit: "people/killed"}}},
		{"en", "Twelve people lost their lives in the blaze.", []figureRow{{text: "Twelve people", unit: "people/killed"}}},
		// Cubic metres and nautical miles are units of their own in both languages.
		{"en", "Firefighters used 5,200 cubic metres of water.", []figureRow{{text: "5,200 cubic metres", value: 5200, unit: "m³"}}},
		{"de", "Die Feuerwehr verbrauchte 5.200 Kubikmeter Wasser.", []figureRow{{text: "5.200 Kubikmeter", value: 5200, unit: "m³"}}},
		{"en", "The ferry was about four nautical miles from the harbour.", []figureRow{{text: "about four nautical miles", unit: "nmi"}}},
		// Saved, evacuated or sheltering people are no dead.
		{"de", "Die Bergwacht hat 40 Menschen das Leben gerettet.", []figureRow{{text: "40 Menschen", unit: "people/rescued"}}},
		{"de", "Nachdem 2 Menschen starben, mussten 900 Menschen ihre Häuser verlassen.", []figureRow{{text: "900 Menschen", unit: "people/evacuated"}}},
		{"en", "Two people died and 450 people were evacuated.", []figureRow{{text: "450 people", unit: "people/evacuated"}}},
		// Strikes: participants who strike are strikers.
		{"de", "Zum Warnstreik im Nahverkehr hatte Verdi 8.000 Teilnehmer erwartet.", []figureRow{{text: "8.000 Teilnehmer", unit: "workers/participating"}}},
		{"de", "Im Hafen legten 3.000 Teilnehmer die Arbeit nieder.", []figureRow{{text: "3.000 Teilnehmer", unit: "workers/participating"}}},
		{"en", "About 6,000 participants walked out at the car plants on Monday.", []figureRow{{text: "About 6,000 participants", unit: "workers/participating"}}},
		{"en", "The union said 2,500 strikers joined the picket lines.", []figureRow{{text: "2,500 strikers", unit: "workers/participating"}}},
		// A rally, even one of strikers, counts its participants.
		{"de", "Zur Streikkundgebung am Rathaus kamen 700 Teilnehmer.", []figureRow{{text: "700 Teilnehmer", unit: "people/participating"}}},
		{"en", "Police counted 1,100 participants at the rally of striking nurses.", []figureRow{{text: "1,100 participants", unit: "people/participating"}}},
	} {
		checkFigures(t, c.lang, c.in, c.want, nil)
	}
}
