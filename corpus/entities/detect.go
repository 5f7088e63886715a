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
	cOrgHead                // Universität, Institute, Times
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
	if t.acronym {
		if commonAcronyms[t.lower] {
			return cNone
		}
		return cAcronym
	}
	if calendarWords[t.lower] || compassWords[t.lower] || abbreviations[t.lower] || questionWords[t.lower] {
		return cNone
	}
	if gazLookup(t.text) != nil {
		return cName
	}
	if hasSuffixIn(t.lower, titleSet) {
		return cTitle
	}
	if placeNouns[t.lower] {
		return cPlaceNoun
	}
	if hasSuffixIn(t.lower, orgSet) {
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

// longestNoun is the length in bytes of the longest noun in the lexicon.
var longestNoun = sync.OnceValue(func() int {
	n := 0
	for w := range lex().nouns {
		n = max(n, len(w))
	}
	return n
})

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

// candidate is a detected name in one paragraph.
type candidate struct {
	article   string
	para      int
	start     int
	end       int
	text      string // as written
	name      string // what it is called: the text without a genitive -s
	words     int
	sentStart bool // a single word opening a sentence
	det       bool // a determiner stands before it ("die Nähe")
	gaz       *gazEntry
	korean    bool       // family name first: "Kim Jong-un", "Yoon Suk-yeol"
	weak      bool       // an ordinary word opening a sentence: kept only if it names a known entity
	personCue bool       // a title, a speech verb or an apposition speaks for a person
	headOf    int        // > 0: the head noun alone of the full name this many places back ("Bahn")
	fullName  *candidate // the full name of a head noun alone
	coord     int        // > 0: listed right after the candidate this many places back ("A, B und C")
	coordWith *candidate
	coordNext *candidate
	paren     int        // > 0: "Full Name (ACR)" with the candidate this many places back
	expands   *candidate // the other side of a paren pair
	score     [4]float64
}

const (
	sPerson = iota
	sPlace
	sOrg
	sProduct // a model or a weapon: "vom Typ Taurus", "Taurus cruise missiles"
)

// detector holds what one worker learns while reading: the adjectives in
// -isch it met, and the class of every word form it has classified (news
// repeats its words; classifying is the costly part).
type detector struct {
	adj     map[string]bool
	classes map[classKey]class
	keys    map[string]string    // translitKey
	gazes   map[string]*gazEntry // gazLookup, nil included
}

func (d *detector) key(w string) string {
	k, ok := d.keys[w]
	if !ok {
		k = translitKey(w)
		if len(d.keys) < 1<<20 {
			d.keys[w] = k
		}
	}
	return k
}

func (d *detector) gaz(w string) *gazEntry {
	e, ok := d.gazes[w]
	if !ok {
		e = gazLookup(w)
		if len(d.gazes) < 1<<20 {
			d.gazes[w] = e
		}
	}
	return e
}

// gazExact is gazExact(w) != nil for the words d.gaz already knows.
func (d *detector) gazExact(w string) *gazEntry {
	if d.gaz(w) == nil {
		return nil
	}
	return gazExact(w)
}

type classKey struct {
	text  string
	flags uint8
}

func newDetector() *detector {
	return &detector{adj: map[string]bool{}, classes: map[classKey]class{}, keys: map[string]string{}, gazes: map[string]*gazEntry{}}
}

func (d *detector) classify(t token, titleCase, german bool) class {
	k := classKey{t.text, 0}
	if t.sentStart {
		k.flags |= 1
	}
	if titleCase {
		k.flags |= 2
	}
	if german {
		k.flags |= 4
	}
	if c, ok := d.classes[k]; ok {
		return c
	}
	c := classifyToken(t, titleCase, german)
	if len(d.classes) < 1<<20 {
		d.classes[k] = c
	}
	return c
}

// detect finds the candidates of one paragraph, and notes its adjectives
// in -isch (lower case).
func (d *detector) detect(articleID, lang string, p *article.Paragraph) []candidate {
	adj := d.adj
	text := withoutCredits(p.Text, p.Kind == article.Caption)
	if text == "" {
		return nil
	}
	var sents []article.Span
	for _, s := range p.Sentences {
		if s.Start < len(text) {
			sents = append(sents, s)
		}
	}
	toks := tokenize(text, sents)
	titleCase := p.Kind == article.Heading && isTitleCase(toks)
	cls := make([]class, len(toks))
	for i, t := range toks {
		if t.cap {
			cls[i] = d.classify(t, titleCase, lang != "en")
		}
		if !t.cap && len(t.lower) > 7 && strings.Contains(t.lower, "isch") {
			adj[t.lower] = true
		}
	}
	for i := range cls {
		if cls[i] == cGiven {
			cls[i] = cNoun
			if i+1 < len(toks) && !toks[i+1].gapBreak && (cls[i+1] == cName || i > 0 && cls[i-1] == cTitle && cls[i+1] == cNoun) {
				cls[i] = cName
			}
		}
	}
	var out []candidate
	emit := func(i, j int, c candidate) {
		c.article, c.para = articleID, p.Index
		c.start, c.end = toks[i].start, toks[j-1].end
		c.text = text[c.start:c.end]
		c.words = j - i
		c.name = c.text
		c.sentStart = toks[i].sentStart && j-i == 1
		c.det = afterArticle(toks, i)
		contextScore(&c, text, toks, cls, i, j)
		if n := len(out); n > 0 && out[n-1].para == c.para && out[n-1].end <= c.start && isCoordination(text[out[n-1].end:c.start]) {
			c.coord = 1
		}
		if n := len(out); n > 0 && out[n-1].end <= c.start && isParenPair(text, out[n-1], c) {
			c.paren = 1
		}
		out = append(out, c)
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.cap || t.truncated {
			i++
			continue
		}
		// "Sächsische Schweiz", "Saxon Switzerland": an adjective makes a
		// well-known place name part of another place
		if j := d.adjectivePlace(toks, cls, i); j > i {
			emit(i, j, candidate{score: [4]float64{sPlace: 4}})
			i = j
			continue
		}
		// the longest gazetteer name first: "Nahen Osten", "North Korea"
		if j, e := d.gazMatch(toks, i); e != nil {
			emit(i, j, candidate{gaz: e})
			i = j
			continue
		}
		// "Bad Schandau", "Sankt Augustin", "St. Gallen", "Nea Makri": a
		// place prefix and a name are one place
		if k := i + 1; placePrefixes[t.lower] && k < len(toks) && toks[k].cap && (!toks[k].gapBreak || t.lower == "st" && strings.TrimSpace(text[t.end:toks[k].start]) == ".") &&
			(cls[k] == cName || cls[k] == cWordCap || cls[k] == cNoun && !lex().isNoun(toks[k].text)) {
			emit(i, k+1, candidate{score: [4]float64{sPlace: 4}})
			i = k + 1
			continue
		}
		// a family name after a title that only looks like a compound noun:
		// "Ministerpräsidentin Wendland"
		if cls[i] == cNoun && i > 0 && cls[i-1] == cTitle && !toks[i].gapBreak && !lex().isNoun(t.text) && !strings.ContainsAny(t.text, "-‐‑") {
			cls[i] = cName
		}
		switch cls[i] {
		case cWeak:
			emit(i, i+1, candidate{weak: true})
			i++
			continue
		case cAcronym:
			if lineCode(toks, i) {
				i++
				continue
			}
			emit(i, i+1, candidate{score: [4]float64{sOrg: 2}})
			i++
			continue
		case cNoun, cTitle, cPlaceNoun:
			// "NATO-Generalsekretär", "Kim-Dynastie": a name before the hyphen
			if parts := splitHyphen(t.text); len(parts) > 1 {
				emitPrefix(&out, articleID, p.Index, t, parts[0])
			}
			i++
			continue
		case cNone:
			i++
			continue
		}
		// a run of name words: cName, cWordCap, cOrgHead, joined by connectors
		j := i
		hasName, hasOrg := false, false
		for j < len(toks) {
			if j > i && toks[j].gapBreak {
				break
			}
			c := cls[j]
			if toks[j].cap && !toks[j].truncated && (c == cName || c == cWordCap || c == cOrgHead) {
				if j > i && d.gaz(toks[j].text) != nil && !hasOrg && c != cOrgHead && !nextIsOrgHead(toks, cls, j) {
					break // "Japan Russia": two places, unless an org name goes on
				}
				if d.gazExact(toks[j].text) == nil && d.gaz(toks[j].text) != nil {
					// a genitive ("Russlands Armee") names the place alone
					if j == i {
						emit(i, i+1, candidate{gaz: d.gaz(toks[j].text)})
						j++
					}
					break
				}
				if parts := splitHyphen(toks[j].text); len(parts) > 1 && (isAcronym(parts[0]) || gazLookup(parts[0]) != nil) {
					hasName = true // "UN-Menschenrechtsrat"
				}
				hasName = hasName || c == cName
				hasOrg = hasOrg || c == cOrgHead
				j++
				continue
			}
			// "Institute for Defence": a connector inside an organisation name
			// "and" only inside a name that is already one ("Institute for
			// Science and International Security"): "Rheinmetall and Diehl
			// Defence" are two companies
			andOK := hasOrg || toks[j].lower != "and" && toks[j].lower != "und"
			if k := j + 1; andOK && connectors[toks[j].lower] && !toks[j].cap && k < len(toks) && !toks[k].gapBreak {
				if connectors[toks[k].lower] && !toks[k].cap && k+1 < len(toks) && !toks[k+1].gapBreak {
					k++ // "for the"
				}
				if toks[k].cap && (hasOrg || nextIsOrgHead(toks, cls, k)) && (cls[k] == cName || cls[k] == cWordCap || cls[k] == cOrgHead) {
					j = k
					continue
				}
				// "Institut für Weltwirtschaft": one noun ends the name
				if toks[k].cap && hasOrg && cls[k] == cNoun && !strings.ContainsAny(toks[k].text, "-‐‑") {
					j = k + 1
					break
				}
			}
			// "Verband der Chemischen Industrie": a noun after a capitalised
			// adjective inside an organisation's name ends it
			// "Pro Bahn": nor does a name end on a short word
			if hasOrg && c == cNoun && toks[j].cap && cls[j-1] == cWordCap &&
				(adjStem(toks[j-1].lower) != toks[j-1].lower || utf8.RuneCountInString(toks[j-1].text) <= 4) {
				j++
			}
			break
		}
		// "Hotline der Sächsischen Aufbaubank": a word before a genitive
		// organisation name is not part of it
		if k := genitiveOrgStart(toks, cls, i, j); k > i {
			i = k
		}
		// a family name that is also a noun, after a title and a given name:
		// "Professor Hans Weber"; or one that only looks like a compound
		// noun: "Renate Großmann", "Katrin Wendland"
		if j == i+1 && j < len(toks) && cls[i] == cName && cls[j] == cNoun && !toks[j].gapBreak && d.gaz(toks[i].text) == nil &&
			(i > 0 && cls[i-1] == cTitle || !lex().isNoun(toks[j].text) && !afterArticle(toks, i)) {
			j++
		}
		// a Slavic place particle: "Ústí nad Labem", "Mladá Boleslav pod ..."
		if j > i && j+1 < len(toks) && (toks[j].lower == "nad" || toks[j].lower == "pod") && !toks[j].gapBreak &&
			toks[j+1].cap && !toks[j+1].gapBreak && (cls[j+1] == cName || cls[j+1] == cWordCap) {
			emit(i, j+2, candidate{score: [4]float64{sPlace: 4}})
			i = j + 2
			continue
		}
		// a name particle: "Thomas de Maizière", "Ursula von der Leyen"
		if j == i+1 && cls[i] == cName && d.gaz(toks[i].text) == nil {
			if k := particleEnd(toks, j); k > j && k < len(toks) && toks[k].cap && !toks[k].gapBreak &&
				(cls[k] == cName || cls[k] == cWordCap) && d.gaz(toks[k].text) == nil {
				j = k + 1
			}
		}
		if j == i {
			i++
			continue
		}
		if j == i+1 && d.gazExact(toks[i].text) == nil && d.gaz(toks[i].text) != nil {
			i = j
			continue // emitted above
		}
		// a lone org head ("Universität") or ordinary words are no name
		if !hasName && !(hasOrg && j-i > 1 && hasCapWord(cls[i:j])) {
			i = j
			continue
		}
		// "des ukrainischen Militärs Budanov": after an article or an
		// adjective the first word is a noun, and the name follows it.
		if j-i > 1 && !hasOrg && afterArticle(toks, i) && d.gaz(toks[i].text) == nil {
			if hasCapWordFrom(cls[i+1 : j]) {
				i++
			}
		}
		// "German Economic Institute": a nationality opens an organisation's name
		if hasOrg && i > 0 && !toks[i].gapBreak && toks[i-1].cap && nationality(toks[i-1].lower) {
			i--
		}
		c := candidate{}
		if hasOrg && (j-i > 1 || strings.ContainsAny(toks[i].text, "-‐‑")) {
			c.score[sOrg] += 4
		}
		emit(i, j, c)
		i = j
	}
	return out
}

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
	if i == 0 || toks[i].gapBreak || toks[i-1].cap && !toks[i-1].sentStart {
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
	return (acronymLike(b.text) && a.words > 1) || (acronymLike(a.text) && b.words > 1)
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
		if cls[k] == cOrgHead {
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
	if e == nil && (!unicode.IsUpper(r) || l.isNoun(prefix) || l.isWord(prefix) || calendarWords[strings.ToLower(prefix)]) {
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
func (d *detector) gazMatch(toks []token, i int) (int, *gazEntry) {
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
			if n == 1 && j < len(toks) && !toks[j].gapBreak && toks[j].cap && hasSuffixIn(toks[j].lower, orgSet) {
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

// contextScore adds the evidence of the words around toks[i:j].
func contextScore(c *candidate, text string, toks []token, cls []class, i, j int) {
	if c.gaz != nil {
		return
	}
	words := toks[i:j]
	// Korean names: "Kim Jong-un", "Yoon Suk-yeol": family name, then a
	// hyphenated given name with a lower-case second part.
	if len(words) >= 2 {
		last := words[len(words)-1].text
		if parts := splitHyphen(last); len(parts) == 2 && unicode.IsLower(firstRune(parts[1])) && len(words) == 2 {
			c.korean = true
			c.score[sPerson] += 3
		}
		if givenNames[words[0].lower] {
			c.score[sPerson] += 2
		}
		if c.score[sOrg] == 0 {
			c.score[sPerson] += 1
		}
	}
	if j-i == 1 && !afterArticle(toks, i) {
		for _, end := range surnameEndings {
			if strings.HasSuffix(words[0].lower, end) && len(words[0].lower) > len(end)+2 {
				c.score[sPerson] += 1
				break
			}
		}
	}
	productScore(c, toks, i, j)
	if j-i == 1 && words[0].acronym {
		c.score[sPerson] = 0 // "SPD", "VCI": people are not written in capitals
	}
	if i > 0 {
		prev := toks[i-1]
		switch {
		case cls[i-1] == cTitle:
			c.score[sPerson] += 3
			c.personCue = true
		case placePreps[prev.lower] && !toks[i].gapBreak:
			c.score[sPlace] += 1.5
		case prev.lower == "von" || prev.lower == "vom" || prev.lower == "of":
			c.score[sPlace] += 0.5
			if i > 1 && placeNouns[toks[i-2].lower] {
				c.score[sPlace] += 3
			}
		case cls[i-1] == cPlaceNoun:
			c.score[sPlace] += 3
		case speechVerbs[prev.lower]:
			c.score[sPerson] += 2
			c.personCue = true
		}
		if j-i == 1 && !toks[i].gapBreak && orgCue(toks, i) {
			c.score[sOrg] += 3 // "der Konzern Rheinmetall", "the heads of Rheinmetall"
		}
		if cls[i-1] == cOrgHead && j-i == 1 && !toks[i].gapBreak && c.score[sOrg] == 0 {
			c.score[sOrg] += 1 // "Geheimdienst NIS"
		}
	}
	if j < len(toks) {
		next := toks[j]
		if speechVerbs[next.lower] {
			c.score[sPerson] += 2
			c.personCue = true
		}
		// apposition: "Vladimir Tikhonov, Professor für ..."
		comma := strings.TrimSpace(text[toks[j-1].end:next.start]) == ","
		for k := j; comma && k < len(toks) && k < j+3; k++ {
			if cls[k] == cTitle {
				c.score[sPerson] += 2
				c.personCue = true
				break
			}
		}
	}
}

// productScore: a model code ("CL-415", "NH90") or a product noun around
// the name ("vom Typ Taurus", "Taurus cruise missiles") marks a product.
func productScore(c *candidate, toks []token, i, j int) {
	for _, t := range toks[i:j] {
		if strings.ContainsAny(t.text, "0123456789") {
			c.score[sProduct] += 3
			return
		}
	}
	if i > 0 && !toks[i].gapBreak && productCues[toks[i-1].lower] {
		c.score[sProduct] += 3
	}
	for k := j; k < len(toks) && k < j+2; k++ {
		if toks[k].gapBreak {
			break
		}
		if isProductNoun(toks[k].lower) {
			c.score[sProduct] += 3
			break
		}
	}
}

// productCues stand before a model name.
var productCues = lang.Words(`typ typs type model modell modells baureihe marke brand`)

// productNouns follow a model name, or end a compound with it
// ("Taurus-Marschflugkörper").
var productNouns = []string{"missile", "missiles", "rocket", "rockets", "tank", "tanks", "jet", "jets",
	"fighter", "fighters", "launcher", "launchers", "drone", "drones", "aircraft", "helicopter", "helicopters",
	"howitzer", "howitzers", "marschflugkörper", "rakete", "raketen", "panzer", "kampfjet", "kampfjets",
	"drohne", "drohnen", "flugzeug", "flugzeuge", "hubschrauber", "haubitze", "haubitzen", "cruise", "ballistic",
	"smartphone", "smartphones", "modell", "modelle", "luftabwehrsystem", "luftabwehrsysteme"}

func isProductNoun(lower string) bool {
	for _, n := range productNouns {
		if strings.HasSuffix(lower, n) && (len(lower) == len(n) || len(n) >= 5) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
