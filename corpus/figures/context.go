package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// What a group label is made of, read while extracting: the counted noun
// phrase in the nominative plural without its nationality, and the places
// named around a figure ("nach Wladiwostok", "in Russia's Kursk region").

// placeRef is a place named near a figure: key is a country code or the
// word as written; name is how a label writes it; loc is the locative
// phrase when the text put a preposition before it ("in der Ukraine",
// "in Wladiwostok"), else "".
type placeRef struct{ key, name, loc, lang string }

// Words that bound the context of a figure: a clause ends, or a
// coordinated clause with a figure of its own begins.
var (
	clauseMarks  = lang.Words(`, ; : – — ( ) "`)
	coordinators = lang.Words(`und oder sowie während aber doch and or while whereas but`)
	// locatives put a place where something is or goes.
	locatives = lang.Words(`in im nach ins bei nahe into to at near inside`)
	// placePreps may stand before a name without an article.
	placePreps = lang.Words(`in nach aus von bei um bis an nahe from to into at near in`)
)

var weekdays = lang.Weekdays

const (
	contextBefore = 5  // tokens read before a figure
	contextAfter  = 15 // tokens read after it
)

// setPlaces records the places near each figure of the paragraph: after it
// up to the clause end or the next figure, before it back to the clause
// start, a coordinator or the previous figure. A figure with none nearby
// takes the places of its whole sentence, as a weaker hint.
func (x *extractor) setPlaces(figs []*Figure) {
	// Each attribution once per sentence: a long sentence repeats its
	// source with every figure, and placesIn checks each name against them.
	x.sentAttr = map[int][]string{}
	seenAttr := map[int]map[string]bool{}
	for _, f := range figs {
		if f.Attribution == "" || seenAttr[f.sentence][f.Attribution] {
			continue
		}
		if seenAttr[f.sentence] == nil {
			seenAttr[f.sentence] = map[string]bool{}
		}
		seenAttr[f.sentence][f.Attribution] = true
		x.sentAttr[f.sentence] = append(x.sentAttr[f.sentence], f.Attribution)
	}
	for i, f := range figs {
		from, to := x.window(f.sentence, f.first)
		skip := func(k int) bool {
			return k >= f.first && k <= f.last || f.src.ok() && k >= f.src.start && k <= f.src.end
		}
		lo := max(from, f.first-contextBefore)
		if i > 0 && figs[i-1].last+1 > lo {
			lo = figs[i-1].last + 1
		}
		for k := f.first - 1; k >= lo; k-- {
			if clauseMarks[x.tokText(k)] || coordinators[x.word(k)] {
				lo = k + 1
				break
			}
		}
		hi := min(to, f.last+1+contextAfter)
		if i+1 < len(figs) && figs[i+1].first < hi {
			hi = figs[i+1].first
		}
		for k := f.last + 1; k < hi; k++ {
			if clauseMarks[x.tokText(k)] {
				hi = k
				break
			}
		}
		f.near = x.placesIn(lo, hi, skip, f.actor.code)
		if len(f.near) == 0 {
			f.wide = x.placesIn(from, to, skip, f.actor.code)
		}
	}
}

