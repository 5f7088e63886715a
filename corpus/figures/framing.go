package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Filling a figure's frame while extracting: the thing and its actor from
// the counted phrase (classify), then, once every figure of the paragraph
// is known, the measure from the figure's clause (setFrames).

// classify sets the thing, the actor and the status from the counted phrase
// and the words around the number: "nordkoreanische Soldaten" are soldiers
// of North Korea, "Tote" people killed.
func (x *extractor) classify(f *Figure, first, last, subjStart, subjEnd int) {
	if f.Kind != KindCount && f.Kind != KindOther {
		return
	}
	if subjStart >= 0 {
		for k := subjStart; k <= subjEnd; k++ {
			t := x.toks[k]
			if t.kind != tWord {
				continue
			}
			if s := statusWords[t.low]; s != "" {
				f.status = s
			}
			if a := x.actorAt(k); a != "" && f.actor.code == "" {
				f.actor = actorRef{code: a, text: t.text}
				if x.lang == "en" && isUpperWord(x.tokAt(k+1)) && x.actorAt(k+1) == a {
					f.actor.text = x.span(k, k+1) // "North Korean"
				}
			} else if f.actor == (actorRef{}) && k < subjEnd && x.nationalityLike(k) {
				// "orvandische Soldaten", "Karsenian troops": a country no
				// list knows, if the entities know it (resolveNames).
				f.actor = actorRef{text: t.text, start: t.start, end: t.end}
			}
		}
		if f.actor == (actorRef{}) {
			x.genitiveActor(f, subjEnd)
		}
		head, mod := x.headOf(subjStart, subjEnd)
		info := thingOf(x.toks[head].low, mod)
		f.Thing, f.implied = info.thing, info.measure
		// "Toten, Verletzten oder Vermissten": coordinated nouns of two
		// measures count casualties.
		for k := head + 1; k <= subjEnd; k++ {
			if m := thingOf(x.toks[k].low, "").measure; isUpperWord(x.toks[k]) && m != "" && m != f.implied && f.implied != "" {
				f.implied = Casualties
			}
		}
	}
	// A genitive or possessive before the number: "Nordkoreas 12.000
	// Soldaten", "Russia's 600,000 casualties".
	if f.actor.code == "" {
		t := x.tokAt(first - 1)
		if base, ok := genitiveBase(t); ok {
			if a := countries[base]; a != "" {
				f.actor = actorRef{code: a, text: t.text}
			}
		}
	}
	if f.actor == (actorRef{}) {
		x.sideActor(f)
	}
	if f.actor == (actorRef{}) && x.ownSide(first, last) {
		f.actor.own = true // its source's own: resolveNames reads the source
	}
	if f.Kind == KindOther {
		return // a bare number: inheritSubjects and setFrames decide
	}
	f.Unit = f.Thing
}

// headOf returns the head noun of a counted phrase in tokens [s, e] and the
// word that modifies it in English ("emergency workers"): the first noun
// in German ("Containern mit Munition"), the last before "of" in English.
func (x *extractor) headOf(s, e int) (head int, modifier string) {
	if x.lang == "de" {
		for k := s; k <= e; k++ {
			if st, _ := adjStem(x.toks[k].low); k < e && strings.HasSuffix(st, "isch") && isUpperWord(x.toks[k+1]) {
				continue // at the start of a line: "Orvandische Soldaten:"
			}
			if isUpperWord(x.toks[k]) && x.toks[k].kind == tWord {
				return k, ""
			}
		}
		return e, ""
	}
	head = e
	for k := s; k < e; k++ {
		if x.word(k+1) == "of" {
			head = k
			break
		}
	}
	for k := head; k > s && !isCountedNoun(x.word(k)); k-- {
		if isCountedNoun(x.word(k - 1)) {
			head = k - 1 // "the number of dead rose": "dead"
			break
		}
	}
	for head > s && x.toks[head].kind != tWord {
		head--
	}
	return head, x.word(head - 1)
}

