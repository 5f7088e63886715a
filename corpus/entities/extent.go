package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// What decides where a name starts and ends: prefixes and particles,
// gazetteer names of several words, abbreviations in parentheses, lists.

// adjectivePlace returns the end of a place name that starts with an
// adjective before a well-known place (toks[i+1]), or i. Compass words are
// left out: "Westliche Ukraine" is still Ukraine.
func (d *detector) adjectivePlace(toks []token, cls []class, i int) int {
	k := i + 1
	if k >= len(toks) || toks[k].gapBreak || !toks[k].cap || toks[i].sentStart && !nationality(toks[i].lower) {
		return i
	}
	w := toks[i].lower
	german := cls[i] == cWordCap && lex().isWord(w) && adjStem(w) != w
	if !german && !nationality(w) {
		return i
	}
	for _, c := range []string{"nord", "süd", "ost", "west", "zentral", "mittl", "north", "south", "east", "west", "central"} {
		if strings.HasPrefix(w, c) {
			return i
		}
	}
	next := toks[k].text
	if h := strings.IndexAny(next, "-‐‑"); h > 0 {
		next = next[:h]
	}
	e := d.gaz(next)
	if e == nil || e.typ != Place || gazFirstWords[adjStem(translitKey(toks[i].text))] {
		return i // "Russische Föderation" is in the gazetteer itself
	}
	j := k + 1
	for j < len(toks) && toks[j].cap && !toks[j].gapBreak && (cls[j] == cName || cls[j] == cWordCap) {
		j++
	}
	return j
}

// lineCode: a code with digits before a number ("DE12 8505" of an IBAN)
// or a letter with digits ("S1", "A9": lines and roads) names nothing.
func lineCode(toks []token, i int) bool {
	t := toks[i].text
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	if r, size := utf8.DecodeRuneInString(t); unicode.IsUpper(r) && strings.Trim(t[size:], "0123456789") == "" {
		return true
	}
	if k := i + 1; k < len(toks) && strings.Trim(toks[k].text, "0123456789") == "" {
		return true
	}
	return false
}

// placePrefixes open place names of two words.
var placePrefixes = lang.Words(`bad sankt st san santa santo são saint sainte nea neo fort mount lake cape kap`)

// particleEnd skips the lower-case particles of a family name from j:
// "de", "van der", "von der", "di". A bare "von" is left out: "Müller von
// Siemens" is a person and a company.
func particleEnd(toks []token, j int) int {
	k := j
	for k < len(toks) && k-j < 2 && !toks[k].cap && !toks[k].gapBreak && nameParticles[toks[k].lower] {
		k++
	}
	if k == j+1 && toks[j].lower == "von" {
		return j
	}
	return k
}

var nameParticles = lang.Words(`de da di del della dos du van von der den ter ten le la zu bin ibn al`)

// afterArticle: a determiner, an adjective in -isch, or an inflected
// adjective after a determiner or preposition stands right before toks[i]
// ("des Krieges", "des ukrainischen Militärs", "in naher Zukunft").
func afterArticle(toks []token, i int) bool {
	// a capitalised article after a colon is still one: "ohnehin: Im Kalten Krieg"
	if i == 0 || toks[i].gapBreak || toks[i-1].cap && !toks[i-1].sentStart && !determiners[toks[i-1].lower] {
		return false
	}
	p := toks[i-1].lower
	if determiners[p] || strings.Contains(p, "isch") && lex().isWord(p) {
		return true
	}
	if i < 2 || toks[i-1].gapBreak {
		return false
	}
	pp := toks[i-2].lower
	if !determiners[pp] && !placePreps[pp] && !stopWords[pp] {
		return false
	}
	if speechVerbs[p] || (strings.HasSuffix(p, "te") || strings.HasSuffix(p, "ten")) && !ordinals[p] {
		return false // "Das sagte Sergej Lawrow": a verb, not an adjective
	}
	for _, end := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(p, end) && len(p) > 3 && lex().isWord(p) {
			return true
		}
	}
	return false
}

var ordinals = lang.Words(`erste ersten zweite zweiten dritte dritten vierte vierten fünfte fünften letzte letzten
	nächste nächsten weitere weiteren`)

func hasCapWordFrom(cs []class) bool {
	for _, c := range cs {
		if c == cName {
			return true
		}
	}
	return false
}

// isParenPair: "Full Name (ACR)" or "ACR (Full Name)", where one side is
// a single word with two capitals or more.
func isParenPair(text string, a candidate, b candidate) bool {
	if strings.TrimSpace(text[a.end:b.start]) != "(" || !strings.HasPrefix(text[b.end:], ")") {
		return false
	}
	return (acronymLike(b.text) && (a.words > 1 || spellsAcronym(a.text, b.text))) ||
		(acronymLike(a.text) && (b.words > 1 || spellsAcronym(b.text, a.text)))
}

