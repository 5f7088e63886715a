package figures

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number parsing for German and English news text. Everything here is a pure
// function of its input strings, so it can be fuzzed.

// numeral is a number written with digits, as found at some offset.
type numeral struct {
	end    int     // byte offset just past the last digit
	value  float64 // the value as written, before any magnitude word
	plain  bool    // digits only, no separator ("2022", "1500")
	digits int     // digits before any separator, or all of them when plain
	zero   bool    // starts with "0" and has more digits: "030", "007"
	date   bool    // looks like a numeric date: "27.07.2024", "1.3.24"
}

// isThinSpace reports the spaces that separate thousands: "1 500", "1 500".
func isThinSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digitRun returns the end of the run of ASCII digits starting at i.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// scanNumeral reads the numeral that starts at s[i] (a digit). lang ("de" or
// "en") decides what a lone "." or "," means when the digit grouping does
// not: "12.000" is twelve thousand in German, "11,000" in English, and "1,3"
// and "1.2" are decimals in both. Spaces and apostrophes only separate groups
// of exactly three digits ("1 500", "12'000"). ok is false for shapes that are
// no number (version strings such as "1.2.3").
func scanNumeral(s string, i int, lang string) (n numeral, ok bool) {
	start := i
	i = digitRun(s, i)
	groups := []string{s[start:i]}
	var seps []rune
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != ',' && r != '\'' && r != '’' && !isThinSpace(r) {
			break
		}
		j := digitRun(s, i+size)
		if j == i+size {
			break // separator not followed by a digit: punctuation
		}
		if r == '\'' || r == '’' || isThinSpace(r) {
			// A grouping space or apostrophe needs three digits after it and
			// at most three before the first one.
			if j-(i+size) != 3 || len(groups[0]) > 3 || (len(seps) > 0 && seps[len(seps)-1] != r && !(isThinSpace(seps[len(seps)-1]) && isThinSpace(r))) {
				break
			}
			if r != '\'' && r != '’' && len(seps) > 0 && (seps[len(seps)-1] == '.' || seps[len(seps)-1] == ',') {
				break
			}
		}
		groups = append(groups, s[i+size:j])
		seps = append(seps, r)
		i = j
		if len(groups) > 8 {
			break
		}
	}
	n.end = i
	n.digits = len(groups[0])
	n.zero = len(groups[0]) > 1 && groups[0][0] == '0'
	if len(seps) == 0 {
		n.plain = true
		v, err := strconv.ParseFloat(groups[0], 64)
		n.value = v
		return n, err == nil
	}
	// 27.07.2024, 1.3.24: two dots around a day and a month.
	if len(seps) == 2 && seps[0] == '.' && seps[1] == '.' && len(groups[0]) <= 2 && len(groups[1]) <= 2 && (len(groups[2]) == 2 || len(groups[2]) == 4) {
		n.date = true
		return n, true
	}
	dec := decimalSeparator(groups, seps, lang)
	var b strings.Builder
	for k, g := range groups {
		if k > 0 {
			sep := seps[k-1]
			if sep == dec {
				b.WriteByte('.')
			} else if len(g) != 3 || len(groups[0]) > 3 || dec != 0 && k > indexRune(seps, dec) {
				return n, false // grouping that is neither thousands nor a decimal
			}
		}
		b.WriteString(g)
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	n.value = v
	return n, err == nil
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

// decimalSeparator picks which separator in a numeral is the decimal mark,
// or 0 when all of them group thousands.
func decimalSeparator(groups []string, seps []rune, lang string) rune {
	last := seps[len(seps)-1]
	if last != '.' && last != ',' {
		return 0 // "1 500", "12'000"
	}
	count := 0
	mixed := false
	for _, r := range seps {
		if r == last {
			count++
		} else {
			mixed = true
		}
	}
	if mixed {
		// "1.234,5", "1,234.5", "1 234,5": the last one is the decimal mark,
		// provided it occurs once.
		if count == 1 {
			return last
		}
		return 0
	}
	if count > 1 {
		return 0 // "1.500.000", "1,500,000"
	}
	after := groups[1]
	if len(after) != 3 || len(groups[0]) > 3 || groups[0] == "0" {
		return last // "1,3", "1.2", "2000,5", "0,500"
	}
	thousands := '.'
	if lang == "en" {
		thousands = ','
	}
	if last == thousands || strings.HasSuffix(after, "00") {
		// Round thousands ("11,000" in a German text) are never written
		// as decimals with trailing zeros.
		return 0
	}
	return last
}

// magnitude words multiply the number before them. German "Billion" is 10^12,
// English "billion" 10^9.
var magnitudes = map[string]map[string]float64{
	"de": {
		"tausend": 1e3, "tsd": 1e3, "mio": 1e6, "million": 1e6, "millionen": 1e6,
		"mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "billion": 1e12, "billionen": 1e12,
		"bn": 1e9, "mn": 1e6,
	},
	"en": {
		"thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "mio": 1e6,
		"billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12,
	},
}

// magnitudeOf returns the multiplier a word stands for in lang, or 0.
func magnitudeOf(word, lang string) float64 {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	if lang != "en" {
		lang = "de"
	}
	return magnitudes[lang][w]
}

// ParseNumber parses a whole string as one number as news text writes it:
// digits in German or English notation ("12.000", "1 500", "12'000", "1,3",
// "11,000", "1.2"), optionally followed by a magnitude ("1,3 Millionen",
// "20 Mrd.", "1.2 million"), or number words ("zwölf", "zweitausend",
// "three", "a dozen", "two hundred"). lang is "de" or "en". ok is false when
// s is anything else.
func ParseNumber(s, lang string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	toks := tokenize(s, lang)
	if len(toks) == 0 {
		return 0, false
	}
	c, ok := readNumber(s, toks, 0, lang)
	if !ok || c.next != len(toks) || c.ordinal || c.num.date {
		return 0, false
	}
	return c.value, true
}

// numRead is a number read from tokens: digits or words, with a magnitude.
type numRead struct {
	first, next int     // token range [first, next)
	value       float64 // with magnitude
	raw         float64 // as written, before a separate magnitude word
	mag         float64 // the magnitude applied, 1 when none
	num         numeral // for digits
	words       bool    // written in words ("zwölf", "three")
	ordinal     bool
	vague       bool // "Tausende", "hundreds": value is low, see vagueHigh
	vagueHigh   float64
}

// readNumber reads the number that starts at toks[k]: digits or number words
// with an optional magnitude ("1,3 Millionen", "zwei Millionen", "two
// hundred", "a dozen"), or a vague class ("Tausende", "tens of thousands",
// "mehrere hundert").
func readNumber(s string, toks []token, k int, lang string) (numRead, bool) {
	c := numRead{first: k, next: k + 1, mag: 1}
	t := toks[k]
	switch t.kind {
	case tNum:
		if t.bad {
			return c, false
		}
		c.num = t.num
		c.raw = t.num.value
	case tWord:
		if !numberWordPrefixes[wordPrefix(t.low)] {
			return c, false // most words; keeps extraction fast
		}
		return readWordNumber(toks, k, lang)
	default:
		return c, false
	}
	c.value = c.raw
	// "35-hundred": digits, a hyphen and "hundred" or "thousand" as words.
	if c.next+1 < len(toks) && isPunct(toks[c.next], "-") && !toks[c.next].space && !toks[c.next+1].space &&
		(toks[c.next+1].low == "hundred" || toks[c.next+1].low == "thousand") {
		c.mag = map[string]float64{"hundred": 100, "thousand": 1000}[toks[c.next+1].low]
		c.value, c.next = c.raw*c.mag, c.next+2
		return c, true
	}
	if c.next < len(toks) && toks[c.next].kind == tWord {
		m := toks[c.next]
		if mag := magnitudeOf(m.low, lang); mag > 0 && (m.space || m.low == "bn" || m.low == "mn" || m.low == "tn") {
			c.mag = mag
			c.value = c.raw * mag
			c.next++
			// "Mio.", "Mrd.", "Tsd.": the period belongs to the word.
			if c.next < len(toks) && isPunct(toks[c.next], ".") && !toks[c.next].space && isAbbrevMagnitude(m.low) {
				c.next++
			}
		}
	}
	return c, true
}

func isAbbrevMagnitude(w string) bool {
	return w == "mio" || w == "mrd" || w == "tsd" || w == "mln"
}