// setFrames fills the measure and the rest of each frame from the clause
// around each figure of the paragraph, bounded by its neighbours.
func (x *extractor) setFrames(figs []*Figure) {
	wholes := map[int]bool{}
	for i := range figs {
		if i+1 < len(figs) && x.partOf(figs[i], figs[i+1]) {
			wholes[i+1] = true
		}
	}
	// A whole is framed before its part, which takes the whole's thing.
	order := make([]int, 0, len(figs))
	for i := range figs {
		if wholes[i+1] {
			continue
		}
		if wholes[i] {
			order = append(order, i, i-1)
			continue
		}
		order = append(order, i)
	}
	for _, i := range order {
		f := figs[i]
		from, to := x.clauseOf(figs, i)
		switch {
		case wholes[i]:
			// "930 of its roughly 1,150 daily services were cancelled": the
			// whole is what there is; the predicate is the part's.
			from, to = f.first, f.last+1
		case i+1 < len(figs) && wholes[i+1]:
			x.takeWhole(f, figs[i+1])
			_, to = x.clauseOf(figs, i+1)
		}
		f.clauseFrom, f.clauseTo = x.toks[from].start, x.toks[to-1].end
		if f.bare {
			x.answer(figs, i)
		}
		if f.Kind == KindOther && f.Unit == "" && !f.bare {
			x.bareEvent(f, from, to) // "kills at least 214"
		}
		switch {
		case f.Kind == KindCount:
			x.frameCount(f, figs, i, from, to)
		case f.Kind == KindPercent && f.bare:
			f.Measure = f.implied
		case f.Kind == KindPercent:
			x.framePercent(f, from, to)
		case f.Kind == KindMoney:
			if !f.bare {
				f.Thing = x.topicIn(f, from, to, "money")
				f.topic = f.Thing
				if fam := moneyFamilies[f.Thing]; fam != "" {
					f.Thing = fam
				}
			}
			if f.Measure = x.measureIn(f, from, to); f.Measure == "" {
				f.Measure = topicMeasures[f.Thing]
			}
			if f.Measure == "" {
				f.Measure = f.implied
			}
		case measureUnits[f.Unit]:
			f.Thing, f.Measure = x.topicIn(f, from, to, f.Unit), Measured
			f.topic = f.Thing
			if f.Thing == "distance" || f.Thing == "" && (f.Unit == "km" || f.Unit == "mi") {
				if f.from = x.distanceFrom(f, to); f.from != "" {
					f.Thing = "distance" // "20 km south of Kherson"
				}
			}
		}
		if p := x.perIn(f, from, to); p != "" || !f.bare {
			f.Per = p
		}
		f.revised = x.revisionIn(from, to)
		f.scope = x.scopeIn(from, to, f.last)
		if f.scope.empty() {
			f.scope = x.timeBeside(f, figs, i)
		}
		if f.scope.empty() {
			// "The 2002 floods killed 21 people and caused damage of 11
			// billion euros": a time that opens the sentence sets all of it.
			start, _ := x.window(f.sentence, f.first)
			f.scope = x.scopeIn(start, firstInSentence(figs, f).first, f.last)
		}
		if wholes[i] && f.Measure == "" || f.Thing == "seats" && f.Measure == "" {
			// A whole is there; so are seats a party holds or wins ("kommt
			// auf 57 Sitze"), unless the clause says they are needed.
			f.Measure = Present
		}
	}
	for i := 1; i < len(figs); i++ {
		if !x.fromTo(figs[i-1], figs[i]) && !x.baseline(figs[i-1], figs[i]) && !x.comparedEstimate(figs[i-1], figs[i]) {
			sharedVerb(figs[:i], figs[i])
		}
	}
}

