package search

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// tokenKind says how a token relates to the words around it.
type tokenKind uint8

const (
	tokWord   tokenKind = iota // a plain word or number
	tokPart                    // one part of a hyphenated compound: "Parteien" in "Sechs-Parteien-Gesprächen"
	tokJoined                  // the whole compound with its hyphens dropped: "sechsparteiengesprachen"
)

// token is one searchable word of a text. term is folded and only valid until
// the next token is emitted.
type token struct {
	start, end int // byte range of the original spelling
	pos        int // word position; a joined compound shares its first part's
	kind       tokenKind
	term       []byte
	// ends[k] is the original byte offset after the rune that produced
	// term[k]; set only when the tokenizer tracks offsets. It maps a folded
	// prefix back to the original text.
	ends []int32
}

// tokenizer splits text into folded tokens. It is the single place that
// decides what a word is, for the index and for queries alike, so both sides
// always agree. A tokenizer reuses its buffers and is not safe for concurrent
// use.
type tokenizer struct {
	track bool // fill token.ends
	buf   []byte
	ends  []int32
	parts []part
	// joined and joinedEnds hold a compound's joined term when it differs
	// from the concatenated parts.
	joined     []byte
	joinedEnds []int32
}

// part is one hyphen-separated run of a word group.
type part struct{ start, end, lo, hi int }

// scan calls emit for every token of text, in text order; the parts of a
// compound come before the joined whole.
func (tz *tokenizer) scan(text string, emit func(token)) {
	pos := 0
	for i := 0; i < len(text); {
		r, size := runeAt(text, i)
		if !isTokenRune(r) {
			i += size
			continue
		}
		tz.buf, tz.ends, tz.parts = tz.buf[:0], tz.ends[:0], tz.parts[:0]
		for {
			lo := len(tz.buf)
			start := i
			i = tz.run(text, i)
			tz.parts = append(tz.parts, part{start, i, lo, len(tz.buf)})
			// A single hyphen between two word characters joins a compound.
			h, hsize := runeAt(text, i)
			if !isCompoundHyphen(h) || i+hsize >= len(text) {
				break
			}
			if next, _ := runeAt(text, i+hsize); !isTokenRune(next) {
				break
			}
			i += hsize
		}
		if len(tz.buf) == 0 {
			continue // only combining marks: nothing to search for
		}
		if len(tz.parts) == 1 {
			p := tz.parts[0]
			emit(tz.makeToken(p.start, p.end, pos, tokWord, p.lo, p.hi))
			pos++
			continue
		}
		first := pos
		for _, p := range tz.parts {
			if p.hi > p.lo {
				emit(tz.makeToken(p.start, p.end, pos, tokPart, p.lo, p.hi))
				pos++
			}
		}
		whole := tz.parts[len(tz.parts)-1]
		emit(tz.joinedToken(tz.parts[0].start, whole.end, first))
	}
}

// joinedToken is the whole compound without its hyphens, and without the
// decimal comma of a number part: "A-0,0" joins to "a00", as "a00" reads
// alone, so a query of the joined word finds the same text again.
func (tz *tokenizer) joinedToken(start, end, pos int) token {
	t := tz.makeToken(start, end, pos, tokJoined, 0, len(tz.buf))
	if bytes.IndexByte(t.term, ',') < 0 {
		return t
	}
	tz.joined, tz.joinedEnds = tz.joined[:0], tz.joinedEnds[:0]
	for k, c := range t.term {
		if c == ',' {
			continue
		}
		tz.joined = append(tz.joined, c)
		if tz.track {
			tz.joinedEnds = append(tz.joinedEnds, t.ends[k])
		}
	}
	t.term = tz.joined
	if tz.track {
		t.ends = tz.joinedEnds
	}
	return t
}

func (tz *tokenizer) makeToken(start, end, pos int, kind tokenKind, lo, hi int) token {
	t := token{start: start, end: end, pos: pos, kind: kind, term: tz.buf[lo:hi]}
	if tz.track {
		t.ends = tz.ends[lo:hi]
	}
	return t
}

