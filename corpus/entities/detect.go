package entities

import (
	"strings"

	"quellen/corpus/article"
	"quellen/corpus/internal/lang"
)

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
	toponym   bool       // one word that looks and stands like a German place name
	short     string     // the country a state form names: "Varkonia" of "Republic of Varkonia"
	adjNoun   bool       // "Adjective Noun", a name but no person's
	term      bool       // an acronym of common words: "Chemikalien, kurz PFAS"
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
		if e != nil && !strings.Contains(w, " ") && !e.listsFold(w) && lex().isWord(w) {
			e = nil // a dictionary word is no other spelling of a name: "Room 2" is not Rom
		}
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

// scan is one paragraph being read: its tokens, their classes and the
// candidates found so far.
type scan struct {
	d       *detector
	article string
	para    int
	german  bool
	adjNoun bool // the run read last is "Adjective Noun"
	text    string
	toks    []token
	cls     []class
	out     []candidate
}

// detect finds the candidates of one paragraph, and notes its adjectives
// in -isch (lower case).
func (d *detector) detect(articleID, lang string, p *article.Paragraph) []candidate {
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
	if furnitureLine(toks) {
		return nil // "Share Facebook WhatsApp X 3 COMMENTS"
	}
	titleCase := p.Kind == article.Heading && isTitleCase(toks)
	german := lang != "en"
	s := &scan{d: d, article: articleID, para: p.Index, german: german, text: text, toks: toks, cls: d.classifyAll(toks, titleCase, german)}
	for i := 0; i < len(toks); {
		i = s.step(i)
	}
	return s.out
}

// classifyAll classifies the capitalised tokens and notes the adjectives.
// A given name that is also a word ("Mark") is a name only before a name.
func (d *detector) classifyAll(toks []token, titleCase, german bool) []class {
	cls := make([]class, len(toks))
	for i, t := range toks {
		if t.cap {
			cls[i] = d.classify(t, titleCase, german)
		}
		if !t.cap && len(t.lower) > 7 && strings.Contains(t.lower, "isch") {
			d.adj[t.lower] = true
		}
	}
	for i, t := range toks {
		// "zwischen Grauweiler und Hohenfurt": a compound that ends and
		// stands like a place name is one, not grau + Weiler
		if cls[i] == cNoun && toponymCompound(t) && toponymCue(toks, i) {
			cls[i] = cName
		}
		if cls[i] == cGiven {
			cls[i] = cNoun
			if i+1 < len(toks) && !toks[i+1].gapBreak && (cls[i+1] == cName || i > 0 && cls[i-1] == cTitle && cls[i+1] == cNoun) {
				cls[i] = cName
			}
		}
	}
	return cls
}

// emit adds the candidate toks[i:j] with the evidence c already holds.
func (s *scan) emit(i, j int, c candidate) {
	toks, out := s.toks, s.out
	if j-i == 1 && c.gaz == nil && j < len(toks) && isDigits(toks[j].text) && !toks[j].gapBreak && lex().isWord(toks[i].text) &&
		i > 0 && (placePreps[toks[i-1].lower] || determiners[toks[i-1].lower]) {
		return // "in Room 2", "an Gleis 5", "at Gate 4": a word that numbers a place is no name; "Typ Leopard 2" is
	}
	c.article, c.para = s.article, s.para
	c.start, c.end = toks[i].start, toks[j-1].end
	c.text = s.text[c.start:c.end]
	c.words = j - i
	c.name = c.text
	c.sentStart = toks[i].sentStart && j-i == 1
	c.det = afterArticle(toks, i)
	c.toponym = j-i == 1 && toponymCue(toks, i)
	contextScore(&c, s.text, toks, s.cls, i, j)
	if n := len(out); n > 0 && out[n-1].para == c.para && out[n-1].end <= c.start && isCoordination(s.text[out[n-1].end:c.start]) {
		c.coord = 1
	}
	if n := len(out); n > 0 && out[n-1].end <= c.start && isParenPair(s.text, out[n-1], c) {
		c.paren = 1
	}
	s.out = append(out, c)
}

// isDigits: a plain number ("2", "17").
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// lastEnd is where the last candidate of the paragraph ends, or 0.
func (s *scan) lastEnd() int {
	if n := len(s.out); n > 0 && s.out[n-1].para == s.para {
		return s.out[n-1].end
	}
	return 0
}

// step reads from token i and returns where reading goes on.
func (s *scan) step(i int) int {
	toks, cls := s.toks, s.cls
	t := toks[i]
	if t.truncated && t.cap {
		if j := s.truncatedOrg(i); j > i {
			return j
		}
	}
	if !t.cap || t.truncated {
		return i + 1
	}
	if s.basedPlace(i) {
		return i + 1
	}
	if j := s.fixedName(i); j > i {
		return j
	}
	s.reclassify(i)
	// a place noun, or a word opening a sentence before two more words,
	// may open an organisation's name: "State Fisheries Authority",
	// "Urgent Nutrition Relief said", not "Neues Bündnis"
	if (cls[i] == cPlaceNoun || cls[i] == cWeak && orgRunAhead(toks, cls, i+2)) && orgRunAhead(toks, cls, i+1) {
		j, hasName, hasOrg := s.run(i)
		return s.finishRun(i, j, hasName, hasOrg)
	}
	switch cls[i] {
	case cWeak:
		s.emit(i, i+1, candidate{weak: true})
		return i + 1
	case cAcronym:
		if i > 0 && cls[i-1] != cAcronym && toks[i-1].cap && s.lastEnd() <= toks[i-1].start &&
			strings.TrimSpace(s.text[toks[i-1].end:t.start]) == "(" && strings.HasPrefix(s.text[t.end:], ")") &&
			spellsAcronym(toks[i-1].text, t.text) {
			s.emit(i-1, i, candidate{score: [4]float64{sOrg: 2}}) // "Der Sozialbund (SB)"
		}
		if j := acronymName(toks, cls, i); j > i {
			s.emit(i, j, candidate{score: [4]float64{sOrg: 4}}) // "IHK Grauweiler"
			return j
		}
		if !lineCode(toks, i) {
			s.emit(i, i+1, candidate{score: [4]float64{sOrg: 2}, term: s.definesTerm(i)})
		}
		return i + 1
	case cNoun, cTitle, cPlaceNoun:
		// "NATO-Generalsekretär", "Kim-Dynastie": a name before the hyphen
		if parts := splitHyphen(t.text); len(parts) > 1 {
			emitPrefix(&s.out, s.article, s.para, t, parts[0])
		}
		return i + 1
	case cNone:
		return i + 1
	}
	j, hasName, hasOrg := s.run(i)
	return s.finishRun(i, j, hasName, hasOrg)
}

