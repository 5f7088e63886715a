package entities

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
	"quellen/corpus/internal/lang"
)

// Detection: a paragraph becomes tokens, each capitalised token is put in a
// class (name, common noun, title, acronym ...), and runs of name-like tokens
// become candidates with type evidence from their neighbours.

// token is one word of a paragraph, with byte offsets into its text.
type token struct {
	start, end int
	text       string
	lower      string
	cap        bool // starts with an upper-case letter
	acronym    bool // two to six capitals: "NIS", "NATO"
	sentStart  bool // first word of a sentence or of a quotation
	gapBreak   bool // punctuation, not just space, before it
	truncated  bool // "Nord- und Südkorea": a compound cut off by a hyphen
}

func isJoiner(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011' || r == '\'' || r == '’'
}

// tokenize splits text into words: letters and digits, with inner hyphens and
// apostrophes ("Kim Jong-un", "O'Brien").
func tokenize(text string, sents []article.Span) []token {
	var toks []token
	sentAt := map[int]bool{}
	for _, s := range sents {
		sentAt[s.Start] = true
	}
	if len(sents) == 0 {
		sentAt[0] = true
	}
	prevEnd := 0
	pendingStart := true // the next word starts a sentence
	for i := 0; i < len(text); {
		if sentAt[i] {
			pendingStart = true
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) || unicode.Is(unicode.Mn, r) {
				i += size
				continue
			}
			if isJoiner(r) && i+size < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[i+size:]); isWordRune(r2) {
					i += size
					continue
				}
			}
			break
		}
		end := possessiveEnd(text[start:i]) + start
		t := token{start: start, end: end, text: text[start:end]}
		t.lower = strings.ToLower(t.text)
		first, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(first)
		t.acronym = isAcronym(t.text)
		gap := text[prevEnd:start]
		t.gapBreak = len(toks) > 0 && strings.TrimSpace(gap) != ""
		// a quotation opens: its first word may be capitalised for that alone
		if strings.ContainsAny(gap, "\"„“«»‚(") && len(toks) > 0 && strings.TrimSpace(gap) != "" {
			pendingStart = pendingStart || strings.ContainsAny(gap, "\"„“«»‚")
		}
		t.sentStart = pendingStart
		pendingStart = false
		if i < len(text) && isJoiner(rune(text[i])) && (i+1 == len(text) || text[i+1] == ' ') {
			t.truncated = true
		}
		toks = append(toks, t)
		prevEnd = i
	}
	return toks
}

// possessiveEnd is where a word ends without an English possessive:
// "Zelensky's" and "Merz’s" are "Zelensky" and "Merz".
func possessiveEnd(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return len(w) - len(suf)
		}
	}
	return len(w)
}

