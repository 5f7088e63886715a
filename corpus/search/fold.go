package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding makes spellings that readers treat as the same word compare equal:
// case, umlauts (ä -> a), ß -> ss, accents in names (é -> e, ł -> l). Text and
// queries are folded the same way. Folding changes byte lengths, so it is
// done per token: a token keeps the byte offsets of its original spelling.

// foldTableSize covers Latin-1, Latin Extended-A and -B, where nearly all the
// accented letters of European names live.
const foldTableSize = 0x250

// latinFold holds the folded form of each rune below foldTableSize.
var latinFold = buildLatinFold()

func buildLatinFold() [foldTableSize]string {
	var t [foldTableSize]string
	for r := rune(0); r < foldTableSize; r++ {
		t[r] = foldSlow(r)
	}
	return t
}

// specialFold lists letters that folding by decomposition leaves alone or
// gets wrong for searching: ligatures, letters with strokes, sharp s.
var specialFold = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'ł': "l", 'Ł': "l",
	'þ': "th", 'Þ': "th", 'ı': "i", 'ĳ': "ij", 'Ĳ': "ij", 'ŋ': "n", 'Ŋ': "n",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
}

// foldSlow folds one rune the general way: lower case, then, for Latin and
// Greek letters, drop the accents that canonical decomposition splits off.
func foldSlow(r rune) string {
	if s, ok := specialFold[r]; ok {
		return s
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
		return "" // a combining accent in decomposed text
	}
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf || !(unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Greek, r)) {
		return string(r)
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		switch {
		case unicode.Is(unicode.Mn, d):
		case d == r:
			b.WriteRune(d)
		default:
			b.WriteString(foldSlow(d)) // the base may fold further: ǽ -> æ -> ae
		}
	}
	return b.String()
}

// foldRune returns the folded spelling of r; it may be empty (a combining
// mark) or longer than r (ß -> ss).
func foldRune(r rune) string {
	if r < foldTableSize {
		return latinFold[r]
	}
	return foldSlow(r)
}

// appendFold appends the folded form of s to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, foldRune(r)...)
		i += size
	}
	return dst
}

// Fold returns s with case, umlauts and accents folded away: "Straße" ->
// "strasse", "Pjöngjang" -> "pjongjang". It does not touch punctuation or
// spaces; use QueryWords to split a query into searchable words.
func Fold(s string) string { return string(appendFold(nil, s)) }