// placesIn lists the places named in tokens [from, to): countries and
// nationalities ("Russland", "russischer", "Russia's"), and names, which in
// German must follow a preposition or a noun with its article ("nach
// Wladiwostok", "die Region Kursk") since every noun is capitalised there.
func (x *extractor) placesIn(from, to int, skip func(int) bool, actor string) []placeRef {
	var out []placeRef
	seen := func(key string) bool {
		for _, p := range out {
			if p.key == key {
				return true
			}
		}
		return false
	}
	sentStart, _ := x.sentenceRange(x.sent[max(from, 0)])
	for k := from; k < to; k++ {
		t := x.toks[k]
		if t.kind != tWord || skip(k) {
			continue
		}
		var p placeRef
		at := k
		base := strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")
		if c := x.actorAt(k); c != "" || countries[base] != "" {
			if c == "" {
				c = countries[base]
			}
			lang := 0
			if x.lang == "en" {
				lang = 1
			}
			p = placeRef{key: c, name: countryNames[c][lang]}
			if x.lang == "en" && isUpperWord(x.tokAt(k+1)) && x.actorAt(k+1) == c {
				k++ // "North Korea": one place
			}
		} else if x.isPlaceName(k, sentStart) && (x.lang != "en" || x.enPlaceContext(k)) {
			for x.lang == "en" && k+1 < to && !isPossessive(t.low) && x.isPlaceName(k+1, sentStart) && !skip(k+1) && x.actorAt(k+1) == "" {
				k++ // "Nizhny Novgorod"
				t = x.toks[k]
			}
			name := strings.TrimSuffix(strings.TrimSuffix(x.span(at, k), "'s"), "’s")
			p = placeRef{key: name, name: name}
		} else {
			continue
		}
		if p.key == actor || p.name == "" || seen(p.key) || x.inAttribution(p.name, x.sent[at]) {
			continue
		}
		p.loc = x.locative(at, p)
		out = append(out, p)
	}
	return out
}

// enPlaceWords may stand before an English place name; placeNouns after
// it or before "of" ("Kursk region", "the town of Mati"). English
// capitalises names only, and a person's name ("personnel chief, Evelyn
// Hartung, said") stands in none of these places.
var (
	enPlaceWords = lang.Words(`in at near from to into across through throughout outside inside around toward towards
		reached reach reaches entered enter enters hit hits struck`)
	placeNouns = lang.Words(`region regions city town village villages district province state county area oblast river valley
		island coast suburb suburbs capital port border municipality`)
)

// contractedPreps hold an article: "im Küstenort Mati", "am Flughafen Tegel".
var contractedPreps = lang.Words(`im am vom zum beim ins`)

// enPlaceContext: an English name at token k stands where a place does:
// after a place preposition, a country's possessive ("Russia's Kursk
// region", not "the EU's Copernicus programme"), "of"
// after a place noun, or before a place noun.
func (x *extractor) enPlaceContext(k int) bool {
	prev := x.tokAt(k - 1)
	switch {
	case enPlaceWords[prev.low], placeNouns[prev.low],
		isPossessive(prev.low) && countries[strings.TrimSuffix(strings.TrimSuffix(prev.low, "'s"), "’s")] != "",
		prev.low == "of" && placeNouns[x.word(k-2)], placeNouns[x.word(k+1)]:
		return true
	}
	// Names joined to a place: "Pirna, Bad Schandau and ..." after "of".
	return prev.low == "the" && placeNouns[x.word(k+1)]
}

// inAttribution reports a name that is part of an attribution of a figure
// in sentence s ("EU-Satellitendienst Copernicus"): a source is no place.
func (x *extractor) inAttribution(name string, s int) bool {
	for _, a := range x.sentAttr[s] {
		if strings.Contains(a, name) {
			return true
		}
	}
	return false
}

// isPlaceName: a capitalised name that is no common noun, month, unit or
// source.
func (x *extractor) isPlaceName(k, sentStart int) bool {
	t := x.toks[k]
	if !isUpperWord(t) || k == sentStart || len(t.low) < 3 || isAcronym(t.text) {
		return false
	}
	if x.lang == "en" {
		if enStopWords[t.low] {
			return false
		}
	} else if prev := x.word(k - 1); !placePreps[prev] && !(isUpperWord(x.tokAt(k-1)) && (determiners[x.word(k-2)] || contractedPreps[x.word(k-2)])) {
		// German capitalises every noun: a name follows a preposition
		// ("nach Wladiwostok") or is an apposition ("die Region Kursk").
		return false
	}
	if months[t.low] || weekdays[t.low] || reportNouns[t.low] || isCountedNoun(t.low) {
		return false
	}
	if _, unit := unitWords[t.low]; unit {
		return false
	}
	return !sourceHead(t.low)
}

