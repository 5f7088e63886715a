package figures

import (
	"math"
	"strings"

	"quellen/corpus/internal/lang"
)

// The other side of a disputed figure often names nothing: "Die GDL
// spricht von 25.000 Streikenden, die Bahn von weniger als 20.000", "Police
// put the crowd at around 8,000; organizers said 20,000", "Die Zahl der
// Todesopfer stieg auf 14", "Tote: 14". Such a bare number takes what it
// counts from the construction around it, or else from the figure it
// answers.

// inheritSubjects gives the bare numbers of a paragraph (kind other, no
// unit) a subject: from a head noun in their sentence, else from the
// nearest figure with a unit in the same or the previous sentence whose
// value is of the same order.
func (x *extractor) inheritSubjects(figs []*Figure) {
	for i, f := range figs {
		if f.Kind != KindOther || f.Unit != "" || f.Qualifier == Vague {
			continue
		}
		if x.partOfBefore(figs, i) {
			continue
		}
		s, e, ok := x.headNoun(f)
		if !ok && antecedent(figs, i) == nil {
			s, ok = x.nounBefore(f)
			e = s
		}
		if ok {
			f.Kind = KindCount
			f.Subject = x.span(s, e)
			f.noun = x.nominalSubject(s, e)
			x.classify(f, f.first, f.last, s, e)
			if crowdWords[x.toks[e].low] {
				f.Thing, f.Unit, f.implied = "people", "people", Participating // the crowd at a rally
			}
			continue
		}
		if x.tableCell(f) {
			continue
		}
		f.bare = antecedent(figs, i) != nil
	}
}

// tableCell gives a bare number in a table row ("Polizei | rund 8.000")
// what its column header counts ("Quelle | Teilnehmende"), and, when the
// first column names sources ("Quelle", "Source"), the row's first cell
// as its source.
func (x *extractor) tableCell(f *Figure) bool {
	header := x.tableHeader()
	if header == nil {
		return false
	}
	col := strings.Count(x.p.Text[:f.Start], "|")
	if col >= len(header) {
		return false
	}
	fields := strings.Fields(header[col])
	if len(fields) == 0 {
		return false
	}
	head := fields[len(fields)-1]
	info := thingOf(strings.ToLower(head), "")
	if thingNames[info.thing] == [2]string{} && info.measure == "" {
		return false // the header names no counted thing
	}
	f.Kind, f.Thing, f.Unit, f.implied, f.noun = KindCount, info.thing, info.thing, info.measure, head
	if sourceColumns[strings.ToLower(strings.TrimSpace(header[0]))] && f.Attribution == "" {
		cells := strings.Split(x.p.Text, "|")
		if name := strings.TrimSpace(cells[0]); name != "" && col > 0 {
			f.Attribution, f.AttributionText = name, name
		}
	}
	return true
}

var sourceColumns = lang.Words(`quelle quellen source sources laut nach wer who angaben`)

// tableHeader is the header row of the table the paragraph is a row of,
// split into cells, or nil.
func (x *extractor) tableHeader() []string {
	isRow := func(t string) bool { return strings.Count(t, " | ") >= 1 }
	if x.p.Index < 0 || !isRow(x.p.Text) {
		return nil
	}
	i := x.p.Index
	for i > 0 && isRow(x.a.Paragraphs[i-1].Text) {
		i--
	}
	if i == x.p.Index {
		return nil // the header itself
	}
	return strings.Split(x.a.Paragraphs[i].Text, "|")
}

// answer gives a bare number the frame of the figure it answers, once
// that figure's frame is set: "Die Gewerkschaft spricht von 1.700
// Streikenden, das Unternehmen von höchstens 900".
func (x *extractor) answer(figs []*Figure, i int) {
	g := antecedent(figs, i)
	if g == nil {
		return
	}
	f := figs[i]
	f.Kind, f.Unit, f.noun, f.status = g.Kind, g.Unit, g.noun, g.status
	f.Thing, f.actor, f.implied, f.Per = g.Thing, g.actor, g.Measure, g.Per
	if f.Kind == KindPercent {
		f.Subject, f.shareHead = g.Subject, -1 // a share of the same whole
	}
}

