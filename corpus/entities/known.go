package entities

import (
	"strings"

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
