package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Phrases that say what counted people are, beyond their noun: the dead of
// "kostete 14 Menschen das Leben", the strikers of "30 000 Teilnehmer"
// in a report on a strike.

// killVerbs stand before the figure in its clause: "the floods killed 14
// people", "starben im Juli 104 Menschen".
var killVerbs = lang.Words(`killed kill kills killing tötete töteten tötet starben verstarben died perished`)

// lifeNouns with a possessive or article after the figure: "das Leben",
// "ihr Leben", "their lives".
var lifeNouns = lang.Words(`leben lives life`)

// killsPeople reports a figure of people whose death the sentence reports:
// a kill verb before it in its clause, or "das Leben" / "their lives" after it in a
// sentence that says it cost or lost them ("kostete", "gekostet",
// "verloren", "lost"), not that it saved them.
func (x *extractor) killsPeople(first, last, sent int) bool {
	for k := first - 1; k >= 0 && k >= first-8 && x.sent[k] == sent; k-- {
		t := x.toks[k]
		if clauseMarks[t.text] || coordinators[t.low] {
			break
		}
		if killVerbs[t.low] {
			return true
		}
	}
	life := false
	for k := last + 1; k < len(x.toks) && k <= last+8 && x.sent[k] == sent; k++ {
		if lifeNouns[x.word(k)] {
			life = true
		}
	}
	if !life {
		return false
	}
	from, to := x.window(sent, first)
	for k := from; k < to; k++ {
		w := x.word(k)
		if strings.Contains(w, "kost") || strings.HasPrefix(w, "verlor") || w == "lost" || w == "claimed" || w == "cost" {
			return true
		}
	}
	return false
}

// aboutStrike reports a paragraph about a strike and not about a rally:
// there, the participants counted are those who strike.
func (x *extractor) aboutStrike() bool {
	if x.strike != 0 {
		return x.strike > 0
	}
	strike, rally := false, false
	for k, t := range x.toks {
		if t.kind != tWord {
			continue
		}
		for _, w := range strings.Split(t.low, "-") {
			switch {
			case rallyWord(w) && !strings.HasPrefix(w, "crowd") && !strings.Contains(w, "menge"):
				rally = true
			case strings.Contains(w, "streik") || strings.HasPrefix(w, "ausstand") || strings.HasPrefix(w, "strike") ||
				w == "striking" || w == "walkout" || w == "stoppage" || w == "arbeitsniederlegung" ||
				w == "arbeit" && strings.HasPrefix(x.word(k+1), "nieder") ||
				(w == "walk" || w == "walked" || w == "walking") && x.word(k+1) == "out":
				strike = true
			}
		}
	}
	x.strike = -1
	if strike && !rally {
		x.strike = 1
	}
	return x.strike > 0
}

// rallyWord: a word of a rally, march or protest, or of its crowd.
func rallyWord(w string) bool {
	for _, part := range strings.Split(w, "-") {
		switch {
		case strings.Contains(part, "kundgebung"), strings.Contains(part, "demonstr"), strings.HasPrefix(part, "rall"),
			strings.HasPrefix(part, "protest"), strings.Contains(part, "versammlung"), part == "march", part == "marched",
			strings.HasPrefix(part, "crowd"), strings.Contains(part, "menschenmenge"):
			return true
		}
	}
	return false
}
