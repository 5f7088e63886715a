package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// What limits a figure to a part of what it counts: a counter-event's
// crowd, a subset of a whole, the people or areas a share is limited to, a
// pronoun that stands for its owner.

// counterEvent reports a protest against another event in tokens [from,
// to): "Gegendemonstration", "Gegenkundgebung", "counter-protest", "Gegen
// die Kundgebung demonstrierten", "protested against the rally".
func (x *extractor) counterEvent(from, to int) bool {
	for k := from; k < to; k++ {
		w := x.word(k)
		for _, p := range counterPrefixes {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		if (w == "gegen" || w == "against") && determiners[x.word(k+1)] && rallyNouns[x.word(k+2)] {
			return true
		}
	}
	return false
}

var (
	counterPrefixes = []string{"gegendemo", "gegenkundgebung", "gegenprotest", "gegenveranstaltung", "counter-demo",
		"counter-protest", "counter-rall", "counterprotest", "counterdemo", "counter-march"}
	rallyNouns = lang.Words(`kundgebung demonstration demo veranstaltung aufmarsch rally march demonstration protest`)
)

// markSubset marks a part said of with its whole's measure: "Mehr als 60
// Container sind über Bord gegangen, darunter mindestens neun mit
// Gefahrgut", "Tote: 14, davon 11", "Eleven of the lost boxes contain
// dangerous goods". The subset is not a count of all of them; a part with
// a measure or a noun of its own ("900 of them were killed", "500
// officers among them") needs no mark.
func (x *extractor) markSubset(f *Figure, figs []*Figure, i int) {
	if x.partMarked(f) {
		if i > 0 {
			w := figs[i-1]
			if f.Measure == "" {
				f.Measure = w.Measure // "darunter neun": what is said of the whole
			}
			if w.sentence >= f.sentence-1 && w.Kind == KindCount && w.Measure == f.Measure && f.Measure != "" &&
				w.Thing == f.Thing { // "500 officers among them": a thing of its own tells them apart
				f.Part = "part"
			}
		}
		return
	}
	if f.Measure == "" {
		return
	}
	// "N of the lost boxes", "Drei der Toten": the set's measure is said
	// inside the phrase, of the set the figure is a part of.
	if w := x.word(f.numLast + 1); (w == "of" || w == "der" || w == "von") && f.last > f.numLast+1 &&
		x.measureIn(f, f.numLast+1, f.last+1) == f.Measure {
		f.Part = "part"
	}
}

// amongIn is the family of the people a share's sentence limits it to:
// "Among first-time voters, the HB came second with 19%", "bei den
// Erstwählern kam sie auf 19 Prozent", "unter jungen Wählern". A place or
// an event after "bei" ("bei der Wahl") limits nothing.
func (x *extractor) amongIn(f *Figure) string {
	from, to := x.window(f.sentence, f.first)
	for k := from; k < to; k++ {
		w := x.word(k)
		if w != "among" && w != "unter" && w != "bei" && w != "amongst" {
			continue
		}
		for n := k + 1; n < min(to, k+4); n++ {
			t := x.toks[n]
			if t.kind != tWord || n >= f.first && n <= f.last {
				break // "unter 35": an age, a number of its own
			}
			if fam, ok := familyOf(t.low); ok && animate[fam.thing] {
				return fam.thing
			}
			if isUpperWord(t) && x.lang == "de" || x.actorAt(n) != "" {
				break // "bei der Wahl": a German noun that names no people
			}
		}
	}
	return ""
}

// pronounIn reports a plural pronoun in tokens [from, to) that may stand
// for a party or a group: "sie liegen bei", "they won".
func (x *extractor) pronounIn(from, to int) bool {
	for k := from; k < to; k++ {
		if w := x.word(k); w == "sie" || w == "they" {
			return true
		}
	}
	return false
}

// subAreaIn reports a share's clause that limits it to some areas of the
// whole: "in ländlichen Wahlkreisen", "in several constituencies", "in
// den Bezirken im Norden"; a named place is the place slot's.
func (x *extractor) subAreaIn(from, to int) bool {
	for k := from; k < to; k++ {
		if w := x.word(k); w != "in" && w != "across" {
			continue
		}
		for n := k + 1; n < min(to, k+4); n++ {
			t := x.toks[n]
			if t.kind != tWord {
				break
			}
			if areaNouns[t.low] {
				return true
			}
			if isUpperWord(t) && (x.lang == "en" || !isDeAdjective(t)) && !determiners[t.low] {
				break // "in Kerlingen": a named place
			}
		}
	}
	return false
}

// areaNouns are parts of a whole area, in the plural.
var areaNouns = lang.Words(`wahlkreisen bezirken stadtteilen gemeinden landkreisen kreisen regionen städten dörfern
	ortschaften gebieten constituencies districts wards precincts counties municipalities regions areas towns villages
	boroughs`)
