package main

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"quellen/corpus"
)

// searchRow is one result in JSON: the passage, its matches with byte and
// rune offsets and their text (so that jq's .text[.rune_start:.rune_end]
// works), and the article's provenance (title, outlet, URL, date).
type searchRow struct {
	Article string `json:"article"`
	provenance
	Paragraph    int         `json:"paragraph"`
	Score        float64     `json:"score"`
	Text         string      `json:"text"`
	Matches      []matchSpan `json:"matches"`
	TitleMatches []matchSpan `json:"title_matches,omitempty"`
	Partial      bool        `json:"partial,omitempty"`
	Closest      bool        `json:"closest"` // no passage has every word: this is among the closest
	Similar      bool        `json:"similar"` // some word is only here as a similar word (a typo away)
}

// matchSpan is a match: byte offsets (start, end) as everywhere, rune
// offsets, and the text matched.
type matchSpan struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	RuneStart int    `json:"rune_start"`
	RuneEnd   int    `json:"rune_end"`
	Text      string `json:"text"`
}

func matchSpans(text string, spans []corpus.Span) []matchSpan {
	out := make([]matchSpan, 0, len(spans))
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			continue
		}
		rs := utf8.RuneCountInString(text[:s.Start])
		out = append(out, matchSpan{s.Start, s.End, rs, rs + utf8.RuneCountInString(text[s.Start:s.End]), text[s.Start:s.End]})
	}
	return out
}

