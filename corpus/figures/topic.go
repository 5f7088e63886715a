package figures

import (
	"strings"

	"quellen/corpus/internal/translit"
)

// A unit is no label: "EUR", "m" and "%" do not say what was paid,
// measured or shared. Groups of money, percentages and measures are named
// after the thing their sentences measure ("Schaden", "Pegel der Elbe",
// "verbrannte Fläche", "pay rise"), found in general news vocabulary,
// with the unit after it: "Pegel der Elbe in Dresden (m)".

// topic is a thing a figure measures: word prefixes (lower case) that name
// it in either language, and how a German and an English label write it.
type topic struct {
	prefixes []string
	de, en   string
}

// topics per unit family ("money", "percent", or a measure unit), most
// specific first; a "" prefix list is the fallback of the unit.
var topics = map[string][]topic{
	"money": {
		// Insured losses are a part of the damage, told apart by insurers.
		{words("versichert insured"), "versicherter Schaden", "insured damage"},
		{words("schaden schäden damage"), "Schaden", "damage"},
		{words("entschädig compensation"), "Entschädigung", "compensation"},
		{words("prämie bonus inflationsausgleich"), "Prämie", "bonus"},
		// Before pay: a payment or a donation is money handed over, not a wage.
		{words("spende spenden donation payment zahlung überweisung"), "Zahlungen", "payments"},
		{words("lohn löhne gehalt gehälter wage salar pay"), "Lohn", "pay"},
		{words("kosten cost"), "Kosten", "cost"},
		{words("militärhilfe rüstungshilfe military-aid"), "Militärhilfe", "military aid"},
		{words("soforthilfe nothilfe relief"), "Soforthilfe", "emergency relief"},
		{words("hilfe hilfs unterstützung aid assistance support package paket"), "Hilfe", "aid"},
		{words("verlust loss"), "Verlust", "loss"},
		{words("umsatz revenue sales"), "Umsatz", "revenue"},
		{words("gewinn profit"), "Gewinn", "profit"},
		{words("haushalt etat budget"), "Haushalt", "budget"},
		{words("investition investment"), "Investitionen", "investment"},
		{words("ausgaben spending"), "Ausgaben", "spending"},
		{nil, "Betrag", "amount"},
	},
	"percent": {
		{words("lohn löhne gehalt gehälter wage salar pay"), "Lohnerhöhung", "pay rise"},
		{words("preis price"), "Preisanstieg", "price rise"},
		{words("inflation teuerung"), "Inflation", "inflation"},
		{words("zins interest"), "Zins", "interest rate"},
		{words("wachstum growth"), "Wachstum", "growth"},
		{words("arbeitslos unemploy"), "Arbeitslosenquote", "unemployment rate"},
		{words("wahlbeteiligung beteiligung turnout"), "Wahlbeteiligung", "turnout"},
		{words("hürde sperrklausel threshold"), "Sperrklausel", "threshold"},
		{words("stimmenanteil wählerstimm zweitstimm vote"), "Stimmenanteil", "vote share"},
		{words("bip gdp wirtschaftsleistung"), "Anteil am BIP", "share of GDP"},
		{words("erhöhung anstieg steigerung increase rise raise"), "Erhöhung", "increase"},
		{words("rückgang senkung kürzung decrease decline drop cut"), "Rückgang", "decrease"},
		{nil, "Anteil", "share"},
	},
	"m": {
		{words("pegel wasserstand gauge"), "Pegel", "water level"},
		{words("level"), "Pegel", "water level"},
		{words("tiefe depth deep"), "Tiefe", "depth"},
		{words("welle wave"), "Wellenhöhe", "wave height"},
		{words("wasser water flut flood überschwemm"), "Wasserstand", "water depth"},
		{nil, "Höhe", "height"},
	},
	"ha": {
		{words("verbrannt brann brand feuer burn burnt fire blaze scorch"), "verbrannte Fläche", "burned area"},
		{words("überflutet überschwemm flood"), "überflutete Fläche", "flooded area"},
		{nil, "Fläche", "area"},
	},
	"km/h": {
		{words("wind böe sturm orkan gust storm gale"), "Windgeschwindigkeit", "wind speed"},
		{nil, "Geschwindigkeit", "speed"},
	},
	"l": {
		{words("regen niederschlag rain precipitation"), "Regenmenge", "rainfall"},
		{nil, "Menge", "volume"},
	},
	"t":  {{nil, "Menge", "amount"}},
	"kg": {{nil, "Gewicht", "weight"}},
	"km": lengthTopics,
	"mi": lengthTopics,
}

// lengthTopics are what a length in kilometres or miles measures.
var lengthTopics = []topic{
	{words("tiefe tief depth deep"), "Tiefe", "depth"},
	{words("gleis schiene bahnstrecke track rail"), "Gleisstrecke", "track"},
	{words("deich damm dyke dike levee embankment"), "Deiche", "dykes"},
	{words("stau traffic jam tailback"), "Stau", "traffic jam"},
	{words("küste coast ufer shore"), "Küste", "coastline"},
	{words("front frontline"), "Frontlinie", "front line"},
	{words("bruch riss verwerfung rupture fault"), "Bruchzone", "rupture"},
	{words("entfernt entfernung abstand away distance from"), "Entfernung", "distance"},
	{words("länge lang long length"), "Länge", "length"},
	{nil, "Entfernung", "distance"},
}

