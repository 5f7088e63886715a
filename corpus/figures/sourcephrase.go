package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Reading a source phrase: forward after a cue, backward before a verb.

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
		case t.kind == tWord && end < 0 && x.lang == "en" && sourceHead(t.low) && !speechVerbs[t.low]:
			end = j // "the state returning officer", "officials"
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

// nounBeforeIn: token k, before "in" and a name, is the head of a source
// phrase: a German noun, an English word that is no function word.
func (x *extractor) nounBeforeIn(k int) bool {
	t := x.toks[k]
	if t.kind != tWord || determiners[t.low] || speechVerbs[t.low] {
		return false
	}
	if x.lang == "en" {
		return !enStopWords[t.low] && !isUpperWord(t)
	}
	return isUpperWord(t)
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
	// A name's short form in parentheses: "the Drevan Conflict Monitor
	// (DCM) estimated".
	if isPunct(x.tokAt(j), ")") && j-2 >= from && isPunct(x.tokAt(j-2), "(") && isAcronym(x.toks[j-1].text) {
		j -= 3
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
		if t.low == "in" && start == j+1 && isUpperWord(x.toks[start]) && j-1 >= from && x.nounBeforeIn(j-1) {
			continue // "die Regierung in Tirsk", "the government in Tirsk"
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
