package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// The normal form of a source: who says so, in the nominative and without
// article, so that "laut dem südkoreanischen Geheimdienst", "des
// südkoreanischen Geheimdienstes" and "der südkoreanische Geheimdienst" all
// read "südkoreanischer Geheimdienst". German noun phrases are declined by
// the general rules for adjectives without article (strong declension), the
// head noun's gender guessed from its suffix.

// gender of a German noun, or plural.
type gender uint8

const (
	masculine gender = iota
	feminine
	neuter
	plural
)

// Suffixes that fix a German noun's gender (lower case, longest first is not
// needed: the lists do not overlap).
var (
	neuterSuffixes   = []string{"ium", "um", "amt", "ment", "tut", "militär", "haus", "büro", "o"}
	feminineSuffixes = []string{"ung", "heit", "keit", "schaft", "ion", "tät", "ie", "ei", "behörde", "regierung", "armee",
		"ur", "bank", "zentrale", "gruppe", "kammer", "union", "liga", "organisation", "kommission", "agentur"}
)

// nounGender guesses the gender of a German noun in the nominative singular.
func nounGender(low string) gender {
	if i := strings.LastIndexByte(low, '-'); i >= 0 {
		low = low[i+1:] // "US-Verteidigungsministerium"
	}
	for _, s := range neuterSuffixes {
		if strings.HasSuffix(low, s) {
			return neuter
		}
	}
	for _, s := range feminineSuffixes {
		if strings.HasSuffix(low, s) {
			return feminine
		}
	}
	return masculine
}

// feminine plurals read as "-en" after a feminine suffix: "Behörden",
// "Regierungen", "Schätzungen".
func isFemininePlural(low string) bool {
	for _, s := range []string{"n", "en"} {
		if b, ok := strings.CutSuffix(low, s); ok && len(b) > 2 && nounGender(b) == feminine {
			return true
		}
	}
	return false
}

// adjStem strips a German adjective ending: "amerikanischen" ->
// "amerikanisch", "südkoreanische" -> "südkoreanisch".
func adjStem(w string) (stem, ending string) {
	for _, e := range []string{"en", "em", "er", "es", "e"} {
		if s, ok := strings.CutSuffix(w, e); ok && len(s) >= 3 {
			return s, e
		}
	}
	return w, ""
}

// stripGenitive removes the genitive -es or -s of a masculine or neuter
// noun: "Geheimdienstes" -> "Geheimdienst", "Ministeriums" -> "Ministerium".
func stripGenitive(w string) string {
	if b, ok := strings.CutSuffix(w, "es"); ok && len(b) >= 3 && !isVowel(b[len(b)-1]) {
		if g := nounGender(strings.ToLower(b)); g != feminine {
			return b
		}
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && len(b) > 2 && !strings.HasSuffix(b, "s") {
		return b
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c|0x20) >= 0 }

// isDeAdjectiveWord: a German attributive adjective, in lower case, or a
// capitalised nationality at a sentence start ("Russische Behörden") or
// with a prefix ("US-amerikanischen").
func isDeAdjectiveWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	if isDeAdjective(t) {
		return true
	}
	stem, end := adjStem(t.low)
	return end != "" && (strings.HasSuffix(stem, "isch") || strings.HasSuffix(stem, "lich")) && actorOrAdj(stem)
}

// actorOrAdj accepts a nationality or any "-isch"/"-lich" adjective: only
// these are capitalised at a sentence start in a source phrase.
func actorOrAdj(stem string) bool {
	return countries[stem] != "" || strings.HasSuffix(stem, "isch") || strings.HasSuffix(stem, "lich")
}