// spellsAcronym: the capitals of acr open the parts of a one-word compound
// in order, each part at least three letters: "Sozialbund (SB)",
// "Heimatbewegung (HB)", "Ökoliste (ÖL)".
func spellsAcronym(word, acr string) bool {
	var caps []rune
	for _, r := range acr {
		if unicode.IsUpper(r) {
			caps = append(caps, unicode.ToLower(r))
		}
	}
	w := []rune(strings.ToLower(word))
	if len(caps) < 2 || len(caps) > 4 || len(w) < 3*len(caps) || w[0] != caps[0] {
		return false
	}
	at := 0
	for _, c := range caps[1:] {
		next := -1
		for k := at + 3; k <= len(w)-3; k++ {
			if w[k] == c {
				next = k
				break
			}
		}
		if next < 0 {
			return false
		}
		at = next
	}
	return true
}

// acronymLike: one word, mostly capitals: "THW", "IfW", "BfV".
func acronymLike(w string) bool {
	upper, n := 0, 0
	for _, r := range w {
		n++
		if unicode.IsUpper(r) {
			upper++
		} else if !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return upper >= 2 && n <= 8 && upper*2 >= n
}

// isCoordination: only a comma or a conjunction between two names.
func isCoordination(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "und", "oder", "sowie", "and", "or", ", and", ", or", "&":
		return true
	}
	return false
}

func hasCapWord(cs []class) bool {
	n := 0
	for _, c := range cs {
		if c == cWordCap || c == cName {
			n++
		}
	}
	return n > 0
}

// nextIsOrgHead looks ahead within the run for an organisation word.
func nextIsOrgHead(toks []token, cls []class, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if k > j && toks[k].gapBreak {
			return false
		}
		if cls[k] == cOrgHead || cls[k] == cOrgName {
			return true
		}
	}
	return false
}

// emitPrefix adds the first part of a hyphenated compound when it is a
// name or an acronym: "NATO" in "NATO-Generalsekretär".
func emitPrefix(out *[]candidate, articleID string, para int, t token, prefix string) {
	l := lex()
	e := gazLookup(prefix)
	r, _ := utf8.DecodeRuneInString(prefix)
	lower := strings.ToLower(prefix)
	if e == nil && (!unicode.IsUpper(r) || l.isNoun(prefix) || l.isWord(prefix) || calendarWords[lower] || commonAcronyms[lower]) {
		return
	}
	c := candidate{article: articleID, para: para, start: t.start, end: t.start + len(prefix), text: prefix, name: prefix, words: 1, gaz: e}
	if isAcronym(prefix) && e == nil {
		c.score[sOrg] += 2
	}
	if e == nil && isProductNoun(strings.ToLower(t.text[len(prefix)+1:])) {
		c.score = [4]float64{sProduct: 3}
	}
	*out = append(*out, c)
}

// gazMatch returns the end of the longest gazetteer name starting at i.
func (d *detector) gazMatch(toks []token, cls []class, i int) (int, *gazEntry) {
	maxWords := 1
	if gazFirstWords[adjStem(d.key(toks[i].text))] {
		maxWords = gazMaxWords
	}
	for n := maxWords; n >= 1; n-- {
		j := i + n
		if j > len(toks) {
			continue
		}
		ok := true
		for k := i + 1; k < j; k++ {
			if toks[k].gapBreak {
				ok = false
			}
		}
		if !ok {
			continue
		}
		var e *gazEntry
		if n == 1 {
			e = d.gaz(toks[i].text)
		} else {
			var b strings.Builder
			for k := i; k < j; k++ {
				if k > i {
					b.WriteByte(' ')
				}
				b.WriteString(toks[k].text)
			}
			e = gazLookup(b.String())
		}
		if e != nil {
			// a single word must be the whole name, not "Korea" of "Korea Institute"
			// nor "London" of "London Stock Exchange"
			if n == 1 && j < len(toks) && !toks[j].gapBreak && toks[j].cap && (hasSuffixIn(toks[j].lower, orgSet) || orgRunAhead(toks, cls, j)) {
				return 0, nil
			}
			return j, e
		}
	}
	return 0, nil
}

// isTitleCase: an English headline capitalises most words.
func isTitleCase(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	n := 0
	for _, t := range toks {
		if t.cap {
			n++
		}
	}
	return n*10 >= len(toks)*7
}