// isAcronym: two to six upper-case letters, optionally with digits ("G7").
func isAcronym(w string) bool {
	n, upper := 0, 0
	for _, r := range w {
		n++
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return upper >= 2 && n <= 6
}

// class is what a capitalised token is, as far as the token itself tells.
type class int

const (
	cNone      class = iota // lower case, numbers, or capitalised only because it starts a sentence
	cName                   // unknown capitalised word: a name part
	cWordCap                // ordinary word capitalised inside a name ("Nahen Osten", "Defence")
	cNoun                   // German common noun
	cTitle                  // Präsident, Außenminister, President
	cOrgHead                // Universität, Institute, Times, Landratsamt, GmbH
	cOrgName                // an organisation's name in one word: Kesseltalbahn, Bundeskartellamt
	cPlaceNoun              // Region, Hafen, city
	cAcronym                // NIS, NATO
	cGiven                  // a given name that is also a word ("Mark"): a name only before a name
	cWeak                   // opens a sentence and is also a word ("Kraus", "Macron"): a name only if seen as one
)

// classifyToken decides the class of one token.
func classifyToken(t token, titleCase, german bool) class {
	if !t.cap {
		return cNone
	}
	l := lex()
	if isLegalForm(t) {
		return cOrgHead // "AG", "GmbH": part of a name, never one alone
	}
	if t.acronym && labelWords[t.lower] || bylineTails[t.lower] {
		return cNone // "AD", "POSTS", "Published"
	}
	if t.acronym {
		if commonAcronyms[t.lower] {
			return cNone
		}
		return cAcronym
	}
	// "Berlin – Die Polizei": an article is no name word, even where a
	// dash or colon makes it open a sentence without a full stop
	if calendarWords[t.lower] || compassWords[t.lower] || abbreviations[t.lower] || questionWords[t.lower] || determiners[t.lower] {
		return cNone
	}
	if gazLookup(t.text) != nil {
		return cName
	}
	if hasSuffixIn(t.lower, titleSet) {
		return cTitle
	}
	if placeNouns[t.lower] || german && placeNounCompound(t.lower) {
		return cPlaceNoun
	}
	if properAidCompound(t.text) {
		return cOrgName // "Wernauhilfe"
	}
	if hasSuffixIn(t.lower, orgSet) || isOrgWord(t.lower) || institutionCompound(t.text) {
		if properOrgCompound(t.text) || hyphenOrgName(t.text) {
			return cOrgName
		}
		return cOrgHead
	}
	if givenNames[t.lower] && !t.sentStart {
		return cGiven
	}
	// English capitalises names only: the German noun list would hide
	// "Kiel Institute" or "Bild" there.
	if (german || t.sentStart) && (l.isNoun(t.text) || isCompoundNoun(t.text)) {
		return cNoun
	}
	if t.sentStart || titleCase {
		if stopWords[t.lower] || determiners[t.lower] || speechVerbs[t.lower] || placePreps[t.lower] {
			return cNone
		}
		if l.isWord(t.lower) {
			return cWeak
		}
	}
	if strings.ContainsAny(t.text, "-‐‑") {
		return hyphenClass(t)
	}
	if l.isWord(t.lower) {
		return cWordCap
	}
	if nationality(t.lower) {
		return cNone
	}
	return cName
}

// hyphenClass: "Jong-un" is a name part, "Win-Win" an ordinary word, and
// "UN-Sanktionen" or "Kreml-Drohungen" a noun (whose first part detect
// reports on its own).
func hyphenClass(t token) class {
	parts := splitHyphen(t.text)
	last := parts[len(parts)-1]
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsLower(r) {
		if lex().isWord(parts[0]) {
			return cWordCap
		}
		return cName
	}
	l := lex()
	if givenNames[strings.ToLower(parts[0])] && (givenNames[strings.ToLower(last)] || !l.isNoun(last)) {
		return cName // "Karl-Peter", "Hans-Jürgen"
	}
	if l.isNoun(last) || isCompoundNoun(last) || calendarWords[strings.ToLower(last)] {
		if hasSuffixIn(strings.ToLower(last), titleSet) {
			return cTitle
		}
		return cNoun
	}
	if hasSuffixIn(strings.ToLower(last), orgSet) {
		return cOrgHead
	}
	if l.isWord(last) && l.isWord(parts[0]) {
		return cWordCap
	}
	return cName
}

func splitHyphen(w string) []string {
	return strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' })
}

// longestNoun is the length in bytes of the longest noun in the lexicon.
var longestNoun = sync.OnceValue(func() int {
	n := 0
	for w := range lex().nouns {
		n = max(n, len(w))
	}
	return n
})

// isCompoundNoun: German writes compounds as one word, and the dictionary
// cannot list them all. "Ukrainekrieg" ends in the noun "Krieg" and starts
// with a known word, so it is a noun. "Magdeburg" starts with no known word.
func isCompoundNoun(w string) bool { return compoundNoun(w, 0) }

func compoundNoun(w string, depth int) bool {
	l := lex()
	// The last part is a noun of the lexicon, so it starts no further back
	// than the longest one: trying every start made a long word quadratic.
	for i := max(3, len(w)-longestNoun()); i < len(w); i++ {
		if !utf8.RuneStart(w[i]) || len(w)-i < 4 {
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLower(r) {
			continue
		}
		head := string(unicode.ToUpper(r)) + w[i+size:]
		if !l.isNoun(head) {
			continue
		}
		if compoundPart(w[:i], depth) {
			return true
		}
	}
	return false
}

// compoundPart: the first part of a compound is a noun or word, maybe with
// a linking "s" or "n" ("Sicherheits-", "Menschen-"), or a compound itself.
func compoundPart(p string, depth int) bool {
	l := lex()
	if l.isNoun(p) || l.isWord(p) || gazLookup(p) != nil {
		return true
	}
	for _, link := range []string{"s", "es", "n", "en", "e"} {
		if b, ok := strings.CutSuffix(p, link); ok && len(b) >= 3 && (l.isNoun(b) || l.isWord(b)) {
			return true
		}
	}
	return depth < 2 && utf8.RuneCountInString(p) >= 7 && compoundNoun(p, depth+1)
}

// stopWords are function words that the dictionaries may lack in their
// capitalised sentence-initial use.
var stopWords = lang.Union(lang.FunctionWords, lang.Pronouns)

// nationality: English adjectives of nationality are capitalised ("Russian
// troops") but are not entities themselves.
func nationality(lower string) bool {
	for _, end := range []string{"ian", "ean", "ese", "ish", "can", "ans", "ians", "eans"} {
		if strings.HasSuffix(lower, end) && len(lower) > len(end)+2 {
			return lex().isWord(lower) || nationalities[lower]
		}
	}
	return nationalities[lower]
}

var nationalities = lang.Words(`russian ukrainian korean american chinese japanese german french british
	english iranian israeli european asian african soviet belarusian polish swedish finnish norwegian
	danish dutch italian spanish turkish syrian iraqi afghan pakistani indian greek czech swiss irish scottish
	welsh belgian austrian hungarian romanian bulgarian serbian croatian portuguese mexican canadian brazilian
	saxon bavarian thai israeli egyptian saudi emirati qatari lebanese palestinian georgian armenian`)
