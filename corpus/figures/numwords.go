package figures

import "strings"

// Numbers written in words: "zwölftausend", "two hundred and fifty", "Tausende", "half a billion".

// German number words, longest first so that "siebzehn" wins over "sieben".
var deNumberParts = []struct {
	word  string
	value int
}{
	{"siebzehn", 17}, {"dreizehn", 13}, {"vierzehn", 14}, {"fünfzehn", 15}, {"sechzehn", 16},
	{"achtzehn", 18}, {"neunzehn", 19}, {"zwanzig", 20}, {"dreißig", 30}, {"dreissig", 30},
	{"vierzig", 40}, {"fünfzig", 50}, {"sechzig", 60}, {"siebzig", 70}, {"achtzig", 80},
	{"neunzig", 90}, {"hundert", 100}, {"tausend", 1000}, {"sieben", 7}, {"zwölf", 12},
	{"sechs", 6}, {"zwei", 2}, {"drei", 3}, {"vier", 4}, {"fünf", 5}, {"acht", 8},
	{"neun", 9}, {"zehn", 10}, {"elf", 11}, {"ein", 1}, {"und", 0},
}

// parseGermanNumberWord reads a German number word such as "zwölf",
// "zweitausend" or "dreihundertfünfzigtausend". last is the multiplier of its
// last part (1000 for "zwölftausend"), used to share a magnitude across a
// range ("zehn- bis zwölftausend"). "ein" and "eins" alone are no count: they
// are the indefinite article far more often.
func parseGermanNumberWord(w string) (value float64, last float64, ok bool) {
	w = strings.ToLower(w)
	if w == "ein" || w == "eins" || w == "" {
		return 0, 0, false
	}
	total, cur := 0, 0
	last = 1
	prevAnd := false
	for w != "" {
		matched := false
		for _, p := range deNumberParts {
			if !strings.HasPrefix(w, p.word) {
				continue
			}
			rest := w[len(p.word):]
			switch {
			case p.word == "und":
				// "dreiundzwanzig": a unit, "und", then tens.
				if u := cur % 100; u == 0 || u >= 10 || prevAnd {
					return 0, 0, false
				}
				prevAnd = true
			case p.word == "ein" && !(strings.HasPrefix(rest, "und") || strings.HasPrefix(rest, "hundert") || strings.HasPrefix(rest, "tausend")):
				continue
			case p.value == 100:
				if cur == 0 {
					cur = 1
				}
				if cur >= 10 {
					return 0, 0, false
				}
				cur *= 100
				last = 100
			case p.value == 1000:
				if cur == 0 {
					cur = 1
				}
				if total > 0 {
					return 0, 0, false
				}
				total = cur * 1000
				cur = 0
				last = 1000
			default:
				// After "und" only tens; otherwise a fresh segment.
				if prevAnd && (p.value < 20 || p.value%10 != 0) || !prevAnd && cur%100 != 0 {
					return 0, 0, false
				}
				cur += p.value
				last = 1
				prevAnd = false
			}
			w = rest
			matched = true
			break
		}
		if !matched {
			return 0, 0, false
		}
	}
	if prevAnd {
		return 0, 0, false
	}
	return float64(total + cur), last, total+cur > 0
}

// English number words. "one" and "a" count only before a multiplier.
var enNumberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// parseEnglishNumberWord reads one English number word, including hyphenated
// tens ("twenty-five"). "hundred" and "thousand" are handled by the caller.
func parseEnglishNumberWord(w string) (float64, bool) {
	w = strings.ToLower(w)
	if v, ok := enNumberWords[w]; ok {
		return float64(v), true
	}
	tens, unit, found := strings.Cut(w, "-")
	if !found {
		return 0, false
	}
	// "four-thousand", "two-hundred": a hyphenated number and magnitude.
	if mag := map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[unit]; mag > 0 {
		if n, ok := parseEnglishNumberWord(tens); ok {
			return n * mag, true
		}
	}
	t, ok1 := enNumberWords[tens]
	u, ok2 := enNumberWords[unit]
	if !ok1 || !ok2 || t < 20 || t%10 != 0 || u > 9 {
		return 0, false
	}
	return float64(t + u), true
}