// sharedVerb gives a sum whose clause says nothing the measure of the sum
// or share before it in the sentence, whose verb governs both: "fordert 8,5
// Prozent mehr Lohn, mindestens aber 350 Euro mehr im Monat", "has offered
// 4.2 percent plus a one-off payment of 1,000 euros".
func sharedVerb(before []*Figure, f *Figure) {
	if f.Kind != KindMoney || f.Measure != "" {
		return
	}
	for i := len(before) - 1; i >= 0 && before[i].sentence == f.sentence; i-- {
		if g := before[i]; g.Kind == KindMoney || g.Kind == KindPercent {
			switch g.Measure {
			case Demanded, Offered, Agreed, Paid:
				f.Measure = g.Measure
			}
			return
		}
	}
}

// fromTo gives the second figure of "from X to Y" ("lowered its demand
// from 8.5 percent to 7.5 percent", "stieg von 9 auf 14") the frame of the
// first: one value changed, what it measures did not.
func (x *extractor) fromTo(g, f *Figure) bool {
	if g.sentence != f.sentence || g.Kind != f.Kind || f.first != g.last+2 {
		return false
	}
	if w := x.word(g.last + 1); w != "to" && w != "auf" {
		return false
	}
	if w := x.word(g.first - 1); w != "from" && w != "von" {
		return false
	}
	f.Measure = g.Measure
	if f.Thing == "" {
		f.Thing, f.topic = g.Thing, g.topic
	}
	return true
}

// baseline gives a figure that is the earlier value the figure before it
// is compared with the frame of that figure, and its clause, where the
// owner is looked for: "won 30.2% of the vote, down from 34.2% in 2020",
// "rose to 63.4% from 58.7%", "30.1%, against 34.2% five years ago",
// "kam auf 21 Prozent, nach 11,9 Prozent 2020".
func (x *extractor) baseline(g, f *Figure) bool {
	if g.sentence != f.sentence || g.Kind != f.Kind || f.first-g.last > 4 || f.first-g.last < 2 {
		return false
	}
	if !baselineWords[x.word(f.first-1)] {
		return false
	}
	for k := g.last + 1; k < f.first-1; k++ {
		if w := x.word(k); w != "" && !trendWords[w] {
			return false // "30 killed in Holvec, from 12 in ...": another clause
		}
	}
	f.countsAs(g)
	return true
}

// countsAs gives f what g counts: its measure, and its thing and actor
// where f names none; f's clause reaches back to g's.
func (f *Figure) countsAs(g *Figure) {
	f.Measure = g.Measure
	if f.Thing == "" {
		f.Thing, f.topic = g.Thing, g.topic
	}
	if f.actor == (actorRef{}) {
		f.actor = g.actor
	}
	f.clauseFrom = min(f.clauseFrom, g.clauseFrom)
}

// comparedEstimate gives an estimate a figure is set against what the
// figure counts: "put the total damage at €410 million, far above the
// district's first estimate of at least €250m", "deutlich über der
// ersten Schätzung von 250 Millionen Euro".
func (x *extractor) comparedEstimate(g, f *Figure) bool {
	if g.sentence != f.sentence || g.Kind != f.Kind || f.Measure != "" && f.Measure != g.Measure {
		return false
	}
	if w := x.word(f.first - 1); w != "of" && w != "von" || !reportNouns[x.word(f.first-2)] {
		return false
	}
	k := f.first - 3
	for ; k > g.last && k >= f.first-7 && !comparisonWords[x.word(k)]; k-- {
		if t := x.toks[k]; t.kind != tWord || isUpperWord(t) && x.lang == "de" && !determiners[t.low] {
			return false // a comma, another noun: another clause
		}
	}
	if !comparisonWords[x.word(k)] {
		return false
	}
	for j := k - 1; j > g.last; j-- {
		if w := x.word(j); j < k-6 || w != "" && !trendWords[w] && !degreeWords[w] && !x.dayWord(j) {
			return false
		}
	}
	f.countsAs(g)
	return true
}

// dayWord: "on Wednesday", "am Mittwoch" between a figure and what it is
// compared with.
func (x *extractor) dayWord(j int) bool {
	w := x.word(j)
	return weekdays[w] || w == "on" || w == "am" || w == "today" || w == "heute"
}