// deSourceName puts a German source phrase in the nominative without
// article. det is the determiner or contracted preposition before it
// ("dem", "des", "vom", "" for none); words are the phrase's tokens.
func deSourceName(det string, words []token) string {
	n := 0
	for n < len(words) && isDeAdjectiveWord(words[n]) {
		n++
	}
	if n >= len(words) || !isUpperWord(words[n]) {
		return joinTokens(words)
	}
	head := words[n]
	switch det {
	case "vom", "im", "beim", "zum":
		det = "dem"
	case "zur":
		det = "der"
	}
	ending := ""
	if n > 0 {
		_, ending = adjStem(words[n-1].low)
	}
	genitive := det == "des" || det == "eines" ||
		det == "" && ending == "en" && strings.HasSuffix(head.low, "s") && nounGender(strings.ToLower(stripGenitive(head.text))) != feminine
	name := head.text
	if genitive {
		name = stripGenitive(name)
	}
	if n == 0 {
		// No adjective to decline: only the genitive ending goes.
		return joinTokens(append([]token{{kind: tWord, text: name}}, words[n+1:]...))
	}
	g := nounGender(strings.ToLower(name))
	switch {
	case isFemininePlural(strings.ToLower(name)):
		g = plural
	case genitive:
	case det == "den" || det == "die" && ending == "en":
		g = plural
	case det == "der" && ending == "en" && g != feminine:
		g = plural
	case det == "" && ending == "en":
		g = plural
	}
	if g == plural {
		name = dativePluralBase(name)
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		stem, _ := adjStem(words[i].low)
		if i == n-1 && countries[stem] == "us" {
			b.WriteString("US-" + name) // "amerikanisches Ministerium" -> "US-Ministerium"
			name = ""
			break
		}
		// Capitals stay in names ("Statistisches Bundesamt", "EU-weit");
		// a nationality is capitalised only at a sentence start.
		if t := words[i].text; len(t) == len(words[i].low) && (strings.Contains(t, "-") || countries[stem] == "") {
			stem = t[:len(stem)]
		}
		b.WriteString(stem + strongEnding(g) + " ")
	}
	b.WriteString(name)
	if rest := joinTokens(words[n+1:]); rest != "" {
		b.WriteString(" " + rest)
	}
	return b.String()
}

// strongEnding is the nominative ending of an adjective without article.
func strongEnding(g gender) string {
	switch g {
	case masculine:
		return "er"
	case neuter:
		return "es"
	}
	return "e"
}

// dativePluralBase drops the dative plural -n of nouns in -ern
// ("Beobachtern" -> "Beobachter", "Containern" -> "Container"); feminine
// plurals such as "Mauern" or "Steuern" keep it. Other plurals are left as
// written: "-eln" is as often a plural ("Geiseln") as a dative ("Mitteln").
func dativePluralBase(w string) string {
	if strings.HasSuffix(w, "ern") && len(w) > 4 && !isVowel(w[len(w)-4]) {
		return w[:len(w)-1]
	}
	return w
}

// joinTokens writes tokens with the spacing they had.
func joinTokens(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// sourceText returns the normal form of a source and the phrase as
// written, with its article and the cue that introduced it ("Laut dem
// amerikanischen Verteidigungsministerium", "US-Schätzungen zufolge", "the
// Pentagon said").
func (x *extractor) sourceText(sp srcSpan) (name, written string) {
	if !sp.ok() {
		return "", ""
	}
	s := x.sent[sp.start]
	same := func(k int) bool { return k >= 0 && k < len(x.toks) && x.sent[k] == s }
	det := ""
	if w := x.word(sp.start - 1); determiners[w] || contractions[w] {
		det = w
	}
	if sp.start == sp.end && x.lang == "de" && compoundReport(x.toks[sp.start].text) != "" {
		name = compoundReport(x.toks[sp.start].text) // "Polizeiangaben": Polizei
	} else if x.lang == "en" {
		name = x.span(sp.start, sp.end)
	} else {
		name = deSourceName(det, x.toks[sp.start:sp.end+1])
	}
	a, b := sp.start, sp.end
	for same(a-1) && x.cueBefore(a, sp.start) {
		a--
	}
	if w := x.word(b + 1); same(b+1) && (w == "zufolge" || speechVerbs[w]) {
		b++
	}
	return name, x.span(a, b)
}

// cueBefore reports whether the token before a belongs to the phrase that
// introduces the source starting at token start: its article, "laut",
// "nach Angaben des", "according to", "sagte der".
func (x *extractor) cueBefore(a, start int) bool {
	w := x.word(a - 1)
	switch {
	case determiners[w] || contractions[w] || w == "von" || w == "of" || w == "by":
		return true
	case reportNouns[w], w == "laut", w == "gemäß", w == "citing", w == "according":
		return true
	case w == "nach":
		return strings.HasSuffix(x.word(a), "angaben")
	case w == "to":
		return x.word(a-2) == "according"
	case speechVerbs[w]:
		return a == start || determiners[x.word(a)]
	}
	return false
}

// contractions of a preposition and an article that carry the case.
var contractions = lang.Words(`vom im beim zum zur`)

// compoundReport is the source named in a German compound of "Angaben":
// "Polizeiangaben" is Polizei, "Gewerkschaftsangaben" Gewerkschaft (the
// linking s dropped after a consonant that takes one), "" otherwise.
func compoundReport(w string) string {
	const suf = "angaben"
	if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+2 {
		return ""
	}
	p := w[:len(w)-len(suf)]
	if n := len(p); n > 3 && p[n-1] == 's' && strings.IndexByte("tgndk", p[n-2]) >= 0 {
		p = p[:n-1]
	}
	return p
}