// headNoun finds the noun a bare number at f counts: a list label ("Tote:
// 14"), "die Zahl der Todesopfer stieg auf 14", "the number of dead rose
// to 14", "put the crowd at 8,000", "schätzte die Menge auf 8000".
func (x *extractor) headNoun(f *Figure) (start, end int, ok bool) {
	k := f.first
	from, _ := x.sentenceRange(f.sentence)
	// A list label right before the number: "Tote 1'412, Verletzte über
	// 5'100" — a noun that says what happened to those it counts.
	if t := x.tokAt(k - 1); isUpperWord(t) && thingOf(t.low, "").measure != "" && k-1 >= from &&
		(k-1 == from || x.tokAt(k-2).kind == tPunct || x.tokAt(k-2).kind == tNum) {
		return k - 1, k - 1, true
	}
	// A label of up to three words at the start of a line or sentence:
	// "Tote: 14", "Orvandische Soldaten: bis zu 7000".
	if isPunct(x.tokAt(k-1), ":") && k-2 >= from && x.tokAt(k-2).kind == tWord {
		for s := k - 2; s >= from && s >= k-4 && x.tokAt(s).kind == tWord; s-- {
			if s == from || x.tokAt(s-1).kind == tPunct && !isPunct(x.tokAt(s-1), ",") {
				return s, k - 2, true
			}
		}
	}
	// "Zahl der X", "number of X" a little before the figure.
	for j := k - 1; j >= max(from, k-15); j-- {
		w := x.word(j)
		var s int
		switch {
		case (w == "zahl" || w == "anzahl") && (x.word(j+1) == "der" || x.word(j+1) == "des"):
			s = j + 2
		case w == "number" && x.word(j+1) == "of":
			s = j + 2
			if x.word(s) == "the" {
				s++
			}
		default:
			continue
		}
		if s >= k {
			break
		}
		if x.lang == "en" {
			if s, e, ok := x.enNounPhrase(s); ok && e < k {
				return s, e, true
			}
		} else if s, e, ok := x.deNounPhrase(s); ok && e < k {
			return s, e, true
		}
		break
	}
	// "put the crowd at", "die Menge auf": the object of an estimate.
	if w := x.word(k - 1); (w == "at" || w == "auf") && k-2 >= from {
		n := x.tokAt(k - 2)
		if n.kind == tWord && (x.lang == "de" && isUpperWord(n) || x.lang == "en" && !enStopWords[n.low] && determiners[x.word(k-3)]) {
			if isCountedNoun(n.low) || crowdWords[n.low] {
				return k - 2, k - 2, true
			}
		}
		// "put the crowd in Kerlingen's cathedral square at 3,000": the
		// object right after a verb of estimating, a place between.
		for j := k - 3; j >= from && j >= k-10; j-- {
			if n := x.tokAt(j); n.kind == tWord && (isCountedNoun(n.low) || crowdWords[n.low]) &&
				(estimateVerbs[x.word(j-1)] || determiners[x.word(j-1)] && estimateVerbs[x.word(j-2)]) {
				return j, j, true
			}
		}
	}
	return 0, 0, false
}

// estimateVerbs put a number on their object: "put the crowd at",
// "schätzte die Menge auf".
var estimateVerbs = lang.Words(`put puts estimated estimates estimate reckoned numbered schätzte schätzt schätzen
	schätzten bezifferte beziffert bezifferten`)

