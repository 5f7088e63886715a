package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// abbreviations end with a period that does not end a sentence. Lower-cased,
// without the final period. Multi-part ones ("z. b.", "u.s.") are matched
// by their last part together with the word before.
var abbreviations = lang.Union(lang.Words(`
	z. b. d. h. u. a. o. ä. u. ä. s. o. v. a. i. d. r. z. t. m. e.
	z.b d.h u.a o.ä u.ä s.o v.a i.d.r z.t m.e usw bzw vgl ca etc evtl ggf inkl insb
	dr prof med jur phil dipl ing mag hr fr frl st nr abs art bd bsp jh jhd jhdt
	mio mrd tsd min max std sek km kg mr mrs ms sr jr gen lt col sgt capt cmdr adm gov sen rep rev
	vs approx est dept univ corp inc ltd co no vol fig al e.g i.e u.s u.k u.n a.m p.m
	str tel
`), lang.MonthAbbrevs)

// sentenceFinal abbreviations often stand last in a sentence.
var sentenceFinal = lang.Words(`a.m p.m etc usw inc ltd co corp`)

// ordinalNouns follow an ordinal number: "im 21. Jahrhundert", "zum 3. Mal".
var ordinalNouns = lang.MonthNames.With(`
	jahrhundert jahrhunderts jahrtausend jahrestag geburtstag todestag mal platz
	stock etage klasse runde liga armee division brigade korps flotte kongress parteitag
	sitzung tag tages woche monat bundestag bezirk mai
`)

// SplitSentences returns the sentence spans of a paragraph. It is not fooled
// by abbreviations ("z. B.", "Dr.", "Mio.", "U.S."), ordinals and dates
// ("zwischen 8. und 13. Oktober", "im 21. Jahrhundert"), initials ("J. R.")
// or punctuation inside quotes ("„Das bleibt abzuwarten“, sagte er.").
func SplitSentences(text string) []Span {
	var spans []Span
	start := 0
	quote := 0 // nesting of open quotation marks
	paren := 0 // nesting of open parentheses
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '(':
			paren++
		case ')':
			paren = max(paren-1, 0)
		case '„', '“', '«', '‚':
			// „ opens (German); “ closes German but opens English: decide by
			// what follows.
			if r == '“' && quote > 0 {
				quote--
			} else if r != '“' || opensQuote(text, i+size) {
				quote++
			}
		case '”', '»', '‘':
			if quote > 0 {
				quote--
			}
		case '"':
			if opensQuote(text, i+size) && (i == 0 || !isWordRune(lastRune(text[:i]))) {
				quote++
			} else if quote > 0 {
				quote--
			}
		case '.', '!', '?', '…':
			end := i + size
			// swallow runs ("?!", "...") and closing quotes/brackets
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if strings.ContainsRune(".!?…", r2) {
					end += s2
					continue
				}
				if strings.ContainsRune("\"“”»«'’)]", r2) {
					if quote > 0 && r2 != ')' && r2 != ']' {
						quote--
					}
					if r2 == ')' {
						paren = max(paren-1, 0)
					}
					end += s2
					continue
				}
				break
			}
			if quote == 0 && !insideParen(text, paren, end) && isBoundary(text, i, end, r) {
				spans = append(spans, trimSpan(text, start, end))
				start = end
			}
			i = end
			continue
		}
		i += size
	}
	if s := trimSpan(text, start, len(text)); s.End > s.Start {
		spans = append(spans, s)
	}
	// drop empty spans, and cut the overlong ones
	out := spans[:0]
	long := false
	for _, s := range spans {
		if s.End > s.Start {
			out = append(out, s)
			long = long || s.End-s.Start > MaxSentence
		}
	}
	if long {
		out = capSpans(text, out)
	}
	return out
}

// insideParen reports a period inside a short parenthesis that closes
// soon after it: "(Az. 402 Js 1187/25)", "(approx. 40 km)". An unclosed
// one does not hold the rest of the paragraph.
func insideParen(text string, paren, end int) bool {
	if paren == 0 {
		return false
	}
	rest := text[end:min(end+parenReach, len(text))]
	close := strings.IndexByte(rest, ')')
	return close >= 0 && !strings.ContainsAny(rest[:close], ".!?(")
}

