package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// Bylines, photo credits and reporting credits name the people who made
// the article, not the people in the story. Normally the article package
// marks them meta; this is the safety net for the ones that slip into body,
// heading or caption paragraphs.

// bylineStarts open a byline or a credit line.
var bylineStarts = []string{"Von ", "By ", "Text: ", "Text und Fotos: ", "Mitarbeit: ", "Written by ",
	"Reporting by ", "(Reporting by ", "Editing by ", "(Editing by ", "Additional reporting by ", "Interview: "}

// creditMarkers introduce the photographer or the agency of a picture.
var creditMarkers = []string{"Foto: ", "Fotos: ", "Foto:", "Photo: ", "Photos: ", "Photograph: ", "Bild: ",
	"Image: ", "Credit: ", "Bildquelle: ", "Quelle: ", "©"}

// withoutCredits returns the part of a paragraph to read for names: the
// whole text, the text before a trailing credit, or "" for a byline.
// Offsets stay valid because only the end is cut.
func withoutCredits(text string, caption bool) string {
	if len(text) < 400 {
		if t, skip := bylineCheck(text); skip {
			return t
		}
	}
	if strings.IndexByte(text, ':') >= 0 || strings.Contains(text, "©") {
		text = withoutMarkedCredit(text)
	}
	if caption {
		text = withoutParenCredit(text)
		text = withoutSlashCredit(text)
	}
	if strings.TrimSpace(text) == "" {
		return ""
	}
	return text
}

// bylineCheck reports a byline or a credit line, which is skipped whole.
func bylineCheck(text string) (string, bool) {
	trimmed := strings.TrimSpace(text)
	words := strings.Fields(trimmed)
	// "(Reporting by A in B and C in D; Editing by E)"
	if strings.HasPrefix(trimmed, "(Reporting by ") || strings.HasPrefix(trimmed, "Reporting by ") {
		return "", true
	}
	if len(words) <= 14 {
		for _, b := range bylineStarts {
			if strings.HasPrefix(trimmed, b) && bylineWords(words[1:]) {
				return bylinePlace(text), true
			}
		}
		// a date line with its author: "Oct. 21, 2025 6:45 PM by Jane Roe"
		if i := strings.Index(trimmed, " by "); i > 0 && strings.ContainsAny(trimmed[:i], "0123456789") {
			return "", true
		}
	}
	return text, false
}

// withoutMarkedCredit cuts a credit introduced by "Foto:", "Photo:" or "©".
func withoutMarkedCredit(text string) string {
	for _, m := range creditMarkers {
		i := strings.Index(text, m)
		if i < 0 {
			continue
		}
		rest := strings.Fields(text[i+len(m):])
		if i == 0 && len(rest) > 6 && m != "©" {
			continue // "Photo: Ukrainian President ...": a caption, not a credit
		}
		text = text[:i]
	}
	return text
}

// bylineWords: a byline has names, capitals and a few joining words, not
// a sentence ("Von Berlin aus fährt der Zug nicht").
func bylineWords(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",;:()/|·–—-")
		if w == "" || bylineJoiners[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

var bylineJoiners = lang.Words(`und and in aus from für for of with mit sowie & correspondent korrespondent
	korrespondentin reporter redakteur redakteurin editor staff writer writers`)

// withoutParenCredit drops a short parenthesis that ends a caption: "(AP
// Photo/Jane Roe)", "(President's Office)".
func withoutParenCredit(text string) string {
	t := strings.TrimRight(text, " .")
	if !strings.HasSuffix(t, ")") {
		return text
	}
	i := strings.LastIndex(t, "(")
	if i < 0 || len(strings.Fields(t[i:])) > 5 {
		return text
	}
	return text[:i]
}

// withoutSlashCredit drops the credit that ends a caption after a bar or a
// full stop: "… at the Chancellery. | Jane Roe/AFP via Getty Images".
func withoutSlashCredit(text string) string {
	i := strings.LastIndexAny(text, "|.")
	if i < 0 {
		return text
	}
	tail := text[i+1:]
	n := len(strings.Fields(tail))
	if n == 0 || n > 8 || (!strings.Contains(tail, "/") && text[i] != '|') {
		return text
	}
	return text[:i]
}

// bylinePlace keeps the place a byline ends with when it is a known place
// ("Von Daniel Steinvorth, Athen"): the text with everything before the
// place blanked, so offsets stay valid; else "".
func bylinePlace(text string) string {
	i := strings.LastIndexByte(text, ',')
	if i < 0 {
		return ""
	}
	place := strings.TrimSpace(text[i+1:])
	if e := gazExact(place); e == nil || e.typ != Place {
		return ""
	}
	return strings.Repeat(" ", i+1) + text[i+1:]
}

// isBylineWithPlace: a byline paragraph (often kind meta) that names a
// known place, which is read for that place only.
func isBylineWithPlace(text string) bool {
	if len(text) >= 400 {
		return false
	}
	t, skip := bylineCheck(text)
	return skip && t != ""
}
