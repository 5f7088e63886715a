package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Disputed figures: "Berichte, dass ... 30.000 Männer ..., sind vom
// Geheimdienst aber revidiert worden", "Moscow denied reports that 3,000
// troops had died". The figure is a claim; the claim (the reports) is its
// source, and it is flagged so nobody reads it as established.

// disputeWords say that a claim was revised, denied or disputed (lower
// case, whole words; German and English).
var disputeWords = lang.Words(`revidiert revidierte revidierten revidieren revidiere dementiert dementierte dementierten
	dementieren dementi bestritten bestreitet bestritt bestreiten zurückgewiesen zurückweisen zurückgewiesene
	widersprochen widersprach widerspricht widersprechen widerlegt widerlegte angezweifelt bezweifelt bezweifelte
	disputed disputes dispute denied denies deny revised revises rejected rejects refuted refutes contradicted
	contradicts contested contests debunked dismissed`)

// claimNouns name a claim that may be disputed: the report nouns and a few
// more.
var claimNouns = lang.Words(`behauptung behauptungen gerüchte gerücht spekulationen darstellung darstellungen
	medienberichte medienberichten presseberichte presseberichten claims claim rumours rumors speculation allegations`)

func isClaimNoun(low string) bool {
	if reportNouns[low] || claimNouns[low] {
		return true
	}
	// Compounds: "Medienberichte", "Pressemeldungen".
	for _, h := range []string{"berichte", "berichten", "meldungen", "angaben", "reports", "claims"} {
		if strings.HasSuffix(low, h) {
			return true
		}
	}
	return false
}

// dispute sets f.Disputed when the figure starting at token first is a
// claim its sentence says was revised, denied or disputed, and then names
// the claim as the source when the sentence has one.
func (x *extractor) dispute(f *Figure, first int, src srcSpan) {
	from, to := x.window(f.sentence, first)
	d := -1
	for k := from; k < to; k++ {
		if disputeWords[x.word(k)] {
			d = k
			break
		}
	}
	if d < 0 {
		return
	}
	// "eine revidierte Schätzung", "a revised estimate": the new figure.
	if determiners[x.word(d-1)] && (isClaimNoun(x.word(d+1)) || isClaimNoun(x.word(d+2))) {
		return
	}
	c := -1
	for k := first - 1; k >= from; k-- {
		if isClaimNoun(x.word(k)) && (isUpperWord(x.toks[k]) || x.lang == "en") {
			c = k
			break
		}
	}
	if c < 0 {
		// "revised the toll to 1,200", "auf 12.000 revidiert": the new value.
		if w := x.word(first - 1); w == "to" || w == "auf" || w == "down" || w == "up" {
			return
		}
		if d < first && x.sayingBetween(d, first) {
			return // "denied it, saying 11,000 troops were there"
		}
	}
	f.Disputed = true
	if c < 0 {
		// "Die Regierung bestreitet, dass ...": who denies is not the source.
		if src.ok() && x.sent[src.start] == f.sentence && src.end < d {
			f.Attribution, f.AttributionText = "", ""
		}
		return
	}
	// "Berichte des Kremls, dass ..." -> the Kremlin; "Berichte, dass" -> the reports.
	if src := x.phraseAfter(c, first); src.ok() && src.start > c {
		f.Attribution, f.AttributionText = x.sourceText(src)
		return
	}
	start := c
	for start-1 >= from && (isDeAdjectiveWord(x.toks[start-1]) || x.lang == "en" && isUpperWord(x.toks[start-1])) {
		start-- // "russische Berichte", "Russian claims"
	}
	f.Attribution, f.AttributionText = x.sourceText(srcSpan{start, c})
}

// sayingBetween reports a speech verb or participle between tokens a and b:
// the figure after it is the speaker's own.
func (x *extractor) sayingBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := x.word(k); speechVerbs[w] || w == "saying" || w == "sprach" || w == "nannte" || w == "nannten" {
			return true
		}
	}
	return false
}