// topicIn is the topic of figure f named nearest to it in tokens [from,
// to), by its English name ("damage", "water level"), or the unit's
// fallback topic when none is named; "" when the unit has no topics.
func (x *extractor) topicIn(f *Figure, from, to int, unit string) string {
	list := topics[unit]
	best, bestDist, bestRank := "", 1<<30, len(list)
	for k := from; k < to; k++ {
		if k >= f.first && k <= f.last && f.Kind != KindPercent {
			continue // the figure's own words, but a share's whole
		}
		w := x.word(k)
		if w == "" || perWords[x.word(k-1)] {
			continue // "pro Haushalt" is a rate, no topic
		}
		if numberCompound(w) {
			continue // "die Fünf-Prozent-Hürde" is the topic of its own number
		}
		for rank, t := range list {
			if t.prefixes == nil || !hasAnyPrefix(w, t.prefixes) {
				continue
			}
			// The nearest, but a more specific topic a few words further
			// wins: "a pay rise of 7%" is a pay rise, not an increase.
			d := x.cueDistance(f, k)
			if d < bestDist && !(rank > bestRank && d+4 > bestDist) || rank < bestRank && d <= bestDist+4 {
				best, bestDist, bestRank = t.en, d, rank
				f.topicText = x.namedTopic(k)
			}
			break
		}
	}
	return best // "": unknown, a label names the unit's general topic
}

// moneyFamilies put money topics that are one thing in a comparison
// under one name: a damage, a cost and a loss are what something cost.
var moneyFamilies = map[string]string{"damage": "cost", "loss": "cost", "compensation": "aid", "military aid": "aid",
	"emergency relief": "aid", "investment": "aid", "spending": "aid", "bonus": "pay"}

// topicMeasures: what happened to money of a topic when its clause says
// nothing more.
var topicMeasures = map[string]Measure{"insured damage": Cost, "damage": Cost, "cost": Cost, "loss": Cost, "compensation": Paid,
	"military aid": Paid, "emergency relief": Paid, "aid": Paid, "investment": Paid, "spending": Paid}

// topicLabel writes a topic (by its English name) in a label's language.
func topicLabel(unit, en, lang string) string {
	for _, t := range topics[unit] {
		if t.en == en {
			if lang == "en" {
				return t.en
			}
			return t.de
		}
	}
	return en
}

func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		// Inside a German compound only when long enough to be a word:
		// "Hochwasserschäden", "Streikkosten".
		if strings.HasPrefix(w, p) || len(p) >= 6 && strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// namedTopic is the topic word at token k with the name of what it
// belongs to, as written: "Pegel der Oder", "level of the Elbe"; "" when
// no name follows.
func (x *extractor) namedTopic(k int) string {
	if !isUpperWord(x.tokAt(k)) && x.lang == "de" {
		return ""
	}
	switch w := x.word(k + 1); {
	case (w == "der" || w == "des") && isUpperWord(x.tokAt(k+2)):
		return x.span(k, k+2)
	case w == "of" && x.word(k+2) == "the" && isUpperWord(x.tokAt(k+3)):
		return x.span(k, k+3)
	}
	return ""
}

// numberCompound: a hyphenated word that opens with a number, in digits
// or in words: "fünf-prozent-hürde", "5-percent-threshold".
func numberCompound(w string) bool {
	head, _, ok := strings.Cut(w, "-")
	if !ok || head == "" {
		return false
	}
	if head[0] >= '0' && head[0] <= '9' {
		return true
	}
	if _, ok := enNumberWords[head]; ok {
		return true
	}
	_, _, ok = parseGermanNumberWord(head)
	return ok
}

// distanceFrom is the place a distance is measured from, named after it in
// its clause ("200 Kilometer von Pjöngjang entfernt", "40 miles from the
// capital Kyiv", "20 km south of Kherson"), as a place key: a country's
// code or the name's transliteration key, so that "Kiew" and "Kyiv" meet.
// Two distances from two places are two things; "" when none is named.
func (x *extractor) distanceFrom(f *Figure, to int) string {
	for k := f.last + 1; k < min(to, f.last+8); k++ {
		w := x.word(k)
		if w != "von" && w != "vom" && w != "from" && w != "of" {
			continue
		}
		n := k + 1
		for n < to && (determiners[x.word(n)] || placeNouns[x.word(n)] || x.word(n) == "capital") {
			n++ // "von der Ukraine", "from the capital Kyiv"
		}
		if n >= to {
			return ""
		}
		base := strings.TrimSuffix(strings.TrimSuffix(x.word(n), "'s"), "’s")
		if c := countries[base]; c != "" {
			if isCountryName(base, c) {
				return c
			}
			// A capital stands for its country's government elsewhere
			// ("Kyiv said"), but a distance from it is from the city,
			// whichever language names it: "Kiew", "Kyiv".
			return c + "-capital"
		}
		if isUpperWord(x.toks[n]) {
			return translit.Key(x.toks[n].text)
		}
		return x.actorAt(n)
	}
	return ""
}

// isCountryName: w names country c itself ("ukraine", "russlands"), not
// its capital or its people: a distance from Kyiv is not one from Ukraine.
func isCountryName(w, c string) bool {
	for _, name := range countryNames[c] {
		if n := strings.ToLower(name); w == n || w == n+"s" {
			return true
		}
	}
	return false
}