// parenReach is how far after a period a parenthesis must close to hold it.
const parenReach = 60

// MaxSentence is the longest sentence in bytes. Text without sentence
// punctuation (a scraped table, a list run together, a machine dump) would
// otherwise become one huge "sentence", and everything that looks at a
// figure's sentence would look at all of it.
const MaxSentence = 1500

// capSpans cuts every span longer than MaxSentence at its best boundary.
func capSpans(text string, spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		for s.End-s.Start > MaxSentence {
			cut := cutPoint(text, s.Start, s.Start+MaxSentence)
			if p := trimSpan(text, s.Start, cut); p.End > p.Start {
				out = append(out, p)
			}
			s = trimSpan(text, cut, s.End)
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

// cutBoundaries are tried in order: the strongest break that falls in the
// second half of the window wins, so no piece is needlessly short.
var cutBoundaries = []string{"; ", ": ", ", ", " – ", " — ", " - ", " "}

// cutPoint returns where to end a piece that starts at start and may run to
// limit: after a semicolon, colon, comma or dash, else at a space, else
// at the last rune boundary before limit.
func cutPoint(text string, start, limit int) int {
	window := text[start:limit]
	half := len(window) / 2
	for _, b := range cutBoundaries {
		if i := strings.LastIndex(window, b); i >= half {
			if b == " " {
				return start + i
			}
			return start + i + len(strings.TrimRight(b, " "))
		}
	}
	cut := limit
	for cut > start+1 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return cut
}

// opensQuote: a quotation mark followed by a letter or digit opens a quote.
func opensQuote(text string, after int) bool {
	if after >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[after:])
	return isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isBoundary decides whether the punctuation at text[i] (its run ending at
// end) closes a sentence.
func isBoundary(text string, i, end int, punct rune) bool {
	// The next sentence starts after white space with an upper-case letter,
	// a digit or an opening quote.
	j := end
	sawSpace := false
	for j < len(text) {
		r, s := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		sawSpace = true
		j += s
	}
	if j >= len(text) {
		return true
	}
	if !sawSpace {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"„“«»‚'([", next)) {
		return false
	}
	if punct != '.' {
		return true
	}
	word := wordBefore(text, i)
	lw := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case abbreviations[lw]:
		// "at 1:40 a.m. The party…", "GmbH & Co. Die Firma…": an
		// abbreviation that may end a sentence does when an article or a
		// pronoun opens the next.
		next := strings.ToLower(wordAfter(text, j))
		return sentenceFinal[lw] && (lang.Articles[next] || lang.Pronouns[next])
	case utf8.RuneCountInString(word) == 1 && unicode.IsLetter(lastRune(word)):
		return false // an initial ("Donald J. Trump") or part of "z. B.", "d. h."
	case isDigits(word) && len(word) <= 3:
		// "am 27. Juli", "im 21. Jahrhundert": an ordinal, unless the next
		// word is an ordinary sentence start.
		nextWord := strings.ToLower(wordAfter(text, j))
		return !ordinalNouns[nextWord]
	}
	// "z. B." / "U. S.": the word before the abbreviation's last part.
	if utf8.RuneCountInString(word) <= 2 {
		prev := wordBefore(text, i-len(word)-1)
		if abbreviations[strings.ToLower(prev+"."+word)] || abbreviations[strings.ToLower(prev+". "+word)] {
			return false
		}
	}
	return true
}

// wordBefore returns the run of letters, digits and inner periods that ends
// right before position i.
func wordBefore(text string, i int) string {
	if i <= 0 || i > len(text) {
		return ""
	}
	k := i
	for k > 0 {
		r, s := utf8.DecodeLastRuneInString(text[:k])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '.' && k < i)) {
			break
		}
		k -= s
	}
	return strings.Trim(text[k:i], ".")
}

func wordAfter(text string, j int) string {
	k := j
	for k < len(text) {
		r, s := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += s
	}
	return text[j:k]
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func trimSpan(text string, start, end int) Span {
	for start < end {
		r, s := utf8.DecodeRuneInString(text[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += s
	}
	for end > start {
		r, s := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= s
	}
	return Span{start, end}
}
