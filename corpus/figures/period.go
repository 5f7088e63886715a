package figures

import (
	"slices"
	"strconv"
	"strings"

	"quellen/corpus/internal/lang"
)

// A figure whose sentence is set in another time ("Damals starben 21
// Menschen", "the 2002 floods killed 21", "more than 40,000 hectares last
// year", "im Durchschnitt der 1990er Jahre") is history, not the current
// event: it must not be compared with this year's figures. Extraction notes
// the years and past-time words in the figure's window; Groups turns them
// into a Period against the story's reference year.

// pastPhrases mark a sentence about an earlier time (lower-case tokens).
var pastPhrases = [][]string{
	words("damals"), words("seinerzeit"), words("vor jahren"), words("jahre zuvor"), words("jahr zuvor"),
	words("a year earlier"), words("years ago"), words("years earlier"), words("at the time"), words("back then"),
}

// lastYearPhrases name the year before the article's.
var lastYearPhrases = [][]string{
	words("im vorjahr"), words("vorjahr"), words("vergangenen jahr"), words("vergangenes jahr"),
	words("letzten jahr"), words("letztes jahr"), words("vor einem jahr"),
	words("last year"), words("a year ago"), words("the previous year"),
}

// timeScope is what the window of a figure says about its time.
type timeScope struct {
	years  []int  // years named (up to four)
	decade string // "1990s"
	past   bool   // a past-time phrase
	// lastYear: "im Vorjahr", "last year", the year before the article's.
	lastYear bool
	// until are years named as a deadline ("bis Ende 2026", "by 2035"):
	// a plan made now when they are still to come.
	until []int
	// several: the figure sums several events ("over the two strikes",
	// "über die drei Streiks hinweg"), not the current one alone.
	several bool
}

func (sc timeScope) empty() bool {
	return len(sc.years) == 0 && sc.decade == "" && !sc.past && !sc.lastYear && len(sc.until) == 0 && !sc.several
}

// scopeIn reads the time scope of a figure from its clause, tokens
// [from, to): "down from 34.2% in 2020" sets the 34.2 in 2020, not the
// figure before it.
func (x *extractor) scopeIn(from, to, after int) timeScope {
	var sc timeScope
	for k := from; k < to; k++ {
		t := x.toks[k]
		if t.kind == tWord {
			for _, ph := range pastPhrases {
				if x.phraseAt(k, to, ph) {
					sc.past = true
				}
			}
			for _, ph := range lastYearPhrases {
				if x.phraseAt(k, to, ph) {
					sc.lastYear = true
				}
			}
			sc.several = sc.several || x.overSeveral(k)
			continue
		}
		if t.kind != tNum || !t.num.plain || t.num.digits != 4 || x.glued(k) && x.tokAt(k-1).kind == tWord {
			continue
		}
		y := int(t.num.value)
		if y < 1900 || y > 2100 {
			continue
		}
		if nx := x.tokAt(k + 1); x.glued(k+1) && nx.kind == tWord && (nx.low == "er" || nx.low == "s" || nx.low == "ern") {
			sc.decade = strconv.Itoa(y) + "s" // "1990er Jahre", "the 1990s"
			continue
		}
		if k > after && x.recordYear(k) {
			continue // "peaked at 7.84 metres, above the 1998 record": a comparison
		}
		if x.deadlineBefore(k) {
			if len(sc.until) < 4 {
				sc.until = append(sc.until, y)
			}
			continue
		}
		// "seit 2002", "since February 2022": a period up to now.
		if w := x.word(k - 1); (w == "seit" || w == "since" || months[w] && (x.word(k-2) == "seit" || x.word(k-2) == "since")) &&
			!x.whenClause(k+1) {
			continue
		}
		if x.glued(k+1) && x.tokAt(k+1).kind == tPunct && x.tokAt(k+1).text != "," && x.tokAt(k+1).text != "." {
			continue // "2022/23", "2024-25": a span or a code, not a scope
		}
		if len(sc.years) < 4 && !containsInt(sc.years, y) {
			sc.years = append(sc.years, y)
		}
	}
	return sc
}

// whenClause reports ", when" / ", als" at token k: "since 2014, when the
// freighter lost 140 containers" sets what follows in 2014.
func (x *extractor) whenClause(k int) bool {
	w := x.word(k + 1)
	return isPunct(x.tokAt(k), ",") && (w == "when" || w == "als" || w == "wo")
}

// overSeveral reports a span over several events at token k: "over the
// two strikes", "across all three waves", "über die drei Streiks hinweg",
// "bei beiden Angriffen".
func (x *extractor) overSeveral(k int) bool {
	if !spanPreps[x.word(k)] {
		return false
	}
	j := k + 1
	if determiners[x.word(j)] || x.word(j) == "all" || x.word(j) == "alle" || x.word(j) == "allen" {
		j++
	}
	n := x.tokAt(j)
	if !severalWords[n.low] && !(n.kind == tNum && n.num.plain && n.num.value >= 2 && n.num.value < 100) {
		return false
	}
	return eventNouns[x.word(j+1)]
}

