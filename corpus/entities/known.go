package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
)

// A name the detector read in full in one article may reach it only in
// part in another: "Volker" is also a noun, so "GSF, Volker Brandhuber"
// gives "Brandhuber" alone, while an English article has "Volker
// Brandhuber". Such a one-word mention grows into the known full name
// when the words before it are the rest of that name.

// knownNames maps the last word of every full name found (people and
// organisations of two to four words, the latter also without a legal
// form) to those names.
func knownNames(cands []candidate) map[string][]string {
	known := map[string][]string{}
	add := func(name string) {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || strings.ContainsAny(name, "\n\t") {
			return
		}
		last := name[i+1:]
		for _, n := range known[last] {
			if n == name {
				return
			}
		}
		known[last] = append(known[last], name)
	}
	for i := range cands {
		c := &cands[i]
		if c.gaz != nil || c.words < 2 || c.words > 4 || c.headOf > 0 {
			continue
		}
		switch {
		case c.score[sPerson] > c.score[sOrg] && c.score[sPerson] > c.score[sPlace]:
			add(c.text)
		case c.score[sOrg] > 0:
			add(c.text)
			add(legalCore(c.text))
		}
	}
	return known
}

// growKnown lets the one-word mentions of an article's candidates grow into
// known full names that end with them.
func growKnown(a *article.Article, cands []candidate, known map[string][]string) {
	for i := range cands {
		c := &cands[i]
		if c.words != 1 || c.headOf > 0 || c.gaz != nil || c.para >= len(a.Paragraphs) {
			continue
		}
		text := a.Paragraphs[c.para].Text
		for _, full := range known[c.text] {
			rest := full[:len(full)-len(c.text)]
			start := c.start - len(rest)
			if start < 0 || text[start:c.start] != rest || !wordBounded(text, start, c.end) {
				continue
			}
			if i > 0 && cands[i-1].para == c.para && cands[i-1].end > start {
				continue // another name stands there
			}
			c.start, c.text, c.name = start, full, full
			c.words = strings.Count(full, " ") + 1
			c.sentStart, c.weak, c.det = false, false, false
			break
		}
	}
}

// A one-word name defined with its short form ("Der Sozialbund (SB)",
// "die Ökoliste (ÖL)") is a name wherever it stands in the corpus, also
// where it reads like a German compound noun and the detector passes it
// by: "Kompass: VdM 30,4 Prozent, Sozialbund 22,1".

// definedNames are the one-word names of "Long (SHORT)" and "SHORT (Long)"
// pairs, by their name.
func definedNames(cands []candidate) map[string]bool {
	defined := map[string]bool{}
	for i := range cands {
		c := &cands[i]
		if c.paren <= 0 || c.paren > i {
			continue
		}
		for _, n := range []*candidate{c, &cands[i-c.paren]} {
			if n.words == 1 && !n.weak && !isAcronym(n.name) && utf8.RuneCountInString(n.name) >= 4 {
				defined[n.name] = true
			}
		}
	}
	return defined
}

// definedMentions are the weak candidates for the defined names that an
// article's readable paragraphs hold where no candidate stands: they join
// the name's entity, if there is one, and are dropped otherwise.
func definedMentions(a *article.Article, cands []candidate, defined map[string]bool) []candidate {
	if len(defined) == 0 {
		return nil
	}
	var out []candidate
	c := 0 // cands are in paragraph and text order
	for p := range a.Paragraphs {
		if !readable(&a.Paragraphs[p]) {
			continue
		}
		text := a.Paragraphs[p].Text
		for start, end := range capitalisedWords(text) {
			name := text[start:end]
			if !defined[name] {
				name = strings.TrimSuffix(name, "s") // genitive: "des Sozialbunds"
				if !defined[name] {
					continue
				}
			}
			for c < len(cands) && (cands[c].para < p || cands[c].para == p && cands[c].end <= start) {
				c++
			}
			if c < len(cands) && cands[c].para == p && cands[c].start < end {
				continue // a candidate stands there already
			}
			out = append(out, candidate{article: a.ID, para: p, start: start, end: end, text: text[start:end],
				name: name, words: 1, weak: true})
		}
	}
	return out
}

// capitalisedWords yields the byte spans of the words of text that begin
// with an upper-case letter.
func capitalisedWords(text string) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
			start := i
			for i < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r2) {
					break
				}
				i += s2
			}
			if unicode.IsUpper(r) && !yield(start, i) {
				return
			}
		}
	}
}
