package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// countable rejects numbers that count nothing: years, dates, times,
// ordinals, model names, scores, phone numbers, IDs, parts of compound
// adjectives ("120-tägigen").
func (x *extractor) countable(c numRead) bool {
	k := c.first
	t := x.toks[k]
	if c.words {
		// Number words count only in lower case, or at a sentence start.
		if isUpperWord(t) && k > 0 && x.sent[k-1] == x.sent[k] && !isPunct(x.toks[k-1], "„") && !isPunct(x.toks[k-1], "\"") {
			return c.vague
		}
		// "zweitägigen" is one word; "Sechs-Parteien" is, too. A trailing
		// hyphen is a suspended compound only before "bis"/"oder"/"und".
		if x.isDash(c.next) && x.glued(c.next) {
			w := x.word(c.next + 1)
			return w == "bis" || w == "oder" || w == "und" || w == "to" || w == "or"
		}
		return true
	}
	n := t.num
	if n.date || n.zero || n.plain && n.digits >= 7 {
		return false
	}
	prev, next := x.tokAt(k-1), x.tokAt(c.next)
	// Glued to letters or code punctuation on the left: "A380", "F-16", "#5".
	if x.glued(k) && k > 0 {
		switch {
		case prev.kind == tWord:
			return false
		case strings.Contains("-_/#@+§.:", prev.text) && prev.kind == tPunct:
			if prev.text != "-" || x.tokAt(k-2).kind == tWord || x.tokAt(k-2).kind == tNum && x.glued(k-1) {
				return false
			}
		}
	}
	// Glued on the right: "1960er", "21st", "2022/23", "14:30", "5G".
	if c.next < len(x.toks) && x.glued(c.next) {
		switch {
		case next.kind == tWord && c.mag == 1:
			_, unit := unitWords[next.low]
			money := (next.low == "m" || next.low == "k") && moneySymbols[prev.text] != ""
			if !unit && !money {
				return false
			}
		case next.text == "/" || next.text == ":" || next.text == "_":
			return false
		case next.text == "-" && x.tokAt(c.next+1).kind == tWord && x.glued(c.next+1):
			return false // "120-tägigen", "30-jährige"
		case next.text == "." && n.plain && x.lang == "de" && !x.sentenceEndsAt(next.end):
			return false // "21. Jahrhundert", "27. Juli", "8. und 13. Oktober"
		}
	}
	// "80-4511-3", "0171-555-12": an account or phone number in groups.
	if x.isDash(c.next) && x.glued(c.next) && next.kind != tWord && x.tokAt(c.next+1).kind == tNum && x.glued(c.next+1) &&
		x.isDash(c.next+2) && x.glued(c.next+2) {
		return false
	}
	// "201645 Okt 25": an agency's time stamp (day, hour, minute).
	if n.plain && n.digits == 6 && months[x.word(c.next)] {
		return false
	}
	// "Between 4 and 6 March": the first day of a range of dates.
	if c.mag == 1 && n.plain && c.value <= 31 && rangeWords[x.word(c.next)] && x.tokAt(c.next+1).kind == tNum &&
		months[x.word(c.next+2)] {
		return false
	}
	// Part of a longer digit sequence: "030 1234 5678".
	if prev.kind == tNum || next.kind == tNum && !x.isDash(c.next) {
		return false
	}
	if designators[x.word(k-1)] || designatorCompound(x.word(k-1)) && !x.countedWord(c.next) || isPunct(prev, "§") || x.isCode(k) ||
		isPunct(prev, ".") && x.glued(k-1) && designators[x.word(k-2)] { // "Nr. 7", "Art. 5"
		return false
	}
	// "1. Um wie viel Geld geht es?": a list number opening a paragraph.
	if k == 0 && n.plain && isPunct(next, ".") && x.glued(c.next) {
		return false
	}
	// "Stärke 6,8", "magnitude 6.8", "a 6.8-magnitude quake".
	// "eine Stärke von 5,6", "put the magnitude at 6.8".
	if magnitudeWords[x.word(k-1)] || magnitudeWords[x.word(k-2)] && (x.word(k-1) == "of" || x.word(k-1) == "von" || x.word(k-1) == "at") ||
		x.isDash(c.next) && x.glued(c.next) && magnitudeWords[x.word(c.next+1)] {
		return false
	}
	if x.isAge(k, c.next) || x.endsTimeRange(c.next) || x.word(k-1) == "aged" {
		return false
	}
	// "Oct. 21", "Sept. 16": an abbreviated month with its period.
	if c.mag == 1 && n.plain && c.value <= 31 && isPunct(prev, ".") && x.glued(k-1) && months[x.word(k-2)] {
		return false
	}
	if timeWords[x.word(c.next)] || (x.word(c.next) == "a" || x.word(c.next) == "p") && x.glued(c.next+1) {
		return false
	}
	if c.mag == 1 && n.plain && c.value <= 31 && (months[x.word(k-1)] || months[x.word(c.next)]) {
		return false // "December 17", "17 December"
	}
	if c.mag == 1 && n.plain && n.digits == 4 && c.value >= 1000 && c.value <= 2100 {
		w := x.word(k - 1)
		if yearContext[w] || months[w] || strings.HasSuffix(w, "jahr") {
			return false
		}
		if c.value >= 1900 && !x.countedWord(c.next) {
			return false
		}
	}
	return true
}