// locative writes a place the way a label says where: the text's own
// "in der Ukraine" or "im Donbass", else "in" and the name when a
// locative or directional preposition stood before it ("nach Russland").
func (x *extractor) locative(k int, p placeRef) string {
	prev := x.word(k - 1)
	if determiners[prev] {
		if x.word(k-2) == "in" {
			return "in " + x.span(k-1, k) // "in der Ukraine", "in the Donbas"
		}
		return ""
	}
	if prev == "im" {
		return x.span(k-1, k)
	}
	if !locatives[prev] {
		return ""
	}
	if x.lang == "de" {
		if l, ok := deLocatives[p.key]; ok {
			return l // "nach Ukraine" is not said, but "in die Ukraine": write "in der Ukraine"
		}
	}
	return "in " + p.name
}

// deLocatives are countries named with an article in German.
var deLocatives = map[string]string{
	"ua": "in der Ukraine", "us": "in den USA", "tr": "in der Türkei", "ch": "in der Schweiz", "nl": "in den Niederlanden",
	"ir": "im Iran", "iq": "im Irak", "lb": "im Libanon", "ye": "im Jemen", "sd": "im Sudan",
}

// nominalSubject puts the counted phrase in tokens [s, e] in the
// nominative plural and drops what names its nationality, which the label
// adds once: "Soldaten aus Nordkorea" -> "Soldaten", "Toten, Verletzten
// oder Vermissten" -> "Tote, Verletzte oder Vermisste", "North Korean
// troops" -> "troops".
func (x *extractor) nominalSubject(s, e int) string {
	var out []string
	for k := s; k <= e; k++ {
		t := x.toks[k]
		switch {
		case t.kind != tWord:
			if len(out) > 0 {
				out[len(out)-1] += t.text // ","
			}
			continue
		case (t.low == "aus" || t.low == "from" || t.low == "of") && k+1 <= e && x.actorAt(k+1) != "":
			k++ // "aus Nordkorea"
			continue
		case x.actorAt(k) != "" && (x.lang == "en" || !isUpperWord(t)):
			continue // "nordkoreanische", "North Korean"
		case x.lang == "en":
			out = append(out, t.text)
		case isUpperWord(t):
			out = append(out, deNominativePlural(t.text))
		case isDeAdjective(t):
			st, _ := adjStem(t.low)
			out = append(out, st+"e")
		default:
			out = append(out, t.text)
		}
	}
	return strings.Join(out, " ")
}

// deNominativePlural turns a German plural noun in the dative into the
// nominative: "Containern" -> "Container", and nominalised adjectives and
// participles into their strong form: "Toten" -> "Tote", "Verletzten" ->
// "Verletzte", "Überlebenden" -> "Überlebende".
func deNominativePlural(w string) string {
	low := strings.ToLower(w)
	if !strings.HasSuffix(low, "en") {
		return dativePluralBase(w)
	}
	switch {
	case thingOf(low, "").measure != "" && thingOf(low[:len(low)-1], "").measure != "",
		strings.HasSuffix(low, "enden"), strings.HasSuffix(low, "ierten"),
		hasParticiplePrefix(low) && (strings.HasSuffix(low, "ten") || strings.HasSuffix(low, "enen")):
		return w[:len(w)-1]
	}
	return w
}

func hasParticiplePrefix(low string) bool {
	for _, p := range []string{"ge", "ver", "be", "ent", "er", "zer"} {
		if strings.HasPrefix(low, p) && len(low) > len(p)+4 {
			return true
		}
	}
	return false
}

// placeFrames sets each figure's Place, the soft slot of its frame: the
// place named nearest it, else in its sentence.
func placeFrames(figs []*Figure) {
	for _, f := range figs {
		f.Place = ""
		switch {
		case len(f.near) > 0:
			f.Place = f.near[0].name
		case len(f.wide) > 0:
			f.Place = f.wide[0].name
		}
	}
}
