package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Generic sources a reader resolves by kind: after "Nordmark-Bahn, a
// regional rail operator" or "die Reederei Orsund Line", "the company"
// and "das Unternehmen" are that name; after "Die Vereinigung
// Norddeutscher Lokführer (VNL)", "die Gewerkschaft" is the VNL.

// sourceKinds group the generic nouns a text uses for one kind of
// organisation, in German and English, with the words whose presence in
// a name or an apposition makes an organisation that kind.
var sourceKinds = []struct {
	kind    string
	generic lang.Set // what a text calls it: "the company", "das Unternehmen"
	marks   []string // ends of words that make a name or apposition that kind
}{
	{"company", lang.Words(`unternehmen unternehmens konzern konzerns firma betreiber reederei company firm operator
		carrier`), []string{"unternehmen", "konzern", "firma", "betreiber", "reederei", "bahn", "company", "firm",
		"operator", "carrier", "line", "lines", "airlines", "ag", "gmbh", "se", "inc", "ltd", "plc"}},
	{"union", lang.Words(`gewerkschaft union`), []string{"gewerkschaft", "union", "vereinigung"}},
}

// kindOf is the kind of organisation a generic source noun names, or "".
func kindOf(generic string) string {
	for _, k := range sourceKinds {
		if k.generic[generic] {
			return k.kind
		}
	}
	return ""
}

// markedKind is the kind a word's end marks ("Lokführergewerkschaft",
// "Nordmark-Bahn", "operator"), or "".
func markedKind(low string) string {
	for _, k := range sourceKinds {
		for _, m := range k.marks {
			if low == m || len(m) > 3 && strings.HasSuffix(low, m) {
				return k.kind
			}
		}
	}
	return ""
}

// learnKinds notes the organisations a paragraph names with their kind:
// a capitalised name with a word of the kind in it ("Nordmark-Bahn",
// "Vereinigung Norddeutscher Lokführer", then its "(VNL)"), a name after
// a noun of the kind ("Reederei Orsund Line", "operator Orsund Line"), or
// before an apposition of it ("Nordmark-Bahn, a regional rail operator").
func (x *extractor) learnKinds() {
	for k := 0; k < len(x.toks); k++ {
		if !isUpperWord(x.toks[k]) || determiners[x.toks[k].low] {
			continue
		}
		end := k
		for end+1 < len(x.toks) && end < k+3 && isUpperWord(x.toks[end+1]) && x.sent[end+1] == x.sent[k] {
			end++
		}
		if !x.nameLike(k, end) {
			k = end
			continue // a noun alone ("die Gewerkschaft", "Streikenden") names no one
		}
		kind := ""
		for j := k; j <= end && kind == ""; j++ {
			kind = markedKind(x.toks[j].low)
		}
		if kind == "" {
			kind = markedKind(x.word(k - 1)) // "Reederei Orsund Line", "operator Orsund Line"
		}
		if kind == "" && isPunct(x.tokAt(end+1), ",") {
			kind = x.appositionKind(end + 2) // "Nordmark-Bahn, a regional rail operator"
		}
		if kind != "" {
			name := srcSpan{k, end}
			if end > k && (kindOf(x.toks[k].low) != "" || end == k+1 && isAcronym(x.toks[end].text)) {
				name.start++ // "Reederei Orsund Line", "Lokführergewerkschaft GDL": the name is what follows
			}
			if isPunct(x.tokAt(end+1), "(") && isAcronym(x.tokText(end+2)) && isPunct(x.tokAt(end+3), ")") {
				name = srcSpan{end + 2, end + 2} // the short form the text goes on with
			}
			n, _ := x.sourceText(name)
			x.memo.kinds[kind] = n
		}
		k = end
	}
}

// nameLike reports capitalised tokens [k, end] that can be a name: more
// than one word, a hyphenated word ("Nordmark-Bahn"), an acronym, or an
// English word inside a sentence; a German noun alone is any noun.
func (x *extractor) nameLike(k, end int) bool {
	t := x.toks[k]
	switch {
	case end > k, strings.Contains(t.text, "-"), isAcronym(t.text):
		return true
	case x.lang == "de":
		return false
	}
	return k > 0 && x.sent[k-1] == x.sent[k] && !isPunct(x.tokAt(k-1), ":")
}

// appositionKind is the kind an apposition from token j names: an article,
// at most three lower-case words, and the noun ("a regional rail operator",
// "ein regionales Bahnunternehmen").
func (x *extractor) appositionKind(j int) string {
	if !determiners[x.word(j)] {
		return ""
	}
	for n := j + 1; n <= j+4; n++ {
		t := x.tokAt(n)
		if t.kind != tWord {
			return ""
		}
		if kind := markedKind(t.low); kind != "" {
			return kind
		}
		if isUpperWord(t) && x.lang == "en" {
			return ""
		}
	}
	return ""
}
