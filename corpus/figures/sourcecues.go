package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Cues that name who gave a figure: a report and its author ("figures
// released by", "das Endergebnis, das X verkündete"), a count that names
// itself ("by official count"), "wie X mitteilte", and the clock times
// that are no figure of another clause.

// reportAuthor is who made the report named at token i: "Hochrechnung von
// Kompass", "figures released by the returning officer".
func (x *extractor) reportAuthor(i, to int) srcSpan {
	j := i + 1
	if x.lang == "en" && (strings.HasSuffix(x.word(j), "ed") || x.word(j) == "given") {
		j++
	}
	switch x.word(j) {
	case "von", "vom", "des", "der", "by", "from", "of":
		if w := x.word(j); w == "by" || w == "from" || w == "des" || w == "der" {
			j++ // phraseAfter skips articles, "von" and "of" itself
		}
		if src := x.phraseAfter(j, to); src.ok() && !reportNouns[x.toks[src.end].low] {
			return src
		}
	}
	return noSource
}

// reportGiver is the token of a verb that gives the report noun at token i
// ("gave a lower estimate", "legte eine Schätzung vor"), or -1.
func (x *extractor) reportGiver(i, from int) int {
	for k := i - 1; k >= from && k >= i-3; k-- {
		if reportVerbs[x.word(k)] {
			return k
		}
	}
	return -1
}

var reportVerbs = lang.Words(`gave give gives published released issued offered provided gab gibt legte legten
	veröffentlichte veröffentlichten nannte`)

// countBy is the token of a count's noun in "by official count", "by one
// estimate", "nach offizieller Zählung" from token k: an adjective and a
// report noun, which name the count as its own source; -1 otherwise.
func (x *extractor) countBy(k int) int {
	t := x.tokAt(k)
	if t.kind != tWord || isUpperWord(t) && x.lang == "en" || reportNouns[t.low] || determiners[t.low] {
		return -1
	}
	if n := x.word(k + 1); (n == "count" || n == "tally" || n == "estimate" || n == "zählung" || n == "schätzung") &&
		!ofWords[x.word(k+2)] {
		return k + 1
	}
	return -1
}

// ofWords open whose a count is: "count of the ministry", "Zählung der Polizei".
var ofWords = lang.Words(`of der des von vom`)

// asSaid is the token of the speech verb that closes "wie das Ministerium
// am Montag in Halden mitteilte", "as the ministry said" from token j
// (after "wie", "as"), or -1: the phrase opens with an article or a name.
func (x *extractor) asSaid(j, to int) int {
	if t := x.tokAt(j); !determiners[t.low] && !isUpperWord(t) {
		return -1
	}
	for k := j + 1; k < to && k <= j+10; k++ {
		t := x.toks[k]
		if speechVerbs[t.low] {
			return k
		}
		if t.kind == tPunct || t.kind == tNum && !x.clockAt(k) {
			return -1
		}
	}
	return -1
}

// relativePronouns open a relative clause about the noun before them.
var relativePronouns = lang.Words(`das die den der which that`)

// reportNounLike: a report noun, or a German compound ending in one
// ("Endergebnis", "Polizeizählung").
func reportNounLike(w string) bool {
	if reportNouns[w] {
		return true
	}
	for _, n := range []string{"ergebnis", "zählung", "schätzung", "bericht", "bilanz", "prognose", "hochrechnung"} {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// byParticiples name, with "by", who gave the figure they follow.
var byParticiples = lang.Words(`reported given counted estimated cited confirmed issued released published recorded registered`)

// clockAt reports a number at token i that tells the time: "at 1:40
// a.m.", "um 23 Uhr", "14.30 Uhr".
func (x *extractor) clockAt(i int) bool {
	next := i + 1
	if isPunct(x.tokAt(next), ":") && x.glued(next) && x.tokAt(next+1).kind == tNum {
		next += 2
	}
	if isPunct(x.tokAt(i-1), ":") && x.glued(i) && x.tokAt(i-2).kind == tNum {
		return true // the minutes of "1:40"
	}
	w := x.word(next)
	return timeWords[w] || (w == "a" || w == "p") && x.glued(next+1)
}
