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

var continuation = lang.Words(`sei seien habe hätten werde würden könne müsse solle stehe liege gebe gehe komme bleibe
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
			if ok && k > open+1 && isUpperWord(x.toks[open+1]) {
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
		if t := x.toks[i]; t.kind == tNum {
			return true
		} else if t.text == "," || t.text == ";" || t.text == "–" || t.text == "—" {
			return false
		}
	}
	return false
}

// phraseAfter reads a source phrase forward from token j: determiners
// dropped, adjectives, nouns and a proper name ("Korea Institute for Defence
// Analyses"), a genitive ("Sprecher des Ministeriums"). A report noun
// ("Schätzungen von X", "Angaben des X") passes on to the source behind it.
func (x *extractor) phraseAfter(j, to int) srcSpan {
	for j < to && (determiners[x.word(j)] || x.word(j) == "von" || x.word(j) == "vom" || x.word(j) == "of") {
		j++
	}
	start, end := j, -1
	for ; j < to && j-start < 8; j++ {
		t := x.toks[j]
		switch {
		case isUpperWord(t):
			end = j
		case t.kind == tWord && end < 0 && (isDeAdjective(t) || x.lang == "en" && !enStopWords[t.low] && !speechVerbs[t.low]):
		case t.kind == tWord && end >= 0 && (t.low == "for" || t.low == "of" || t.low == "für" || t.low == "de") && isUpperWord(x.tokAt(j+1)):
		case t.kind == tWord && end >= 0 && x.lang == "en" && (sourceHead(t.low) || reportNouns[t.low]):
			end = j // "U.S. officials", "Western estimates"
		default:
			j = to
		}
		if j == to {
			break
		}
		if end == j && !isUpperWord(x.tokAt(j+1)) && !(x.lang == "en" && (sourceHead(x.word(j+1)) || reportNouns[x.word(j+1)])) {
			w := x.word(j + 1)
			if !(w == "for" || w == "of" || w == "für") {
				break
			}
		}
	}
	if end < 0 {
		return noSource
	}
	// A possessive: "South Korea's spy agency", "Russia's defence ministry",
	// "Ukraine's General Staff". Without such a head it is no source.
	if x.lang == "en" && isPossessive(x.toks[end].low) {
		head, name := -1, -1
		for k := end + 1; k < to && k <= end+3 && x.toks[k].kind == tWord && !enStopWords[x.toks[k].low] && !speechVerbs[x.toks[k].low]; k++ {
			if sourceHead(x.toks[k].low) {
				head = k
				break
			}
			if isUpperWord(x.toks[k]) && (name == k-1 || k == end+1) {
				name = k
			}
		}
		if head >= 0 {
			end = head
		} else if name >= 0 {
			end = name
		}
	}
	// A genitive: "Sprecher des Ministeriums".
	if w := x.word(end + 1); x.lang == "de" && (w == "des" || w == "der") && !reportNouns[x.toks[end].low] {
		k := end + 2
		for k < to && isDeAdjective(x.toks[k]) {
			k++
		}
		if k < to && isUpperWord(x.toks[k]) {
			end = k
			// "des Bundesamtes für Bevölkerungsschutz": the name goes on.
			for end+2 < to && (x.word(end+1) == "für" || x.word(end+1) == "der" || x.word(end+1) == "des") && isUpperWord(x.tokAt(end+2)) {
				end += 2
			}
		}
	}
	if reportNouns[x.toks[end].low] {
		// "Schätzungen von Südkoreas Zentralbank" -> the bank.
		if w := x.word(end + 1); w == "von" || w == "des" || w == "der" || w == "of" || w == "by" {
			return x.phraseAfter(end+1, to)
		}
		if start < end {
			return srcSpan{start, end} // "Western estimates"
		}
		return x.prefixedReport(end)
	}
	return srcSpan{start, end}
}

func isPossessive(low string) bool {
	return strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s")
}

// prefixedReport keeps "US-Schätzungen" (the prefix names the source) and
// drops a bare "Schätzungen".
func (x *extractor) prefixedReport(k int) srcSpan {
	if i := strings.IndexByte(x.toks[k].text, '-'); i > 0 {
		return srcSpan{k, k}
	}
	return noSource
}

// phraseBefore reads a source phrase backward from token j: "Der
// südkoreanische Geheimdienst", "US-Schätzungen", "Ukrainian officials".
func (x *extractor) phraseBefore(j, from int) srcSpan {
	for j > from && speechAdverbs[x.word(j)] {
		j-- // "The district now says", "die Polizei inzwischen mitteilte"
	}
	end := j
	start := -1
	for ; j >= from && end-j < 7; j-- {
		t := x.toks[j]
		if (t.low == "der" || t.low == "des") && start >= 0 && j-1 >= from && isUpperWord(x.tokAt(j-1)) && !speechVerbs[x.word(j-1)] {
			continue // "Institut der deutschen Wirtschaft"
		}
		if t.kind != tWord || determiners[t.low] || pronouns[t.low] || speechVerbs[t.low] {
			break
		}
		if isUpperWord(t) || isDeAdjective(t) && start >= 0 || x.lang == "en" && !enStopWords[t.low] {
			start = j
			continue
		}
		if (t.low == "for" || t.low == "of" || t.low == "für" || t.low == "des" || t.low == "der") && start >= 0 {
			continue
		}
		break
	}
	if start < 0 || end < 0 || end >= len(x.toks) {
		return noSource
	}
	for start < end && !isUpperWord(x.toks[start]) && !isDeAdjective(x.toks[start]) && x.lang != "en" {
		start++
	}
	if reportNouns[x.toks[end].low] {
		return x.prefixedReport(end)
	}
	if !x.looksLikeSource(start, end) {
		return noSource
	}
	// "in der Ukraine sagte ...": a place, not a speaker.
	b := start - 1
	if determiners[x.word(b)] {
		b--
	}
	if prepositions[x.word(b)] {
		return noSource
	}
	return srcSpan{start, end}
}

var prepositions = lang.Prepositions

// looksLikeSource: a phrase with a capital letter or a source noun.
func (x *extractor) looksLikeSource(start, end int) bool {
	for k := start; k <= end; k++ {
		if isUpperWord(x.toks[k]) || sourceHead(x.toks[k].low) {
			return true
		}
	}
	return false
}

func (x *extractor) span(start, end int) string {
	return x.p.Text[x.toks[start].start:x.toks[end].end]
}

// sourceHead reports a word that names a source ("verteidigungsministerium",
// "officials").
func sourceHead(low string) bool {
	if low == "" {
		return false
	}
	for _, h := range sourceHeads {
		if strings.HasSuffix(low, h) && (len(h) > 3 || low == h) {
			return true
		}
	}
	return false
}

// isDateline reports a capitalised place opening a sentence before a dash
// or an agency in parentheses: "KYIV —", "BERLIN (Reuters) -".
func (x *extractor) isDateline(i int) bool {
	from, _ := x.sentenceRange(x.sent[i])
	if i != from && !(i == from+1 && x.tokAt(from).kind == tWord && isAcronym(x.tokAt(from).text)) {
		return false
	}
	j := i + 1
	if isAcronym(x.tokText(j)) {
		j++ // "NEW YORK"
	}
	return x.isDash(j) || isPunct(x.tokAt(j), "(")
}

// saysNext reports a speech verb at token k, perhaps after an auxiliary:
// "officials said", "the ministry has estimated". An English source noun
// needs one: "military aid", "the government of" name no source.
func (x *extractor) saysNext(k int) bool {
	if w := x.word(k); w == "has" || w == "have" || w == "had" || w == "also" {
		k++
	}
	return speechVerbs[x.word(k)]
}

// sourceBefore finds the nearest source-like phrase before token k in
// sentence s: an acronym ("NIS") or a noun such as "Geheimdienst".
func (x *extractor) sourceBefore(s, k int) srcSpan {
	from, _ := x.window(s, k)
	for i := k - 1; i >= from; i-- {
		t := x.toks[i]
		if t.kind != tWord {
			continue
		}
		if isAcronym(t.text) && actorOf(t.low) == "" {
			if x.isDateline(i) || x.tokAt(i-1).kind == tNum || magnitudeOf(x.word(i-1), x.lang) > 0 {
				continue // "KYIV —"; "2,9 Millionen TEU": a unit
			}
			return srcSpan{i, i}
		}
		if isUpperWord(t) && sourceHead(t.low) || x.lang == "en" && sourceHead(t.low) && x.saysNext(i+1) {
			// Widen to its adjectives and a name after it.
			start := i
			for start-1 >= from && (isDeAdjective(x.toks[start-1]) || isUpperWord(x.toks[start-1]) && x.lang == "en" || actorOf(x.word(start-1)) != "" && !determiners[x.word(start-1)]) {
				start--
			}
			end := i
			for end+1 < k && isUpperWord(x.toks[end+1]) {
				end++
			}
			if w := x.word(end + 1); (w == "in" || w == "im" || w == "aus") && end+2 < k && isUpperWord(x.toks[end+2]) {
				end += 2 // "officials in Kyiv", "Behörden in Kiew"
			}
			return srcSpan{start, end}
		}
	}
	return noSource
}

// reportAuthor is who made the report named at token i: "Hochrechnung von
// Kompass", "figures released by the returning officer".
func (x *extractor) reportAuthor(i, to int) srcSpan {
	j := i + 1
	if x.lang == "en" && (strings.HasSuffix(x.word(j), "ed") || x.word(j) == "given") {
		j++
	}
	switch x.word(j) {
	case "von", "vom", "des", "der", "by", "from", "of":
		if src := x.phraseAfter(j, to); src.ok() && !reportNouns[x.toks[src.end].low] {
			return src
		}
	}
	return noSource
}

// sourceMemo is what an article has said so far about its sources: the
// last one named, which "demnach", "sagte er" or "according to the
// agency" point back to.
type sourceMemo struct{ name, written string }

// fillSources gives the figures of a paragraph that name no source the
// one a reader resolves: the next sentence's when it only says who
// ("So jedenfalls rechnet das Ministerium."), the last named source when
// the sentence points back ("demnach", "sagte er", "according to the
// agency"). It then remembers the paragraph's last source.
func (x *extractor) fillSources(figs []*Figure) {
	holds := map[int]bool{}
	for _, f := range figs {
		holds[f.sentence] = true
	}
	for _, f := range figs {
		if f.Attribution != "" {
			x.pointBack(f)
			continue
		}
		s := f.sentence
		if _, cue := x.cueSource(s, f.first); !cue && s+1 < len(x.spans) && !holds[s+1] {
			if src, _ := x.cueSource(s+1, -1); x.validSource(src).ok() {
				f.Attribution, f.AttributionText = x.sourceText(src)
				f.srcStart, f.srcEnd = x.toks[src.start].start, x.toks[src.end].end
				continue
			}
		}
		if !x.pointsBack(s, f.first) {
			continue
		}
		if src := x.validSource(x.sourceBefore(s-1, x.sentTo[max(s-1, 0)])); s > 0 && src.ok() {
			f.Attribution, f.AttributionText = x.sourceText(src) // "Landrat X trat vor die Presse. …, sagte er."
		} else if x.memo.name != "" {
			f.Attribution, f.AttributionText = x.memo.name, x.memo.written
		}
	}
	for _, f := range figs {
		if f.Attribution != "" && !genericSource(f.Attribution) {
			x.memo.name, x.memo.written = f.Attribution, f.AttributionText
		}
	}
}

// pointsBack reports a sentence that refers to a source named before:
// "demnach", indirect speech, a speech verb with a pronoun ("sagte er",
// "he said").
func (x *extractor) pointsBack(s, k int) bool {
	if x.continues(s, k) {
		return true
	}
	from, to := x.window(s, k)
	for i := from; i < to; i++ {
		if speechVerbs[x.word(i)] && (pronouns[x.word(i+1)] || pronouns[x.word(i-1)]) {
			return true
		}
	}
	return false
}

// pointBack replaces a generic source ("the agency", "die Behörde") by
// the last named source whose name holds its noun.
func (x *extractor) pointBack(f *Figure) {
	if !genericSource(f.Attribution) || x.memo.name == "" {
		return
	}
	head := strings.ToLower(lastWord(f.Attribution))
	if strings.Contains(strings.ToLower(x.memo.name), head) {
		f.Attribution, f.AttributionText = x.memo.name, x.memo.written
	}
}

// genericSource: one lower-case noun or a German noun that is a source head
// with at most an article: "agency", "Behörde", "the ministry".
func genericSource(a string) bool {
	fs := strings.Fields(a)
	if len(fs) > 0 && determiners[strings.ToLower(fs[0])] {
		fs = fs[1:]
	}
	return len(fs) == 1 && sourceHead(strings.ToLower(fs[0]))
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
