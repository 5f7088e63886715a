package figures

import (
	"quellen/corpus/internal/lang"
)

// Figures read against another figure of their sentence: a shared verb,
// "from X to Y", a baseline, an estimate compared with, a part and its
// whole, a revision.

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
