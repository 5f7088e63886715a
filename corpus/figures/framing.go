package figures

import "strings"

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