// appendFolded appends the folded spelling of text[i:j], one rune.
func (tz *tokenizer) appendFolded(text string, i, j int) {
	n := len(tz.buf)
	if j-i == 1 {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		tz.buf = append(tz.buf, c)
	} else {
		r, _ := utf8.DecodeRuneInString(text[i:j])
		tz.buf = append(tz.buf, foldRune(r)...)
	}
	if tz.track {
		for k := n; k < len(tz.buf); k++ {
			tz.ends = append(tz.ends, int32(j))
		}
	}
}

// appendByte appends one folded byte that stands for text up to end (a
// decimal separator).
func (tz *tokenizer) appendByte(c byte, end int) {
	tz.buf = append(tz.buf, c)
	if tz.track {
		tz.ends = append(tz.ends, int32(end))
	}
}

// run scans one word run starting at i (a word character) and returns where
// it ends. A number keeps its thousands separators out of the folded form
// ("1.500", "1 500" and "1,500" all fold to "1500"); apostrophes inside a
// word are dropped ("Kim's" -> "kims").
func (tz *tokenizer) run(text string, i int) int {
	if isTokenDigit(text[i]) {
		i = tz.number(text, i)
	}
	for i < len(text) {
		r, size := runeAt(text, i)
		switch {
		case isTokenRune(r):
			tz.appendFolded(text, i, i+size)
			i += size
		case isWordApostrophe(r) && i > 0 && i+size < len(text):
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := runeAt(text, i+size)
			if !unicode.IsLetter(prev) || !unicode.IsLetter(next) {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

// number scans digits at i with their thousands groups and decimal part.
// Groups are only taken when they look like groups: a lead of one to three
// digits, then each separator followed by exactly three digits ("12.000",
// "1 500", "2'500"), so "2024. 500" and "12.10." stay apart.
func (tz *tokenizer) number(text string, i int) int {
	lead := i
	for i < len(text) && isTokenDigit(text[i]) {
		tz.appendFolded(text, i, i+1)
		i++
	}
	groupSep := rune(-1)
	if i-lead <= 3 {
		for {
			sep, size := runeAt(text, i)
			if !isThousandsSep(sep) || (groupSep >= 0 && sep != groupSep) || !threeDigits(text, i+size) {
				break
			}
			groupSep = sep
			for k := i + size; k < i+size+3; k++ {
				tz.appendFolded(text, k, k+1)
			}
			i += size + 3
		}
	}
	// A decimal part: "1,5", "2.75", "1.500,50". Both separators fold to a
	// comma so German and English spellings of a fraction meet.
	if i+1 < len(text) && (text[i] == ',' || text[i] == '.') && rune(text[i]) != groupSep && isTokenDigit(text[i+1]) {
		tz.appendByte(',', i+1)
		i++
		for i < len(text) && isTokenDigit(text[i]) {
			tz.appendFolded(text, i, i+1)
			i++
		}
	}
	return i
}

// threeDigits reports whether text has exactly three ASCII digits at i, not
// followed by another digit.
func threeDigits(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isTokenDigit(text[k]) {
			return false
		}
	}
	return i+3 == len(text) || !isTokenDigit(text[i+3])
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isTokenDigit(c byte) bool { return '0' <= c && c <= '9' }

// isTokenRune reports letters, digits and combining marks.
func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isCompoundHyphen reports hyphens that join compounds. Dashes (–, —) separate
// ranges and clauses, so they are not among them.
func isCompoundHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isWordApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// isThousandsSep reports thousands separators: dot and space (German), comma
// (English), apostrophe (Swiss), and the no-break and thin spaces typesetters use.
func isThousandsSep(r rune) bool {
	switch r {
	case '.', ',', ' ', '\'', '\u2019', '\u00a0', '\u202f', '\u2009':
		return true
	}
	return false
}

// QueryWords splits a query into the folded words that must all match, the
// same way texts are split: "Sechs-Parteien" is one word "sechsparteien",
// "1.500" is "1500", "Straße" is "strasse".
func QueryWords(q string) []string {
	var words []string
	var tz tokenizer
	tz.scan(q, func(t token) {
		if t.kind != tokPart {
			words = append(words, string(t.term))
		}
	})
	return words
}
