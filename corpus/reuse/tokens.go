package reuse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of a paragraph: the hash of its folded spelling and the
// byte range of its original spelling in the paragraph's Text.
type token struct {
	h          uint64
	start, end int32
}

// Folding makes spellings that copy desks change without meaning to compare
// equal: case, umlauts written as "ae" (agency feeds are often ASCII),
// accents, ligatures, and the apostrophes and hyphens of other keyboards.
// Quote marks and punctuation are no words at all, so a copy that swaps
// „…“ for "…" or adds a comma is still a verbatim copy.

// foldTableSize covers Latin-1 and Latin Extended-A and -B.
const foldTableSize = 0x250

var foldTable = func() [foldTableSize]string {
	var t [foldTableSize]string
	for r := rune(0); r < foldTableSize; r++ {
		t[r] = foldSlow(r)
	}
	return t
}()

// specialFold lists letters that decomposition leaves alone or folds in a
// way German readers would not: ä is "ae", not "a".
var specialFold = map[rune]string{
	'ä': "ae", 'Ä': "ae", 'ö': "oe", 'Ö': "oe", 'ü': "ue", 'Ü': "ue",
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'ł': "l", 'Ł': "l",
	'þ': "th", 'Þ': "th", 'ı': "i", 'ĳ': "ij", 'Ĳ': "ij",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
	'’': "'", '‘': "'", 'ʼ': "'", '′': "'", '`': "'", '´': "'",
	'‐': "-", '‑': "-",
}

// foldSlow folds one rune: lower case, then drop the accents of Latin and
// Greek letters that canonical decomposition splits off.
func foldSlow(r rune) string {
	if s, ok := specialFold[r]; ok {
		return s
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
		return ""
	}
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf || !(unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Greek, r)) {
		return string(r)
	}
	out := ""
	for _, d := range norm.NFD.String(string(r)) {
		if d == r {
			out += string(d)
		} else if !unicode.Is(unicode.Mn, d) {
			out += foldSlow(d)
		}
	}
	return out
}

func foldRune(r rune) string {
	if r < foldTableSize {
		return foldTable[r]
	}
	if s, ok := specialFold[r]; ok {
		return s
	}
	return foldSlow(r)
}

// isWordRune reports whether r belongs to a word. Combining marks do, so
// that a decomposed "é" stays one word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// joins reports whether the rune j, between the runes prev and next, joins
// them into one word: apostrophes and hyphens between word runes ("don't",
// "Ein-Parteien-Staat"), and digit group or decimal marks between digits
// ("8.000", "1,200", "12.5").
func joins(prev, j, next rune) bool {
	if !isWordRune(prev) || !isWordRune(next) {
		return false
	}
	switch j {
	case '\'', '’', 'ʼ', '-', '‐', '‑':
		return true
	case '.', ',':
		return isDigit(prev) && isDigit(next)
	}
	return false
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix64 spreads the bits of a hash (the splitmix64 finaliser), so that the
// low 32 bits of a word or shingle hash are as good as the high ones.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// hashFolded adds the folded spelling of r to an FNV-1a hash.
func hashFolded(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return (h ^ uint64(r)) * fnvPrime
	}
	s := foldRune(r)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// asciiFold maps an ASCII letter or digit to its folded byte, and every
// other ASCII byte to 0: the fast path of tokenize.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// runeAt decodes the rune at i, fast for ASCII.
func runeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// tokenize appends the words of text[lo:hi] to dst, with offsets into
// text. It is the one place that decides what a word is, for fingerprints,
// alignment and differences alike.
func tokenize(dst []token, text string, lo, hi int) []token {
	text = text[:hi]
	for i := lo; i < len(text); {
		r, size := runeAt(text, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		start, h, folded := i, uint64(fnvOffset), false
		for {
			// The letters and digits of a word, ASCII ones without decoding.
			for i < len(text) {
				if c := text[i]; c < utf8.RuneSelf {
					f := asciiFold[c]
					if f == 0 {
						break
					}
					h, folded, i, r = (h^uint64(f))*fnvPrime, true, i+1, rune(c)
					continue
				}
				c, n := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(c) {
					break
				}
				before := h
				h = hashFolded(h, c)
				folded, i, r = folded || h != before, i+n, c
			}
			if i >= len(text) {
				break
			}
			j, size := runeAt(text, i)
			if i+size >= len(text) {
				break
			}
			if next, _ := runeAt(text, i+size); !joins(r, j, next) {
				break
			}
			h, i = hashFolded(h, j), i+size
		}
		if folded { // a word of nothing but combining marks is no word
			dst = append(dst, token{h: mix64(h), start: int32(start), end: int32(i)})
		}
	}
	return dst
}

// Marks that belong to the words they touch: a copy that ends a sentence
// takes its period and closing quote, one that opens a quote its mark.
const (
	openingMarks = "„“\"‘'»«‹›([¿¡"
	closingMarks = ".!?…\"”“’'»«›‹)]"
)

// widen extends the byte range [start, end) of text over the opening marks
// just before it and the closing marks just after it, never over a space.
func widen(text string, start, end int) (int, int) {
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !strings.ContainsRune(openingMarks, r) {
			break
		}
		start -= size
	}
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !strings.ContainsRune(closingMarks, r) {
			break
		}
		end += size
	}
	return start, end
}
