package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
)

// An article that names "Deutsche Bahn" or "Deutscher Wetterdienst" goes on
// to say "die Bahn" and "der Wetterdienst". The head noun alone is a common
// noun to the detector, so it is looked for again here, in the same article
// only, and linked to the full name.

// headAliases adds a mention for every lone head noun of a two-word
// organisation name "Adjective Noun" found in the article a's candidates.
// The adjective must be one of place or kind (German -sch-, English
// nationality): "Weißes Haus" does not make every "Haus" the White House.
//
// The same holds for the family name of a person ("Sabine Kornmesser",
// then "Kornmesser", which looks like Korn + Messer) and the short name of
// an organisation ("Hilfswerk Morgenrot", then "Morgenrot habe ...").
func headAliases(a *article.Article, cands []candidate) []candidate {
	heads := map[string]int{} // head noun -> index of its full name, -1 if two
	for i := range cands {
		c := &cands[i]
		for _, h := range []string{orgHead(c), loneName(c)} {
			if h == "" {
				continue
			}
			if prev, ok := heads[h]; !ok {
				heads[h] = i
			} else if prev >= 0 && cands[prev].text != c.text {
				heads[h] = -1
			}
		}
	}
	for h, full := range heads {
		if full < 0 {
			delete(heads, h)
		}
	}
	if len(heads) == 0 {
		return cands
	}
	n := len(cands)
	for p := range a.Paragraphs {
		par := &a.Paragraphs[p]
		if !scanned(par.Kind) {
			continue
		}
		for head, full := range heads {
			for off := 0; ; {
				k := strings.Index(par.Text[off:], head)
				if k < 0 {
					break
				}
				start := off + k
				end := start + len(head)
				off = end
				if !wordBounded(par.Text, start, end) || afterName(par.Text[:start]) || covered(cands[:n], a.ID, par.Index, start, end) {
					continue
				}
				f := &cands[full]
				if f.score[sPerson] > 0 && afterDeterminer(par.Text[:start]) {
					continue // "der Koch" is no Mr Koch
				}
				c := candidate{article: a.ID, para: par.Index, start: start, end: end, text: head, name: head,
					words: 1, gaz: f.gaz, headOf: len(cands) - full}
				if f.score[sPerson] == 0 {
					c.score[sOrg] = 1
				}
				cands = append(cands, c)
			}
		}
	}
	return cands
}

// orgHead returns the head noun of a two-word organisation name whose first
// word is an adjective of place or kind, or "".
func orgHead(c *candidate) string {
	if c.words != 2 || c.gaz != nil && c.gaz.typ != Org || c.gaz == nil && c.score[sOrg] < 4 {
		return ""
	}
	adj, head, ok := strings.Cut(c.text, " ")
	if !ok || utf8.RuneCountInString(head) < 4 || !unicode.IsUpper(firstRune(head)) || isAcronym(head) {
		return ""
	}
	lower := strings.ToLower(adj)
	if nationality(lower) {
		return head
	}
	for _, end := range []string{"sch", "sche", "schen", "scher", "sches", "schem"} {
		if strings.HasSuffix(lower, end) {
			return head
		}
	}
	return ""
}

// loneName returns the word a person or an organisation goes by alone
// later in the article: the family name of a full name, the short name of
// an organisation's ("Morgenrot" of "Hilfswerk Morgenrot"), or "".
func loneName(c *candidate) string {
	if c.gaz != nil || c.words < 2 || c.korean {
		return ""
	}
	if c.score[sPerson] > 0 && c.score[sPerson] > c.score[sOrg] && c.score[sPerson] > c.score[sPlace] && c.words <= 3 {
		last := c.text[strings.LastIndexByte(c.text, ' ')+1:]
		if utf8.RuneCountInString(last) >= 4 && unicode.IsUpper(firstRune(last)) {
			return last
		}
		return ""
	}
	if c.score[sOrg] > 0 && !placeForm(c.text) {
		if s := shortName(c.text); utf8.RuneCountInString(s) >= 4 && !isAcronym(s) {
			return s
		}
	}
	return ""
}

// afterDeterminer: the word before the end of before is an article.
func afterDeterminer(before string) bool {
	f := strings.Fields(before)
	return len(f) > 0 && determiners[strings.ToLower(f[len(f)-1])]
}

// wordBounded: text[start:end] is a whole word, not part of a compound.
func wordBounded(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || isJoiner(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || isJoiner(r) {
			return false
		}
	}
	return true
}

// covered: a candidate already spans the place.
func covered(cands []candidate, articleID string, para, start, end int) bool {
	for i := range cands {
		c := &cands[i]
		if c.article == articleID && c.para == para && c.start < end && start < c.end {
			return true
		}
	}
	return false
}

// afterName: the word right before is capitalised and no determiner, so
// the head is part of another name ("Pro Bahn").
func afterName(before string) bool {
	before = strings.TrimRight(before, " \u00a0")
	w := before
	if k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		_, size := utf8.DecodeRuneInString(before[k:])
		w = before[k+size:]
	}
	if w == "" {
		return false
	}
	return unicode.IsUpper(firstRune(w)) && !determiners[strings.ToLower(w)]
}
