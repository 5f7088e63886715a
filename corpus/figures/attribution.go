package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Who says so: the source a sentence names for its figures ("laut X",
// "nach Angaben des X", "X zufolge", "sagte X", "according to X", "X said"),
// else a source-like phrase before the figure ("sieht es das NIS als
// erwiesen an, dass ..."), else a cue in the sentence before.

// srcSpan is the token range [start, end] of a source phrase; start < 0
// when there is none.
type srcSpan struct{ start, end int }

var noSource = srcSpan{-1, -1}

func (s srcSpan) ok() bool { return s.start >= 0 }

// attribution returns the source for a figure at token k in sentence s.
func (x *extractor) attribution(s, k int) srcSpan {
	if a := x.validSource(x.gappedSource(s, k)); a.ok() {
		return a
	}
	a, cue := x.cueSource(s, k)
	if a = x.validSource(a); a.ok() {
		x.cued = true
		return a
	}
	if a := x.validSource(x.sourceBefore(s, k)); a.ok() || cue {
		// A cue that names no one ("Schätzungen zufolge", "the report
		// said") still says the sentence before is not the source.
		return a
	}
	if s > 0 && x.continues(s, k) {
		a, _ = x.cueSource(s-1, -1)
	}
	return x.validSource(a)
}

// personBefore is the person named last before token k in the paragraph,
// whom "sagte er", "he said" mean: the nearest two capitalised words in a
// row that are no determiner, no body ("Defence Ministry") and, in
// German, do not open a sentence ("Die Polizei").
func (x *extractor) personBefore(k int) srcSpan {
	for j := k - 2; j >= 0 && j >= k-80; j-- {
		a, b := x.toks[j], x.toks[j+1]
		if !isUpperWord(a) || !isUpperWord(b) || determiners[a.low] || sourceHead(a.low) || sourceHead(b.low) ||
			months[b.low] || weekdays[b.low] || x.sentenceStartsAt(j) && x.lang == "de" {
			continue
		}
		return srcSpan{j, j + 1}
	}
	return noSource
}

// sentenceStartsAt reports a sentence of the paragraph opening at token k.
func (x *extractor) sentenceStartsAt(k int) bool {
	for s := range x.sentFrom {
		if x.sentFrom[s] == k {
			return true
		}
	}
	return false
}

// backWords open a sentence that refers to the one before.
var backWords = lang.Words(`so das dies diese this that these those`)

// continues reports whether sentence s goes on with what the sentence
// before reported: German indirect speech ("Die Schäden seien ...") or a
// word that refers back ("demnach", "davon", "also"). Otherwise a figure
// in a sentence of its own has no source of the sentence before.
func (x *extractor) continues(s, k int) bool {
	from, to := x.window(s, k)
	for i := from; i < to; i++ {
		if continuation[x.word(i)] {
			return true
		}
	}
	return false
}

var continuation = lang.Words(`sei seien habe hätte hätten wäre wären werde würden könne müsse solle stehe liege gebe gehe komme bleibe
	fehle gelte brauche rechne zeige demnach zudem außerdem dabei davon darunter ferner zufolge also additionally
	furthermore`)

// parenSource reads a source in parentheses right after a figure ending at
// token last: "2,4 Mrd. Euro (Landesregierung)", "bis zu 3 Mrd. Euro
// (GDV)". A conversion in parentheses holds a number and is no source.
func (x *extractor) parenSource(last int) srcSpan {
	open := last + 1
	if !isPunct(x.tokAt(open), "(") {
		return noSource
	}
	ok := false
	for k := open + 1; k < len(x.toks) && k <= open+4; k++ {
		t := x.toks[k]
		if isPunct(t, ")") {
			if ok && k > open+1 && isUpperWord(x.toks[open+1]) && !x.spellsWordsBefore(open+1, open) {
				return srcSpan{open + 1, k - 1}
			}
			return noSource
		}
		if t.kind != tWord {
			return noSource
		}
		if isAcronym(t.text) && actorOf(t.low) == "" || sourceHead(t.low) {
			ok = true
		}
	}
	return noSource
}

// spellsWordsBefore: the acronym at token k is made of the initials of
// the words that end right before token at, "twenty-foot equivalent units
// (TEU)": an abbreviation of what is counted, not a source.
func (x *extractor) spellsWordsBefore(k, at int) bool {
	abbr := strings.ToLower(x.toks[k].text)
	if len(abbr) < 2 || len(abbr) > 6 || at < len(abbr) {
		return false
	}
	for i := 0; i < len(abbr); i++ {
		t := x.toks[at-len(abbr)+i]
		if t.kind != tWord || t.low[0] != abbr[i] {
			return false
		}
	}
	return true
}

// sentenceRange returns the token range [from, to) of sentence s.
func (x *extractor) sentenceRange(s int) (from, to int) {
	if s < 0 || s >= len(x.sentFrom) || x.sentTo[s] == 0 {
		return 0, 0
	}
	return x.sentFrom[s], x.sentTo[s]
}

var pronouns = lang.Pronouns

// objectNouns are what is estimated or counted, never who: "bezifferte die
// Zahl der Evakuierten auf", "put the figure at".
var objectNouns = lang.Words(`zahl anzahl schaden schäden kosten höhe menge summe wert bilanz number figure figures
	total toll damage cost costs crowd`)

// speechAdverbs may stand between a source and its verb.
var speechAdverbs = lang.Words(`now also later today still again meanwhile previously initially first
	jetzt nun inzwischen mittlerweile bereits zuletzt zunächst auch noch`)

// quoteMarks close a quotation before ", so die Sprecherin".
var quoteMarks = map[string]bool{"“": true, "”": true, "\"": true, "«": true, "»": true, "‘": true, "’": true}

// objectArticles open an object, never the speaker after a German speech
// verb: "schätzt den Schaden auf", "sagte dem Sender".
var objectArticles = lang.Words(`den dem einen einem`)

// speakerAfter reports whether a phrase after a speech verb is its speaker.
// In English the speaker follows the verb only at the end of a clause
// ("..., said Foreign Minister X."); "said Kyiv faced a gap" and
// "estimates Russia's losses at" name what is said.
func (x *extractor) speakerAfter(src srcSpan, to int) bool {
	if x.lang != "en" {
		// "schätzt die Kosten auf 20 Mio.": what is estimated, at what;
		// but "schätzt der Landkreis auf 250 Mio.", "beziffert die Polizei
		// auf 8000": a nominative or a source after the verb speaks.
		det := x.word(src.start - 1)
		if objectNouns[x.toks[src.start].low] || objectNouns[x.toks[src.end].low] {
			return false
		}
		return x.word(src.end+1) != "auf" || det == "der" || sourceHead(x.toks[src.end].low)
	}
	if objectNouns[x.toks[src.end].low] {
		return false // "estimated the number at", "bezifferte die Zahl der Evakuierten auf"
	}
	nt := x.tokAt(src.end + 1)
	return src.end+1 >= to || nt.kind == tPunct && nt.text != "-" && nt.text != "'" && nt.text != "’" || nt.low == "on" || nt.low == "in" || nt.low == "at"
}

// validSource rejects spans that cannot say anything: a weekday, a month,
// a time word ("announced Tuesday"), or a bare possessive ("Russia's")
// cut from its head.
func (x *extractor) validSource(src srcSpan) srcSpan {
	if !src.ok() {
		return src
	}
	last := x.toks[src.end].low
	if weekdays[last] || months[last] || timeAdverbs[last] || x.lang == "en" && isPossessive(last) {
		return noSource
	}
	if _, unit := unitWords[last]; unit && src.start == src.end {
		return noSource // "CHF 12m": a currency says nothing
	}
	return src
}

// timeAdverbs name a time, not a speaker.
var timeAdverbs = lang.Words(`heute gestern morgen vorgestern today yesterday tomorrow tonight overnight`)

// cueSource finds the source named by a cue in sentence s, the one nearest
// to token k (any, when k < 0). cue reports whether the sentence has a cue
// at all.
func (x *extractor) cueSource(s, k int) (src srcSpan, cue bool) {
	from, to := x.window(s, k)
	best, bestDist := noSource, 1<<30
	consider := func(at int, src srcSpan) {
		cue = true
		if !src.ok() || k >= 0 && x.otherClause(k, at, src, to) {
			return
		}
		d := at - k
		if d < 0 {
			d = -d
		}
		if k < 0 {
			d = 0
		}
		if d < bestDist {
			best, bestDist = src, d
		}
	}
	for i := from; i < to; i++ {
		w := x.word(i)
		switch {
		case w == "laut" || w == "gemäß" || w == "citing":
			consider(i, x.phraseAfter(i+1, to))
		case w == "according" && x.word(i+1) == "to":
			consider(i, x.phraseAfter(i+2, to))
		case w == "nach" && x.word(i+1) == "angaben":
			consider(i, x.phraseAfter(i+1, to))
		case w == "zufolge":
			consider(i, x.phraseBefore(i-1, from))
		case w == "nach" && strings.HasSuffix(x.word(i+1), "angaben") && len(x.word(i+1)) > len("angaben"):
			consider(i, srcSpan{i + 1, i + 1}) // "nach Polizeiangaben"
		case w == "nach" && (reportNouns[x.word(i+1)] || isDeAdjective(x.tokAt(i+1)) && reportNouns[x.word(i+2)]):
			// "nach ersten Schätzungen der X"; "nach eigenen Angaben" names
			// no one but the sentence's subject.
			if src := x.phraseAfter(i+1, to); src.ok() && !reportNouns[x.toks[src.end].low] {
				consider(i, src)
			} else if x.word(i+1) == "eigenen" {
				consider(i, x.sentenceSubject(s)) // "Orvand hat nach eigenen Angaben 5000 Soldaten entsandt"
			} else if e := x.countBy(i + 1); e >= 0 {
				consider(i, srcSpan{i + 1, e}) // "nach offizieller Zählung": the count is its own source
			} else {
				consider(i, noSource)
			}
		case reportNouns[w] && x.reportGiver(i, from) >= 0:
			// "British officials gave a lower estimate of 3,000".
			consider(i, x.phraseBefore(x.reportGiver(i, from)-1, from))
		case reportNouns[w] && w != "angaben" && x.reportAuthor(i, to).ok():
			// "Hochrechnung von Kompass", "figures released by the
			// returning officer", "nach Rechnung der Nordmark-Bahn".
			consider(i, x.reportAuthor(i, to))
		case w == "so" && i > from && (isPunct(x.tokAt(i-1), ",") || quoteMarks[x.tokText(i-1)]) && determiners[x.word(i+1)]:
			consider(i, x.phraseAfter(i+1, to)) // "…“, so die Sprecherin."
		case speechParticiples[w] && k >= 0 && i > k:
			consider(i, x.clauseSubject(k, from)) // "die HB selbst hatte am Abend 7000 gemeldet"
		case k >= 0 && i > k && i <= k+3 && byParticiples[w] && x.word(i+1) == "by":
			consider(i, x.phraseAfter(i+2, to)) // "the 38 reported by operator Orsund Line"
		case w == "by" && x.countBy(i+1) >= 0:
			consider(i, srcSpan{i + 1, x.countBy(i + 1)}) // "180,000 by official count"
		case (w == "wie" || w == "as") && x.asSaid(i+1, to) >= 0:
			consider(i, x.phraseAfter(i+1, x.asSaid(i+1, to))) // "…, wie das Ministerium am Montag mitteilte"
		case reportNounLike(w) && isPunct(x.tokAt(i+1), ",") && relativePronouns[x.word(i+2)]:
			// "Nach dem Endergebnis, das Landeswahlleiterin Petra Haug
			// verkündete, …", "the count, which the ministry released".
			consider(i, x.phraseAfter(i+3, to))
		case w == "told":
			consider(i, x.phraseBefore(i-1, from)) // "X told Reuters": X, not the outlet
		case speechVerbs[w]:
			nxt := x.tokAt(i + 1)
			if i+1 < to && !pronouns[nxt.low] && !objectArticles[nxt.low] && (determiners[nxt.low] || isUpperWord(nxt)) {
				if src := x.phraseAfter(i+1, to); src.ok() && x.speakerAfter(src, to) {
					consider(i, src)
					continue
				}
			}
			consider(i, x.phraseBefore(i-1, from))
		}
	}
	return best, cue
}

// otherClause reports a source named after the figure at token k in a
// clause of its own that states its own number: "Rund 12.000 Menschen
// mussten gehen, die Regierung schätzt den Schaden auf 2,4 Mrd. Euro";
// "Police put it at 8,000; organizers said 20,000".
func (x *extractor) otherClause(k, at int, src srcSpan, to int) bool {
	if at < k && src.end < k {
		return false
	}
	mark := false
	for i := k + 1; i < min(at, src.start); i++ {
		if t := x.toks[i].text; t == "," || t == ";" || t == ":" || t == "–" || t == "—" {
			mark = true
		}
	}
	if !mark {
		return false
	}
	// Its own number: after the cue, before the clause ends.
	for i := max(at, src.end) + 1; i < to; i++ {
		if t := x.toks[i]; t.kind == tNum && !x.clockAt(i) {
			return true
		} else if t.text == "," || t.text == ";" || t.text == "–" || t.text == "—" {
			return false
		}
	}
	return false
}

func (x *extractor) span(start, end int) string {
	return x.p.Text[x.toks[start].start:x.toks[end].end]
}

var gapWords = lang.Words(`of von auf`)

// speechParticiples end a German clause whose subject said the figure in
// it: "die HB hatte 7000 gemeldet".
var speechParticiples = lang.Words(`gemeldet mitgeteilt angegeben geschätzt beziffert gezählt genannt gesprochen`)

// sentenceSubject is the name or noun phrase sentence s opens with, when
// it is one: "Orvand hat nach eigenen Angaben ...", "Der Verein hat ...".
func (x *extractor) sentenceSubject(s int) srcSpan {
	from, to := x.sentenceRange(s)
	if from >= to {
		return noSource
	}
	j := from
	if determiners[x.word(j)] {
		j++
	}
	if !isUpperWord(x.tokAt(j)) {
		return noSource
	}
	return x.phraseAfter(j, to)
}

// clauseSubject is the noun phrase that opens the clause of the figure at
// token k, after a comma or at the sentence start, when a determiner
// begins it: "die HB selbst hatte ...".
func (x *extractor) clauseSubject(k, from int) srcSpan {
	j := k - 1
	for j > from && x.tokAt(j).kind != tPunct {
		j--
	}
	if x.tokAt(j).kind == tPunct {
		j++
	}
	if !determiners[x.word(j)] {
		return noSource
	}
	return x.phraseAfter(j, k)
}

// gappedSource reads a source named in the figure's own verbless clause,
// the other side of a dispute: "Die Gewerkschaft spricht von 1.700, das
// Unternehmen von höchstens 900", "well above the company's count of
// fewer than 800".
func (x *extractor) gappedSource(s, k int) srcSpan {
	from, _ := x.sentenceRange(s)
	j := k - 1
	if t := x.tokAt(j); t.kind != tWord && t.kind != tNum && len(t.text) > 0 && t.text != "," {
		j-- // a currency sign: "of at least €250m"
	}
	for n := 0; n < 3 && j > from && qualifierWords[x.word(j)] && !gapWords[x.word(j)]; n++ {
		j-- // a qualifier: "von höchstens 900", "of fewer than 800"
	}
	switch w := x.word(j); {
	case w == "of" && reportNouns[x.word(j-1)]:
		// "company's count", "the district's first estimate": a
		// possessive alone is no source.
		for p := j - 2; p >= from && p >= j-4; p-- {
			if isPossessive(x.word(p)) {
				return srcSpan{p, j - 1}
			}
			if t := x.toks[p]; t.kind != tWord || isUpperWord(t) || enStopWords[t.low] {
				break
			}
		}
	case (w == "is" || w == "was") && reportNouns[x.word(j-1)] && j-3 >= from:
		// "The Karsenian Defence Ministry's latest figure is 420".
		for p := j - 2; p >= j-3; p-- {
			if isPossessive(x.word(p)) {
				if src := x.phraseBefore(p, from); src.ok() {
					return srcSpan{src.start, j - 1}
				}
				return srcSpan{p, j - 1}
			}
		}
	case w == "von" || w == "auf":
		end := j - 1
		start := end
		for start > from && start > end-3 && isUpperWord(x.tokAt(start)) {
			start--
		}
		if !determiners[x.word(start)] || start == end || start <= from {
			return noSource
		}
		if p := x.tokAt(start - 1); p.kind == tPunct && (p.text == "," || p.text == ";") {
			return srcSpan{start + 1, end}
		}
	}
	return noSource
}
