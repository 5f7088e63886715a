package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a label adds to its counted phrase: the actor's name in the
// label's language, the people a share is limited to, a subset, a rate.

// actorName is the group's actor as a name in language l: a known
// country's name, else the entity's.
func actorName(g *Group, l string) string {
	if code := countryCode(g); code != "" {
		return countryNames[code][langIndex(l)]
	}
	// The name the group's figures of language l write, a full name
	// before a short form, the most written first: "Heimatbewegung" in a
	// German label, "VdM" rather than the English "Centre People's Party".
	n, best := map[string]int{}, ""
	for _, f := range g.Figures {
		if t := f.actorText; t != "" && f.lang == l && f.ActorID == g.Frame.ActorID {
			n[t]++
			short, bestShort := isShortForm(t), isShortForm(best)
			if best == "" || bestShort && !short || short == bestShort && (n[t] > n[best] || n[t] == n[best] && t < best) {
				best = t
			}
		}
	}
	if best != "" {
		return best // a short form the language writes before a name it does not
	}
	return g.Frame.Actor
}

// isShortForm: "HB", "VdM", an acronym rather than a name.
func isShortForm(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2 && utf8.RuneCountInString(s) <= 6 && !strings.Contains(s, " ")
}

// withActorName adds "(Valdonien)" when no adjective said whose.
func withActorName(s string, g *Group, l string) string {
	if a := actorName(g, l); a != "" && !strings.Contains(s, a) {
		return s + " (" + a + ")"
	}
	return s
}

// withAmong adds the people a share is limited to: "Stimmenanteil HB
// unter Wählern", "vote share HB among voters".
func withAmong(s, among, l string) string {
	if among == "" {
		return s
	}
	name := thingName(among, l)
	if l == "en" {
		return s + " among " + name
	}
	if !strings.HasSuffix(name, "n") && !strings.HasSuffix(name, "s") {
		name += "n" // dative plural: "unter Wählern"
	}
	return s + " unter " + name
}

// withPart says a group counts a subset: "über Bord gegangene Container,
// davon ein Teil", "containers lost, a part of them".
func withPart(s, part, l string) string {
	switch {
	case part == "":
		return s
	case part == "area" && l == "en":
		return s + " in some areas"
	case part == "area":
		return s + " in einzelnen Gebieten"
	case l == "en":
		return s + ", a part of them"
	}
	return s + ", davon ein Teil"
}

// withRate adds the unit of a rate: "pro Tag", "per household".
func withRate(s, per, l string) string {
	if per == "" {
		return s
	}
	if l == "en" {
		return s + " per " + per
	}
	if n, ok := deRates[per]; ok {
		return s + " pro " + n
	}
	return s + " pro " + per
}

var deRates = map[string]string{"day": "Tag", "month": "Monat", "year": "Jahr", "hour": "Stunde", "week": "Woche",
	"household": "Haushalt", "person": "Person"}
