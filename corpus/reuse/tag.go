package reuse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
)

// An agency line is a short tag in parentheses that opens an article or a
// paragraph: "(dpa)", "Halvingen (dpa) -", "CARROW BAY (Reuters) –",
// "Frankfurt/Main (dpa/lhe):". No list of agencies: any short tag in that
// place names the source of the text.
const (
	maxDatelineBytes = 40
	maxTagBytes      = 30
)

// openingTag returns the tag that opens text and the byte offset where the
// text after it begins, or "" and 0.
func openingTag(text string) (string, int) {
	open := strings.IndexByte(text, '(')
	if open < 0 || open > maxDatelineBytes || !isDateline(text[:open]) {
		return "", 0
	}
	closing := strings.IndexByte(text[open:], ')')
	if closing < 0 || closing-1 > maxTagBytes {
		return "", 0
	}
	tag := text[open+1 : open+closing]
	if !isTag(tag) {
		return "", 0
	}
	rest := open + closing + 1
	after := strings.TrimLeft(text[rest:], " \u00a0")
	dated := strings.TrimSpace(text[:open]) != ""
	if dated && after != "" {
		// After a dateline only a dash or colon may follow, else the
		// parentheses belong to the sentence: "Die Union (CDU) hat".
		r, size := utf8.DecodeRuneInString(after)
		if !strings.ContainsRune("-–—:", r) {
			return "", 0
		}
		after = strings.TrimLeft(after[size:], " \u00a0")
	}
	return tag, len(text) - len(after)
}

// isDateline reports whether s can be the place name before a tag: at most
// four words of letters, with slashes, hyphens, periods or commas.
func isDateline(s string) bool {
	if len(strings.Fields(s)) > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsSpace(r) && !strings.ContainsRune("/-.,", r) {
			return false
		}
	}
	return true
}

// isTag reports whether s looks like an agency or source name: it starts
// with a letter and holds letters, digits and the marks of combined tags
// ("dpa/AFP", "dpa-AFX", "AP & Reuters"), in at most four words.
func isTag(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if len(s) < 2 || !unicode.IsLetter(r) || len(strings.Fields(s)) > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" /-.&", r) {
			return false
		}
	}
	return true
}

// articleTag returns the agency line that opens an article: in its first
// body paragraph, or a date or byline paragraph just before it.
func articleTag(a *article.Article) string {
	seen := 0
	for _, p := range a.Paragraphs {
		if p.Kind != article.Body && p.Kind != article.Meta {
			continue
		}
		if tag, _ := openingTag(p.Text); tag != "" {
			return tag
		}
		if seen++; seen == 2 || p.Kind == article.Body {
			break
		}
	}
	return ""
}

// copyTag returns the agency line of a copy: the one its paragraph opens
// with, when the copy starts no later than the text after it, else its
// article's.
func copyTag(text string, start int, artTag string) string {
	if tag, after := openingTag(text); tag != "" && start <= after {
		return tag
	}
	return artTag
}