// partOfBefore gives a bare number that says it is a part ("47 davon",
// "900 of them") what the figure before it counts, whatever its value,
// and what its noun says happened ("Tote: 14, davon 11"); a verb in the
// part's own clause still decides its measure.
func (x *extractor) partOfBefore(figs []*Figure, i int) bool {
	f := figs[i]
	if i == 0 || !x.partMarked(f) {
		return false
	}
	g := figs[i-1]
	if g.sentence < f.sentence-1 || g.Kind != KindCount || g.Unit == "" {
		return false
	}
	f.Kind, f.Unit, f.Thing, f.noun, f.actor, f.status = g.Kind, g.Unit, g.Thing, g.noun, g.actor, g.status
	f.implied = g.implied // "Tote: 14, davon 11": what the noun says happened
	return true
}

// nounBefore finds, for a bare number no figure before it answers, the
// counted noun the text last named: back through its sentence and the one
// before ("Nobody has a good number for the displaced. The network now
// says 1.4 million"; "Soldaten ... zusammengezogen. Die Zählung kam auf
// etwa 11.000"), as a reader carries the subject over.
func (x *extractor) nounBefore(f *Figure) (int, bool) {
	from, _ := x.sentenceRange(max(f.sentence-1, 0))
	for k := f.first - 1; k >= from && k >= f.first-60; k-- {
		t := x.toks[k]
		if t.kind != tWord || x.lang == "de" && !isUpperWord(t) {
			continue
		}
		if x.tokAt(k-1).kind == tNum || x.tokAt(k-2).kind == tNum {
			continue // another figure's noun: antecedent judged it
		}
		if qualifierHeads[t.low] {
			continue // "Rund 1.300 Häuser": a qualifier, not a noun
		}
		info, ok := familyOf(t.low)
		if x.lang == "en" {
			info, ok = thingWords[stem(t.low)] // English has no compounds: not "ship" in "membership"
			if ok && x.agentOf(k, f.first) {
				continue // "The rebels killed three": who did it, not whom
			}
		}
		if ok && thingNames[info.thing] != [2]string{} {
			return k, true
		}
	}
	return 0, false
}

// agentOf reports an English noun at token k that is the subject of an
// active verb of what happened to people, before the number at token at:
// "The rebels killed three and captured two".
func (x *extractor) agentOf(k, at int) bool {
	for j := k + 1; j < at && j <= k+2; j++ {
		w := x.word(j)
		if agentVerbs[w] {
			return !passiveAux[x.word(j-1)]
		}
		if x.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

var agentVerbs = lang.Words(`killed kill kills captured capture captures wounded injured arrested detained seized
	freed released rescued evacuated shot abducted kidnapped`)

var passiveAux = lang.Words(`was were been be being is are`)

// qualifierHeads are the first words of the qualifiers before a number,
// qualifierWords all their words.
var qualifierHeads, qualifierWords = func() (heads, all map[string]bool) {
	heads, all = map[string]bool{}, map[string]bool{}
	for _, q := range qualifierPhrases {
		heads[q.words[0]] = true
		for _, w := range q.words {
			all[w] = true
		}
	}
	return heads, all
}()

// crowdWords name a gathering whose size is a number of people.
var crowdWords = lang.Words(`crowd crowds turnout menge menschenmenge teilnehmerzahl`)

// antecedent is the figure a bare number at figs[i] answers: the nearest
// one before it in its sentence or the sentence before, else the next one
// in its sentence, with a unit and a value within a factor of ten.
func antecedent(figs []*Figure, i int) *Figure {
	f := figs[i]
	fits := func(g *Figure) bool {
		if g.Unit == "" || g.Kind != KindCount && g.Kind != KindMoney && g.Kind != KindPercent || g.Value <= 0 || f.Value <= 0 {
			return false
		}
		return math.Max(f.Value, g.Value) <= 10*math.Min(f.Value, g.Value)
	}
	for j := i - 1; j >= 0; j-- {
		g := figs[j]
		if g.sentence < f.sentence-1 {
			break
		}
		if fits(g) {
			return g
		}
	}
	for j := i + 1; j < len(figs) && figs[j].sentence == f.sentence; j++ {
		if fits(figs[j]) {
			return figs[j]
		}
	}
	return nil
}