// vagueWords are plural magnitudes that name a class, not a number.
var vagueWords = map[string][2]float64{
	"dutzende": {24, 99}, "dozens": {24, 99},
	"hunderte": {200, 999}, "hundreds": {200, 999},
	"tausende": {2000, 9999}, "tausender": {2000, 9999}, "thousands": {2000, 9999}, "abertausende": {2000, 99999},
	"zehntausende": {20000, 99999}, "zehntausender": {20000, 99999},
	"hunderttausende": {200000, 999999}, "hunderttausender": {200000, 999999},
	"millionen": {2e6, 9999999}, "millions": {2e6, 9999999},
}

// fewWords turn a following "hundert", "thousand", ... into a vague class:
// "mehrere hundert", "several thousand", "ein paar tausend".
var fewWords = map[string]bool{"mehrere": true, "einige": true, "etliche": true, "several": true, "some": true, "paar": true, "few": true}

// readWordNumber reads number words starting at toks[k].
func readWordNumber(toks []token, k int, lang string) (numRead, bool) {
	c := numRead{first: k, next: k + 1, mag: 1, words: true}
	w := toks[k].low
	next := func(j int) string {
		if j < len(toks) && toks[j].kind == tWord {
			return toks[j].low
		}
		return ""
	}
	// Halves: "half a billion", "eine halbe Milliarde", "anderthalb Millionen".
	if h, n := halfBefore(toks, k, lang); n > 0 {
		if mag := magnitudeOf(next(k+n), lang); mag >= 1e3 {
			c.raw, c.value, c.mag, c.next = h, h*mag, mag, k+n+1
			if c.next < len(toks) && isPunct(toks[c.next], ".") && isAbbrevMagnitude(next(k+n)) {
				c.next++
			}
			return c, true
		}
	}
	// Vague classes: "hundreds of thousands" before "hundreds".
	if w == "tens" || w == "hundreds" {
		if next(k+1) == "of" && next(k+2) == "thousands" {
			lo, hi := 20000.0, 99999.0
			if w == "hundreds" {
				lo, hi = 200000, 999999
			}
			c.vague, c.value, c.raw, c.vagueHigh, c.next = true, lo, lo, hi, k+3
			return c, true
		}
	}
	if v, ok := vagueWords[w]; ok {
		c.vague, c.value, c.raw, c.vagueHigh = true, v[0], v[0], v[1]
		return c, true
	}
	// "mehrere hundert", "ein paar tausend", "several thousand", "a few hundred".
	j := k
	if (w == "ein" || w == "a") && fewWords[next(k+1)] {
		j = k + 1
	}
	if fewWords[toks[j].low] {
		var mag float64
		switch m := next(j + 1); m {
		case "hundert", "hundred":
			mag = 100
		case "tausend", "thousand":
			mag = 1000
		default:
			mag = magnitudeOf(m, lang)
		}
		if mag == 0 {
			return c, false
		}
		c.vague, c.value, c.raw, c.vagueHigh, c.next = true, 2*mag, 2*mag, 10*mag-1, j+2
		return c, true
	}
	if lang != "en" {
		v, last, ok := parseGermanNumberWord(w)
		if (w == "ein" || w == "eine" || w == "einer" || w == "einen") && next(k+1) != "" {
			// "eine Million", "ein Dutzend": the article counts as one.
			if mag := magnitudeOf(next(k+1), "de"); mag > 0 || next(k+1) == "dutzend" {
				v, last, ok = 1, 1, true
			}
		}
		if !ok {
			return c, false
		}
		c.raw, c.value, c.mag = v, v, last
		if m := next(k + 1); m == "dutzend" {
			c.value, c.next = v*12, k+2
		} else if mag := magnitudeOf(m, "de"); mag > 0 && toks[k+1].space {
			c.value, c.mag, c.next = v*mag, mag, k+2
			if c.next < len(toks) && isPunct(toks[c.next], ".") && isAbbrevMagnitude(m) {
				c.next++
			}
		}
		return c, true
	}
	// English: "two hundred and fifty thousand", "a dozen", "one million".
	total, cur := 0.0, 0.0
	any := false
	last := 1.0
	for ; j < len(toks) && toks[j].kind == tWord; j++ {
		w := toks[j].low
		if v, ok := parseEnglishNumberWord(w); ok {
			if wholeMod(cur, 100) != 0 {
				break
			}
			cur += v
			last = 1
		} else if (w == "a" || w == "one") && j == k {
			switch next(j + 1) {
			case "hundred", "thousand", "million", "billion", "trillion", "dozen":
				cur = 1
			default:
				return c, false
			}
		} else if w == "hundred" && cur > 0 && cur < 10 {
			cur *= 100
			last = 100
		} else if w == "dozen" && cur > 0 {
			cur *= 12
			last = 12
		} else if w == "and" && cur > 0 && wholeMod(cur, 100) == 0 && j+1 < len(toks) {
			if _, ok := parseEnglishNumberWord(next(j + 1)); !ok {
				break
			}
		} else if mag := magnitudeOf(w, "en"); mag > 0 && cur > 0 && w != "millions" && w != "billions" {
			total += cur * mag
			cur = 0
			last = mag
		} else {
			break
		}
		any = true
	}
	if !any || total+cur == 0 {
		return c, false
	}
	c.raw, c.value, c.mag, c.next = total+cur, total+cur, last, j
	return c, true
}