// isCode reports a number that names a road, a train, a line or a class
// with the letters before it: "B 172", "A 4", "ICE 599", "RE 5", "S 1".
// One to four capitals and a plain number, with nothing counted after it.
func (x *extractor) isCode(k int) bool {
	prev := x.tokAt(k - 1)
	if prev.kind != tWord || len(prev.text) > 4 || x.glued(k) || !x.toks[k].num.plain {
		return false
	}
	for i := 0; i < len(prev.text); i++ {
		if c := prev.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	if u, unit := unitWords[prev.low]; unit && u.kind == KindMoney || moneySymbols[prev.text] != "" || actorOf(prev.low) != "" {
		return false // "CHF 12", "EUR 5"; but "M 4" is a road, no metres
	}
	// "SB 24, HB 23, ÖL 11": a list of counts by name, not codes.
	if x.acronymCount(k+2) || x.acronymCount(k-4) {
		return false
	}
	return !x.countedWord(k + 1)
}

// isAge reports an age after a name: "Renate Müller, 71, sagte",
// "Oksana Bondarenko (34)", "- Dimitra Kostopoulou, 64".
func (x *extractor) isAge(k, next int) bool {
	t := x.toks[k]
	if !t.num.plain || t.num.digits > 3 || t.num.value > 120 {
		return false
	}
	open := x.tokAt(k - 1)
	name := x.tokAt(k - 2)
	if !(isPunct(open, ",") || isPunct(open, "(")) || !isUpperWord(name) || months[name.low] || weekdays[name.low] || x.countedWord(k-2) {
		return false
	}
	if next >= len(x.toks) {
		return true
	}
	nt := x.toks[next]
	return nt.kind == tPunct && (nt.text == "," || nt.text == ")" || nt.text == "." || nt.text == ";" || nt.text == "\"" || nt.text == "”" || nt.text == "“")
}

// endsTimeRange reports "8 bis 18 Uhr", "9 to 5 pm": the first number of
// a range of times of day.
func (x *extractor) endsTimeRange(next int) bool {
	w := x.word(next)
	if !(w == "bis" || w == "to" || w == "until" || x.isDash(next)) {
		return false
	}
	j := next + 1
	if x.tokAt(j).kind != tNum {
		return false
	}
	return timeWords[x.word(j+1)]
}

// acronymCount reports an acronym and a plain number at tokens j-1 and j
// of a list, separated from the next by a comma: "HB 23,".
func (x *extractor) acronymCount(j int) bool {
	a, n := x.tokAt(j), x.tokAt(j+1)
	return a.kind == tWord && isAcronym(a.text) && n.kind == tNum && n.num.plain && (isPunct(x.tokAt(j-1), ",") || isPunct(x.tokAt(j+2), ","))
}

// rangeWords join the two ends of a range: "4 and 6 March", "4 bis 6".
var rangeWords = lang.Words(`and und bis to through`)

// magnitudeWords name the scale of a quake or a storm: its value is a
// reading, not a count.
var magnitudeWords = lang.Words(`stärke magnitude magnitudo richter-skala richterskala momenten-magnitude`)

// designatorEnds end German compounds that name a place by number:
// "Hemelinger Straße 12", "Wahllokal 117", "Listenplatz 3", "Wahlkreis 12".
var designatorEnds = []string{"straße", "strasse", "platz", "lokal", "kreis", "bezirk", "gleis", "halle", "zimmer",
	"nummer", "linie", "weg", "allee", "gasse", "stufe"}

func designatorCompound(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range designatorEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// dropNonFigures drops what reads as a figure but reports nothing: page
// furniture ("529 Kommentare", "Lesedauer 5 Minuten"), ages ("im Alter
// von 73 Jahren", "aged 38", "jünger als 35 Jahre"), relative times
// ("drei Tage später", "vor fünf Jahren", "five years ago"), and a bare
// number standing alone in a line.
func (x *extractor) dropNonFigures(figs []*Figure) []*Figure {
	out := figs[:0]
	for _, f := range figs {
		switch {
		case furnitureNouns[f.Thing] || furnitureNouns[stem(x.word(f.numLast+1))]:
		case f.Kind == KindDuration && (x.ageInYears(f) || x.isRelativeTime(f) || readingTime[x.word(f.first-1)] ||
			isPunct(x.tokAt(f.first-1), ":") && readingTime[x.word(f.first-2)]): // "Lesezeit: 5 Minuten"
		case f.Kind == KindOther && f.Unit == "" && len(x.toks) <= 3:
		case f.Kind == KindMoney && (donateWords[x.word(f.first-1)] && x.opensClause(f.first-1) ||
			donateWords[x.word(f.last+1)] && x.word(f.first-1) == "jetzt"):
			// "Support us: Give $25 a month", "Jetzt 10 Euro spenden": a donation
			// button, an imperative; "Japan will give $18 million" stays.
		default:
			out = append(out, f)
		}
	}
	return out
}

// opensClause reports a token first in its sentence or after a colon.
func (x *extractor) opensClause(k int) bool {
	return k == x.sentFrom[x.sent[k]] || isPunct(x.tokAt(k-1), ":")
}

// donateWords open a donation button's line.
var donateWords = lang.Words(`give donate spenden spende`)

// furnitureNouns are counted by page furniture: comments, shares, cookie
// partners, followers, views (stems).
var furnitureNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`kommentar kommentare comment comments share shares partner partnern
		follower followers view views aufrufe like likes leser reader readers posts`) {
		m[stem(w)] = true
	}
	return m
}()

