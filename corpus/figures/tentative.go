package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Number words that count only when their clause says what.

// onePerson are the nouns "one" counts a person with.
var onePerson = lang.Words(`person mensch frau mann kind soldat soldier man woman child seafarer seemann sailor
	crew member mitglied worker arbeiter passenger fahrgast`)

// dropArticleOnes drops, before anything reads its neighbours, an article
// read as "one" before a noun that no "one" counts: "nach einer ersten
// Bilanz", "ein neues Gesetz". Left in, it would end the clause of the
// figure before it and stand between a part and its whole.
func dropArticleOnes(figs []*Figure) []*Figure {
	out := figs[:0]
	for _, f := range figs {
		if f.tentative && f.Value == 1 && f.noun != "" && !onePerson[strings.ToLower(lastWord(f.noun))] &&
			thingOf(strings.ToLower(lastWord(f.noun)), "").measure == "" {
			continue
		}
		out = append(out, f)
	}
	return out
}

// dropTentative drops the number words that turned out to count nothing:
// no noun, no answer to a figure before, no event of people.
func dropTentative(figs []*Figure) []*Figure {
	out := figs[:0]
	for _, f := range figs {
		if f.tentative && (f.Kind == KindOther || f.Kind == KindCount && f.Thing == "") {
			continue
		}
		if f.tentative && f.Value == 1 && (!losses[f.Measure] && f.Measure != Rescued || f.noun != "" && !onePerson[strings.ToLower(lastWord(f.noun))]) {
			continue // "one" counts someone missing, killed or rescued: "One person", "einer"; not "ein schweres Opfer"
		}
		out = append(out, f)
	}
	return out
}