// reclassify corrects the class of toks[i] by its neighbours.
func (s *scan) reclassify(i int) {
	toks, cls, t := s.toks, s.cls, s.toks[i]
	switch {
	// a family name after a title that only looks like a compound noun:
	// "Ministerpräsidentin Wendland"
	case cls[i] == cNoun && i > 0 && cls[i-1] == cTitle && !t.gapBreak && !lex().isNoun(t.text) && !strings.ContainsAny(t.text, "-‐‑"):
		cls[i] = cName
	// "Achterberg & Söhne": a noun before a firm's ampersand is a name
	case cls[i] == cNoun && i+1 < len(toks) && ampersandJoin(s.text, toks, cls, i+1):
		cls[i] = cName
	// "der Stadtrat Kesselbrunn": a title that is also a body, before a
	// place, is the body
	case cls[i] == cTitle && bodyTitle(toks, cls, i):
		cls[i] = cOrgHead
	}
}

// definesTerm: the acronym toks[i] is introduced for the common words
// before it, "per- und polyfluorierte Chemikalien, kurz PFAS", not for a
// name ("Gewerkschaft Schiene und Fahrdienst, kurz GSF").
func (s *scan) definesTerm(i int) bool {
	toks := s.toks
	if i < 2 || !termIntros[toks[i-1].lower] || toks[i].gapBreak {
		return false
	}
	prev := toks[i-2]
	if n := len(s.out); n > 0 && s.out[n-1].end == prev.end {
		return false // a name stands before it
	}
	return !prev.cap || s.cls[i-2] == cNoun
}

// basedPlace emits the place of "Berlin-based", "Manchester-born".
func (s *scan) basedPlace(i int) bool {
	t := s.toks[i]
	h := strings.LastIndexByte(t.text, '-')
	if h < 0 || !basedWords[t.text[h+1:]] {
		return false
	}
	parts := splitHyphen(t.text)
	if len(parts) != 2 {
		return false
	}
	c := candidate{article: s.article, para: s.para, start: t.start, end: t.start + len(parts[0]), text: parts[0], name: parts[0],
		words: 1, gaz: gazLookup(parts[0])}
	c.score[sPlace] = 3
	s.out = append(s.out, c)
	return true
}

// truncatedOrg reads "Industrie- und Handelskammer Grauweiler": a cut-off
// compound and a conjunction before an organisation's name open it.
func (s *scan) truncatedOrg(i int) int {
	toks, cls := s.toks, s.cls
	k := i + 2
	if k >= len(toks) || !lang.Conjunctions[toks[i+1].lower] || !toks[k].cap || toks[k].gapBreak || cls[k] != cOrgHead {
		return i
	}
	j, hasName, hasOrg := s.run(k)
	if !hasName {
		return i
	}
	return s.finishRun(i, j, hasName, hasOrg)
}

// fixedName emits the names whose extent the gazetteer or a prefix fixes,
// and returns their end, or i.
func (s *scan) fixedName(i int) int {
	toks, cls, d, t := s.toks, s.cls, s.d, s.toks[i]
	// "Sächsische Schweiz", "Saxon Switzerland": an adjective makes a
	// well-known place name part of another place
	if j := d.adjectivePlace(toks, cls, i); j > i {
		s.emit(i, j, candidate{score: [4]float64{sPlace: 4}})
		return j
	}
	// "Gulf of Vessk", "Republik Varkonien": the official name of a
	// country is the country
	if j, short := placeByForm(toks, cls, i); j > i {
		c := candidate{score: [4]float64{sPlace: 4}}
		s.emit(i, j, c)
		if short >= 0 {
			s.out[len(s.out)-1].short = toks[short].text
		}
		return j
	}
	// the longest gazetteer name first: "Nahen Osten", "North Korea"
	if j, e := d.gazMatch(toks, cls, i); e != nil {
		s.emit(i, j, candidate{gaz: e})
		return j
	}
	// "Bad Schandau", "Sankt Augustin", "St. Gallen", "Nea Makri": a
	// place prefix and a name are one place
	if k := i + 1; placePrefixes[t.lower] && k < len(toks) && toks[k].cap && (!toks[k].gapBreak || t.lower == "st" && strings.TrimSpace(s.text[t.end:toks[k].start]) == ".") &&
		(cls[k] == cName || cls[k] == cWordCap || cls[k] == cNoun && !lex().isNoun(toks[k].text)) {
		s.emit(i, k+1, candidate{score: [4]float64{sPlace: 4}})
		return k + 1
	}
	return i
}