var (
	comparisonWords = lang.Words(`above below over under beyond than exceeding über unter als oberhalb unterhalb`)
	degreeWords     = lang.Words(`far well much way deutlich weit klar viel`)
)

// baselineWords lead to the value a figure is compared with; trendWords
// may stand between the two ("down from", "deutlich mehr als").
var (
	baselineWords = lang.Words(`from against versus vs gegenüber nach`)
	trendWords    = lang.Words(`up down higher lower more less compared`)
)

// partOf reports a figure followed by its whole: "900 of its 1,150 trains",
// "more than 500 of the company's 640 drivers", "900 der 1.150 Züge".
func (x *extractor) partOf(part, whole *Figure) bool {
	if part.sentence != whole.sentence || whole.Kind != KindCount ||
		part.Kind != KindOther && !(part.Kind == KindPercent && part.shareHead < 0) {
		return false
	}
	k := part.numLast + 1
	if w := x.word(k); w != "of" && w != "von" && w != "der" && w != "den" && w != "seiner" && w != "ihrer" {
		return false
	}
	for k++; k < whole.first; k++ {
		w := x.word(k)
		if !(determiners[w] || lang.Possessives[w] || w == "den" || isPossessive(w)) {
			return false
		}
	}
	return k == whole.first
}

// takeWhole gives a part its whole's thing and actor.
func (x *extractor) takeWhole(part, whole *Figure) {
	if part.Kind == KindPercent {
		part.shareHead = whole.first // "90 Prozent der 1.150 Zugfahrten"
	} else {
		part.Kind, part.Unit, part.noun, part.status = whole.Kind, whole.Unit, whole.noun, whole.status
	}
	part.Thing, part.actor = whole.Thing, whole.actor
	part.bare = false
}

// revisionIn reports a word of a value that changed in tokens [from, to):
// "stieg auf 14", "am Vortag noch 5", "up from 9", "revised to".
func (x *extractor) revisionIn(from, to int) bool {
	for k := from; k < to; k++ {
		if w := x.word(k); revisionWords[w] || (w == "up" || w == "down") && x.word(k+1) == "from" {
			return true
		}
	}
	return false
}

var revisionWords = lang.Words(`stieg stiegen gestiegen steigt steigen erhöhte erhöht korrigiert korrigierte revidiert
	revidierte zuvor vortag vorher bisher ursprünglich anfangs inzwischen mittlerweile nunmehr
	rose risen rises climbed jumped revised raised lowered previously earlier initially originally now`)

// frameCount: the noun's own measure ("Tote"), else the clause's; the dead
// of "kostete 14 Menschen das Leben"; the strikers of a strike.
func (x *extractor) frameCount(f *Figure, figs []*Figure, i, from, to int) {
	if f.Thing == "" {
		f.Thing = "people" // "Hunderte gefallen": a bare number with what happened to it
	}
	m := f.implied
	if c := x.measureIn(f, from, to); m == "" || c == Casualties || f.bare && c != "" || m == Wounded && c == Treated {
		m = c // "verletzte oder getötete Soldaten", "Soldaten ... gefallen"
	}
	if m == "" && animate[f.Thing] && x.killsPeople(f.first, f.last, f.sentence) {
		m = Killed
	}
	if (f.Thing == "people" || f.Thing == "") && (m == Participating || m == "") && x.counterEvent(from, to) {
		f.Thing, m = "counter-protesters", Participating // "joined a counter-demonstration": the other side's crowd
	}
	if m == Participating && f.Thing == "passengers" {
		m = Affected // "a strike left tens of thousands of commuters stranded": they bear it, not make it
	}
	f.Measure = m
	if m == Participating && (f.Thing == "people" || f.Thing == "members") && x.aboutStrike() {
		f.Thing = "workers" // those taking part in a strike are the strikers
	}
	x.ofThem(f, figs, i)
	x.markSubset(f, figs, i)
	f.Unit = f.Thing
}

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