var (
	spanPreps    = lang.Words(`over across during in throughout über bei während in`)
	severalWords = lang.Words(`two three four five six both zwei drei vier fünf sechs beiden beide bisherigen previous`)
	eventNouns   = lang.Words(`strikes streiks streiktagen streikwellen waves wellen attacks angriffen angriffe
		storms stürmen floods fluten hochwassern quakes beben`)
)

// timeBeside reads a time that stands right beside a figure but outside
// its clause: a year labelling it ("(2020: 34,2)") or a span ago that the
// next figure holds ("34.2% five years ago", "vor fünf Jahren 11,9").
func (x *extractor) timeBeside(f *Figure, figs []*Figure, i int) timeScope {
	var sc timeScope
	if y := x.tokAt(f.first - 2); isPunct(x.tokAt(f.first-1), ":") && y.kind == tNum && y.num.plain && y.num.digits == 4 &&
		y.num.value >= 1900 && y.num.value <= 2100 {
		sc.years = []int{int(y.num.value)}
		return sc
	}
	if i+1 < len(figs) {
		if g := figs[i+1]; g.sentence == f.sentence && g.Kind == KindDuration && g.first <= f.last+2 {
			if w := x.word(g.last + 1); w == "ago" || w == "earlier" || w == "zuvor" || w == "vorher" {
				sc.past = true
			}
		}
	}
	if i > 0 {
		if g := figs[i-1]; g.sentence == f.sentence && g.Kind == KindDuration && x.word(g.first-1) == "vor" && g.last+2 >= f.first {
			sc.past = true // "vor fünf Jahren 11,9 Prozent"
		}
	}
	return sc
}

// recordYear reports a year at token k that dates a record: "the 1998
// record", "the record from 1998", "den Rekord von 1998", "Rekordstand
// aus dem Jahr 2002".
func (x *extractor) recordYear(k int) bool {
	if strings.HasPrefix(x.word(k+1), "record") {
		return true
	}
	for j := k - 1; j >= k-4 && j >= 0; j-- {
		if w := x.word(j); strings.HasPrefix(w, "record") || strings.HasPrefix(w, "rekord") {
			return true
		}
	}
	return false
}

// deadlineBefore reports a year at token k named as a deadline: "bis
// 2026", "bis Ende 2026", "by 2035", "by the end of 2026", "until 2030".
func (x *extractor) deadlineBefore(k int) bool {
	j := k - 1
	if months[x.word(j)] {
		j--
	}
	switch x.word(j) {
	case "bis", "by", "until":
		return true
	case "ende", "anfang", "mitte":
		return x.word(j-1) == "bis"
	case "of":
		return x.word(j-1) == "end" && x.word(j-2) == "the" && x.word(j-3) == "by"
	}
	return false
}

func (x *extractor) phraseAt(k, to int, ph []string) bool {
	if k+len(ph) > to {
		return false
	}
	for i, w := range ph {
		if x.toks[k+i].low != w {
			return false
		}
	}
	return true
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// refYear is the year of the current event for an article: its own date,
// else the latest year of the dated articles (0 when none is dated).
func refYear(date string, latest int) int {
	if len(date) >= 4 {
		if y, err := strconv.Atoi(date[:4]); err == nil {
			return y
		}
	}
	return latest
}

// setPeriods sets each figure's Period: "" for the current event, else the
// year or decade it is about, or "past".
func setPeriods(figs []*Figure) {
	latest := 0
	for _, f := range figs {
		latest = max(latest, refYear(f.Date, 0))
	}
	for _, f := range figs {
		f.Period = ""
		ref := refYear(f.Date, latest)
		sc := f.scope
		switch {
		case sc.decade != "":
			f.Period = sc.decade
		case len(sc.years) == 0 && len(sc.until) > 0:
			if ref == 0 || slices.Min(sc.until) < ref {
				f.Period = strconv.Itoa(slices.Min(sc.until)) // a deadline passed: "bis 2019"
			}
		case len(sc.years) > 0:
			for _, y := range sc.years {
				if ref == 0 || y != ref {
					if f.Period == "" || y < atoiOr(f.Period, 1<<30) {
						f.Period = strconv.Itoa(y)
					}
				}
			}
			if containsInt(sc.years, ref) && ref != 0 {
				f.Period = "" // "seit 2002 … 2025": the sentence is about now
			}
		case sc.several:
			f.Period = "several"
		case sc.lastYear && ref != 0:
			f.Period = strconv.Itoa(ref - 1)
		case sc.past, sc.lastYear:
			f.Period = "past"
		}
	}
}

func atoiOr(s string, d int) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	return d
}

// periodLabel says which time a group is about, for its label.
func periodLabel(p, lang string) string {
	switch {
	case p == "":
		return ""
	case p == "past" && lang == "en":
		return "earlier"
	case p == "past":
		return "früher"
	case p == "several" && lang == "en":
		return "in total"
	case p == "several":
		return "insgesamt"
	case strings.HasSuffix(p, "s") && lang == "de":
		return strings.TrimSuffix(p, "s") + "er"
	}
	return p
}