// halfBefore reads a fraction that multiplies the magnitude after it:
// "half a" (English), "eine halbe", "halbe", "anderthalb", "eineinhalb"
// (German). It returns the factor and the number of tokens it took.
func halfBefore(toks []token, k int, lang string) (float64, int) {
	w := toks[k].low
	at := func(j int) string {
		if j < len(toks) && toks[j].kind == tWord {
			return toks[j].low
		}
		return ""
	}
	if lang == "en" {
		if w == "half" && at(k+1) == "a" {
			return 0.5, 2
		}
		return 0, 0
	}
	switch {
	case (w == "eine" || w == "einer" || w == "einen") && (at(k+1) == "halbe" || at(k+1) == "halben"):
		return 0.5, 2
	case w == "halbe" || w == "halben":
		return 0.5, 1
	case w == "anderthalb" || w == "eineinhalb":
		return 1.5, 1
	}
	return 0, 0
}

// wholeMod is the remainder for the small whole numbers number words make.
func wholeMod(a, b float64) float64 { return float64(int64(a) % int64(b)) }

// numberWordPrefixes holds the first bytes of every word that can start a
// number in words, so that other words are passed over at a glance.
var numberWordPrefixes = map[string]bool{}

// wordPrefix is the first four bytes of a lower-case word.
func wordPrefix(w string) string {
	if len(w) > 4 {
		return w[:4]
	}
	return w
}

func init() {
	for _, p := range deNumberParts {
		if p.word != "und" { // joins parts, never starts a number
			numberWordPrefixes[wordPrefix(p.word)] = true
		}
	}
	for w := range enNumberWords {
		numberWordPrefixes[wordPrefix(w)] = true
	}
	for w := range vagueWords {
		numberWordPrefixes[wordPrefix(w)] = true
	}
	for w := range fewWords {
		numberWordPrefixes[wordPrefix(w)] = true
	}
	for _, w := range []string{"a", "one", "tens", "hundreds", "eine", "einer", "einen", "half", "halbe", "anderthalb", "eineinhalb"} {
		numberWordPrefixes[wordPrefix(w)] = true
	}
}
