package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, numerals and punctuation apart.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is a word, a numeral or one punctuation mark, with its byte span in
// the text it came from. Numerals are read whole, with their grouping
// spaces ("1 500"), so that figures keep exact offsets.
type token struct {
	start, end int
	kind       tokKind
	text       string  // as written
	low        string  // lower-cased text
	space      bool    // white space (or the start of the text) comes before it
	num        numeral // for tNum
	bad        bool    // tNum that is no well-formed number ("1.2.3")
}

// tokenize splits s into tokens. Words keep inner hyphens and apostrophes
// ("US-Dollar", "Jong-un", "Russia's") and single-letter abbreviations
// ("U.S"); a hyphen before a digit or a space stands alone ("F-16", "zehn-").
func tokenize(s, lang string) []token { return tokenizeInto(make([]token, 0, len(s)/5), s, lang) }

// tokenizeInto is tokenize appending to dst[:0], whose array it reuses.
func tokenizeInto(dst []token, s, lang string) []token {
	toks := dst[:0]
	lower, aligned := lowerAligned(s)
	space := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || isThinSpace(r):
			space = true
			i += size
			continue
		case isDigit(s[i]):
			n, ok := scanNumeral(s, i, lang)
			toks = append(toks, token{start: i, end: n.end, kind: tNum, text: s[i:n.end], space: space, num: n, bad: !ok})
			i = n.end
		case unicode.IsLetter(r):
			j := wordEnd(s, i)
			w := s[i:j]
			var low string
			if aligned {
				low = lower[i:j]
			} else {
				low = strings.ToLower(w)
			}
			toks = append(toks, token{start: i, end: j, kind: tWord, text: w, low: low, space: space})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, text: s[i : i+size], low: s[i : i+size], space: space})
			i += size
		}
		space = false
	}
	return toks
}

// lowerAligned lower-cases s in one piece so that each word's lower case is
// a slice of it at the word's offsets, instead of one allocation per word.
// That holds when every rune keeps its encoded length; aligned is false
// when one does not (then words are lowered one by one).
func lowerAligned(s string) (lower string, aligned bool) {
	first := -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			first = i
			break
		}
	}
	if first < 0 {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first])
	for i := first; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != size {
			return "", false
		}
		b.WriteRune(l)
		i += size
	}
	return b.String(), true
}

// wordEnd returns where the word starting at i ends.
func wordEnd(s string, i int) int {
	segment := 0 // letters since the last inner '.'
	dotted := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += size
			segment++
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if i+size < len(s) && unicode.IsLetter(next) && (r != '.' || segment == 1) {
				i += size
				segment = 0
				dotted = dotted || r == '.'
				continue
			}
			if r == '.' && dotted && segment == 1 {
				return i + size // the final period of "U.S."
			}
		}
		break
	}
	return i
}

// isUpperWord reports whether a word starts with a capital letter.
func isUpperWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// isPunct reports whether t is the punctuation mark p.
func isPunct(t token, p string) bool { return t.kind == tPunct && t.text == p }