// framePercent: a share of what ("80 Prozent der Fernzüge fallen aus":
// trains cancelled), else what the clause says it measures ("9,5 Prozent
// mehr Lohn": a pay rise).
func (x *extractor) framePercent(f *Figure, from, to int) {
	f.Among = x.amongIn(f)
	f.pronounOwner = x.pronounIn(from, to)
	if x.subAreaIn(from, to) {
		f.Part = "area" // "in ländlichen Wahlkreisen auf mehr als 30 Prozent": not the share of all
	}
	if f.shareHead >= 0 {
		if f.Thing == "" {
			f.Thing = thingOf(x.toks[f.shareHead].low, x.word(f.shareHead-1)).thing
		}
		if m := x.measureIn(f, from, to); m != "" && !isState(m) {
			f.Measure = m
		} else {
			f.Measure = Share
		}
		return
	}
	f.Thing = x.topicIn(f, from, to, "percent")
	f.topic = f.Thing
	if f.Measure = x.measureIn(f, from, to); f.Measure == "" {
		f.Measure = Share
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

// clauseOf is the token range figs[i] reads its measure from: its
// sentence, from the figure before it to the one after it, cut at a
// semicolon, a colon or a dash, and at a coordinator or a comma that leads
// to the next figure's own words ("killed three and captured two").
func (x *extractor) clauseOf(figs []*Figure, i int) (from, to int) {
	f := figs[i]
	from, to = x.window(f.sentence, f.first)
	if i > 0 && figs[i-1].sentence == f.sentence {
		from = max(from, x.splitAfter(figs[i-1].last+1, f.first))
	}
	if i+1 < len(figs) && figs[i+1].sentence == f.sentence {
		to = min(to, x.splitAfter(f.last+1, figs[i+1].first))
	}
	for k := f.first - 1; k >= from; k-- {
		if x.tokText(k) == ")" {
			if open := x.shortParenOpen(k, from); open >= 0 {
				k = open // "Die Heimatbewegung (HB) liegt bei": a name's short form
				continue
			}
		}
		if hardMarks[x.tokText(k)] {
			from = k + 1
			break
		}
	}
	for k := f.last + 1; k < to; k++ {
		if hardMarks[x.tokText(k)] {
			to = k
			break
		}
	}
	return from, max(to, f.last+1)
}

// shortParenOpen is the "(" that opens the parenthesis closing at token
// k, when it holds at most three words and no number (an abbreviation, a
// party's short name), else -1.
func (x *extractor) shortParenOpen(k, from int) int {
	for j := k - 1; j >= from && j >= k-4; j-- {
		switch t := x.toks[j]; {
		case t.text == "(":
			if j < k-1 {
				return j
			}
			return -1
		case t.kind == tNum || hardMarks[t.text]:
			return -1
		}
	}
	return -1
}

// splitAfter is where the words between two figures (tokens [a, b)) part:
// after the last coordinator or comma, else at b.
func (x *extractor) splitAfter(a, b int) int {
	for k := b - 1; k >= a; k-- {
		if t := x.tokAt(k); coordinators[t.low] || isPunct(t, ",") {
			return k + 1
		}
	}
	return b
}

var hardMarks = map[string]bool{";": true, ":": true, "–": true, "—": true, "(": true, ")": true}

// bareEvent makes a bare number a count of people when its clause says
// what happened to people: "Strong earthquake kills at least 214",
// "Hunderte gefallen".
func (x *extractor) bareEvent(f *Figure, from, to int) {
	f.Thing = "people" // for the cue class only
	m := x.measureIn(f, from, to)
	f.Thing = ""
	switch m {
	case Killed, Wounded, Casualties, Missing, Captured, Released, Rescued, Evacuated:
		f.Kind, f.Thing, f.Unit, f.implied = KindCount, "people", "people", m
	}
}

// firstInSentence is the first figure of f's sentence.
func firstInSentence(figs []*Figure, f *Figure) *Figure {
	for _, g := range figs {
		if g.sentence == f.sentence {
			return g
		}
	}
	return f
}