func searchRows(c *corpus.Corpus, hits corpus.Hits) []searchRow {
	rows := make([]searchRow, 0, len(hits.Results))
	for _, r := range hits.Results {
		row := searchRow{Article: r.Article, Paragraph: r.Paragraph, Score: r.Score, Text: r.Text,
			Matches: matchSpans(r.Text, r.Matches), Partial: r.Partial, Closest: hits.Partial, Similar: r.Similar}
		if a := c.Article(r.Article); a != nil {
			row.provenance = provenanceOf(c, r.Article)
			if len(r.TitleMatches) > 0 {
				row.TitleMatches = matchSpans(a.Title, r.TitleMatches)
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// printSearch prints the passages matching the query; like grep, it exits
// 1 when none does.
func printSearch(p *printer, c *corpus.Corpus, o options) (int, error) {
	hits, err := c.NewSearcher().Search(context.Background(), o.query, o.limit)
	if err != nil {
		return exitNoInput, err
	}
	code := exitOK
	if hits.Total == 0 {
		code = exitNoInput
	}
	if o.json {
		return code, writeJSON(p.w, map[string]any{"query": o.query, "total": hits.Total, "similar": hits.Similar, "results": searchRows(c, hits)})
	}
	close := hits.Total - hits.Similar
	switch {
	case hits.Total == 0:
		fmt.Fprintf(p.w, "No passage matches %q.\n", o.query)
		return code, nil
	case hits.Partial:
		fmt.Fprintf(p.w, "No passage has all words of %q; closest:\n", o.query)
	case hits.Similar > 0 && close == 0:
		fmt.Fprintf(p.w, "No passage matches %q; %d with similar words:\n", o.query, hits.Similar)
	case hits.Similar > 0:
		fmt.Fprintf(p.w, "%d %s %q, %d more with similar words:\n", close, plural(close, "passage matches", "passages match"), o.query, hits.Similar)
	case hits.Total > len(hits.Results):
		fmt.Fprintf(p.w, "%d passages match %q; the best %d:\n", hits.Total, o.query, len(hits.Results))
	default:
		fmt.Fprintf(p.w, "%d %s %q:\n", hits.Total, plural(hits.Total, "passage matches", "passages match"), o.query)
	}
	for _, r := range hits.Results {
		title := r.Article
		var sentences []corpus.Span
		if a := c.Article(r.Article); a != nil {
			title = p.markMatches(a.Title, r.TitleMatches)
			if r.Paragraph < len(a.Paragraphs) {
				sentences = a.Paragraphs[r.Paragraph].Sentences
			}
		}
		note := ""
		if len(r.TitleMatches) > 0 {
			note = ", words from the title"
		}
		if r.Similar {
			note += ", similar words"
		}
		fmt.Fprintf(p.w, "\n%s\n%s\n", title, p.dim(fmt.Sprintf("%s ¶%d, score %.2f%s", r.Article, r.Paragraph+1, r.Score, note)))
		text, matches := excerpt(r.Text, r.Matches, sentences)
		for _, line := range wrapLine(p.markMatches(text, matches), searchWidth) {
			fmt.Fprintf(p.w, "    %s\n", line)
		}
		if more := len(r.Matches) - len(matches); more > 0 {
			fmt.Fprintf(p.w, "    %s\n", p.dim(fmt.Sprintf("(%d more %s further on)", more, plural(more, "match", "matches"))))
		}
	}
	return code, nil
}

// searchWidth is the width passages are wrapped to, indent excluded.
const searchWidth = 76

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// dim greys out secondary text on a terminal.
func (p *printer) dim(s string) string {
	if !p.color {
		return s
	}
	return "\x1b[2m" + s + "\x1b[22m"
}

// markMatches marks each match: bold on a terminal, [brackets] in a pipe.
func (p *printer) markMatches(text string, matches []corpus.Span) string {
	open, close := "[", "]"
	if p.color {
		open, close = "\x1b[1m", "\x1b[22m"
	}
	var b strings.Builder
	at := 0
	for _, m := range matches {
		b.WriteString(text[at:m.Start])
		b.WriteString(open + text[m.Start:m.End] + close)
		at = m.End
	}
	b.WriteString(text[at:])
	return b.String()
}

// Excerpts of long passages: some context before the first match, and as
// much after as fits.
const (
	excerptRunes = 320
	contextRunes = 80
)

// excerpt cuts a long passage down to the part around its first match,
// starting with that match's sentence when it is near, else at a word, with
// "…" where text was left out. The matches are moved to the excerpt; those
// outside it are dropped.
func excerpt(text string, matches, sentences []corpus.Span) (string, []corpus.Span) {
	if utf8.RuneCountInString(text) <= excerptRunes {
		return text, matches
	}
	first := 0
	if len(matches) > 0 {
		first = matches[0].Start
	}
	start := backRunes(text, first, contextRunes)
	if start > 0 {
		if i := strings.IndexByte(text[start:first], ' '); i >= 0 {
			start += i + 1
		}
	}
	for _, sn := range sentences {
		if sn.Start <= first && first < sn.End && utf8.RuneCountInString(text[sn.Start:first]) <= 2*contextRunes {
			start = sn.Start
		}
	}
	end := len(text)
	if rest := []rune(text[start:]); len(rest) > excerptRunes {
		end = start + len(string(rest[:excerptRunes]))
		if i := strings.LastIndexByte(text[start:end], ' '); i > 0 && start+i > first {
			end = start + i
		}
	}
	prefix, suffix := "", ""
	if start > 0 {
		prefix = "… "
	}
	if end < len(text) {
		suffix = " …"
	}
	var kept []corpus.Span
	for _, m := range matches {
		if m.Start >= start && m.End <= end {
			kept = append(kept, corpus.Span{Start: m.Start - start + len(prefix), End: m.End - start + len(prefix)})
		}
	}
	return prefix + text[start:end] + suffix, kept
}

// backRunes returns the byte offset n runes before i (or 0).
func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// wrapLine breaks s into lines of at most width visible runes at spaces.
// ANSI sequences take no room.
func wrapLine(s string, width int) []string {
	var lines []string
	var line strings.Builder
	lineLen := 0
	for _, word := range strings.Split(s, " ") {
		n := visibleLen(word)
		if lineLen > 0 && lineLen+1+n > width {
			lines = append(lines, line.String())
			line.Reset()
			lineLen = 0
		}
		if lineLen > 0 {
			line.WriteByte(' ')
			lineLen++
		}
		line.WriteString(word)
		lineLen += n
	}
	return append(lines, line.String())
}

func visibleLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}