// ageInYears reports a duration in years that is someone's age.
func (x *extractor) ageInYears(f *Figure) bool {
	if f.Unit != "years" {
		return false
	}
	for k := max(0, f.first-3); k <= f.last+2 && k < len(x.toks); k++ {
		switch w := x.word(k); {
		case w == "alter" || w == "alt" || w == "aged" || w == "age" || w == "old" || w == "jünger" || w == "älter" ||
			w == "younger" || w == "older" || strings.HasSuffix(w, "jährige") || strings.HasSuffix(w, "jährigen"):
			return true
		case w == "von" && k == f.first-1 && personNouns[x.word(k-1)]:
			return true // "eine Frau von 73 Jahren"
		}
	}
	return false
}

// personNouns take an age with "von": "ein Mann von 52 Jahren".
var personNouns = lang.Words(`frau mann kind junge mädchen mensch person rentnerin rentner`)

// isRelativeTime reports a duration that says when, not how long: "drei
// Tage später", "vor fünf Jahren", "five years ago", "within two weeks".
// "seit zwei Jahren" and "for two years" say how long, and stay.
func (x *extractor) isRelativeTime(f *Figure) bool {
	before, after := x.word(f.first-1), x.word(f.last+1)
	if before == "the" || before == "den" || before == "die" {
		before = x.word(f.first - 2)
	}
	return relativeBefore[before] || relativeAfter[after]
}

// readingTime labels the reading time a page shows: "Lesedauer 3 Minuten".
var readingTime = lang.Words(`lesedauer lesezeit reading read`)

var (
	relativeBefore = lang.Words(`vor nach binnen innerhalb in within after`)
	relativeAfter  = lang.Words(`später danach zuvor vorher lang ago later earlier after before nach`)
)
