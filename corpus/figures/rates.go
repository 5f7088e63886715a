package figures

import "quellen/corpus/internal/lang"

// Rates: "pro Tag", "per household", "each day".

// perIn reads the unit of a rate of figure f: after its phrase ("pro Tag",
// "per household", "a day", "täglich", "im Monat"), or as "each" or
// "jeder" with a unit in its clause ("jeder Streiktag kostet 100 Mio.",
// "each day of the strike could cost").
func (x *extractor) perIn(f *Figure, from, to int) string {
	if p := x.perAfter(f.last, to); p != "" {
		return p
	}
	for k := f.numLast + 1; k <= f.last; k++ {
		if r := rateWords[x.word(k)]; r != "" {
			return r // "1,150 daily services", "1.150 täglichen Zugfahrten"
		}
	}
	for k := from; k < to; k++ {
		if k >= f.first && k <= f.last {
			continue
		}
		if w := x.word(k); eachWords[w] {
			if r := perUnits[x.word(k+1)]; r != "" {
				return r
			}
		}
		if x.genericDay(k) {
			return "day"
		}
	}
	return ""
}

// genericDay reports a typical day at token k, which makes a count a
// daily one: "on a normal weekday", "on weekdays", "an normalen
// Werktagen", "an einem gewöhnlichen Tag", "werktags". A named day ("on
// Tuesday", "an manchen Streiktagen") is one day, not a rate.
func (x *extractor) genericDay(k int) bool {
	w := x.word(k)
	if w == "werktags" || w == "wochentags" {
		return true
	}
	if w != "on" && w != "an" {
		return false
	}
	typical := false // "an einem Tag" is one day; "an einem normalen Tag" any
	for j := k + 1; j <= k+4; j++ {
		n := x.word(j)
		switch {
		case genericDays[n]:
			return typical || n == "weekdays" || n == "werktagen" || n == "wochentagen"
		case n == "a" || n == "an" || n == "einem":
		case typicalWords[n]:
			typical = true
		default:
			return false
		}
	}
	return false
}

var (
	genericDays  = lang.Words(`day weekday weekdays workday tag werktag werktagen wochentag wochentagen tagen`)
	typicalWords = lang.Words(`average normal typical regular ordinary usual busy normalen gewöhnlichen
		durchschnittlichen üblichen`)
)

var eachWords = lang.Words(`jeder jede jeden jedem jedes each every`)

// perWords open a rate: "pro Tag", "per household", "je Einwohner".
var perWords = lang.Words(`pro per je`)

// perAfter reads the unit of a rate after the phrase ending at token last.
func (x *extractor) perAfter(last, to int) string {
	for k := last + 1; k < to && k <= last+4; k++ {
		w := x.word(k)
		switch {
		case rateWords[w] != "":
			return rateWords[w]
		case w == "pro" || w == "per" || w == "je" || w == "a" || w == "an" || w == "each" || w == "im" || w == "every":
			if r := perUnits[x.word(k+1)]; r != "" {
				return r
			}
			// "pro Streiktag", "per voter"; German "per Schiff" is "by ship".
			if w == "pro" || w == "je" || w == "per" && x.lang == "en" {
				if r := perUnits[x.word(k+2)]; r != "" && x.tokAt(k+2).kind == tWord {
					return r // "per strike day"
				}
				if n := x.word(k + 1); n != "" {
					return stem(n)
				}
			}
		}
	}
	return ""
}

// rateWords say a rate in one word; perUnits follow "pro", "per", "a".
var (
	rateWords = map[string]string{"täglich": "day", "tägliche": "day", "täglichen": "day", "täglicher": "day", "daily": "day", "monatlich": "month", "monthly": "month",
		"jährlich": "year", "annually": "year", "yearly": "year", "stündlich": "hour", "hourly": "hour", "weekly": "week",
		"wöchentlich": "week"}
	perUnits = map[string]string{"tag": "day", "day": "day", "streiktag": "day", "monat": "month", "month": "month",
		"jahr": "year", "year": "year", "stunde": "hour", "hour": "hour", "woche": "week", "week": "week",
		"haushalt": "household", "household": "household", "person": "person", "kopf": "person", "head": "person",
		"einwohner": "person", "capita": "person", "familie": "household", "family": "household"}
)
