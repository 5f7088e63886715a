package figures

import (
	"strings"

	"quellen/corpus/article"
)

// Headlines: a title figure counts once when the body repeats it.

// dropRepeatedHeadline drops a headline figure the body repeats (same value
// and unit family): a title and its article are one report, not two.
// Plain text keeps its title as the first paragraph, which counts alike.
func dropRepeatedHeadline(a *article.Article, figs []*Figure) []*Figure {
	title := strings.TrimSpace(a.Title)
	inTitle := func(f *Figure) bool {
		return f.Paragraph < 0 || title != "" && f.Paragraph < len(a.Paragraphs) &&
			strings.TrimSpace(a.Paragraphs[f.Paragraph].Text) == title
	}
	out := figs[:0]
	for _, f := range figs {
		if !inTitle(f) || !repeatedInBody(f, figs, inTitle) {
			out = append(out, f)
		}
	}
	return out
}

func repeatedInBody(h *Figure, figs []*Figure, inTitle func(*Figure) bool) bool {
	for _, f := range figs {
		if !inTitle(f) && f.Value == h.Value && f.Kind == h.Kind && sameUnitFamily(f.Unit, h.Unit) {
			// The body figure keeps the headline's claim for grouping.
			f.headlineAttr = append(f.headlineAttr, h.Attribution)
			return true
		}
	}
	return false
}

// sameUnitFamily: equal units, or one side counts only "people" or
// nothing named, which the other side names more precisely ("14" in a
// headline and "14 Tote" in the body).
func sameUnitFamily(a, b string) bool {
	return a == b || a == "" || b == "" || a == "people" || b == "people"
}

// headline is the article's title as a paragraph (Index -1) when no
// paragraph holds it: HTML and Markdown take the title out of the text,
// plain text keeps it as its first paragraph, and a headline figure ("14
// Tote, Schaden bis zu drei Milliarden Euro") must count alike in both.
func headline(a *article.Article) (article.Paragraph, bool) {
	title := strings.TrimSpace(a.Title)
	if title == "" || !mayHoldNumber(title) {
		return article.Paragraph{}, false
	}
	for i := range a.Paragraphs {
		if strings.TrimSpace(a.Paragraphs[i].Text) == title {
			return article.Paragraph{}, false
		}
	}
	return article.Paragraph{Index: -1, Kind: article.Heading, Text: title, Sentences: article.SplitSentences(title)}, true
}

// mayHoldNumber is a quick scan for a digit or a word that may start a
// number word; most paragraphs of prose have neither and skip tokenizing.
func mayHoldNumber(text string) bool {
	var buf [4]byte
	inWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if isDigit(c) {
			return true
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
		if letter && !inWord {
			n := 0
			for j := i; j < len(text) && n < 4; j++ {
				d := text[j]
				if d >= 'A' && d <= 'Z' {
					d += 'a' - 'A'
				} else if !(d >= 'a' && d <= 'z' || d >= 0x80) {
					break
				}
				buf[n] = d
				n++
			}
			if numberWordPrefixes[string(buf[:n])] {
				return true
			}
		}
		inWord = letter
	}
	return false
}
