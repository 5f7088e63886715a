package figures

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Exports of the comparison for reports: Markdown tables and CSV rows.

// WriteMarkdownAll writes one section per group (its label, spread and
// number of sources, then a table of the figures with their source
// article), then the figures of figs no other source reports (Group < 0)
// in one brief table, so that a report holds every figure found.
func WriteMarkdownAll(w io.Writer, figs []*Figure, groups []*Group, titles func(articleID string) string) error {
	ew := &errWriter{w: w}
	ew.printf("# Figures compared\n")
	for _, g := range groups {
		ew.printf("\n## %s\n\n%s · %d sources · %s\n\n", mdEscape(g.Label), g.Spread(), g.Sources, g.Kind)
		ew.printf("| Source | Figure | Value | Qualifier | Attribution |\n| --- | --- | --- | --- | --- |\n")
		for _, f := range g.Figures {
			ew.printf("| %s | %s | %s | %s | %s |\n", mdEscape(titles(f.Article)), mdEscape(f.Text),
				f.ValueText(), f.QualifierText(), mdEscape(orNone(f.Attribution)))
		}
	}
	var rest []*Figure
	for _, f := range figs {
		if f.Group < 0 {
			rest = append(rest, f)
		}
	}
	if len(rest) > 0 {
		ew.printf("\n## Reported by one source only (%d)\n\n", len(rest))
		ew.printf("| Source | Figure | Qualifier | Attribution |\n| --- | --- | --- | --- |\n")
		for _, f := range rest {
			ew.printf("| %s | %s | %s | %s |\n", mdEscape(titles(f.Article)), mdEscape(f.Text),
				f.QualifierText(), mdEscape(orNone(f.Attribution)))
		}
	}
	return ew.err
}

// WriteCSV writes one row per grouped figure, with the group's columns
// repeated, so a spreadsheet can sort and filter it.
func WriteCSV(w io.Writer, groups []*Group, titles func(articleID string) string) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"group", "label", "kind", "unit", "sources", "group_low", "group_high",
		"article", "title", "figure", "value", "low", "high", "qualifier", "estimate", "disputed", "attribution", "attribution_text", "sentence"})
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	opt := func(p *float64) string {
		if p == nil {
			return ""
		}
		return num(*p)
	}
	// Text from the articles is defused; numbers are written by us.
	t := csvText
	for _, g := range groups {
		for _, f := range g.Figures {
			cw.Write([]string{strconv.Itoa(g.ID), t(g.Label), string(g.Kind), t(g.Unit), strconv.Itoa(g.Sources),
				num(g.Low), num(g.High), t(f.Article), t(titles(f.Article)), t(f.Text), num(f.Value), opt(f.Low), opt(f.High),
				f.Qualifier.Words(), strconv.FormatBool(f.Estimate), strconv.FormatBool(f.Disputed), t(f.Attribution),
				t(f.AttributionText), t(f.Sentence)})
		}
	}
	cw.Flush()
	return cw.Error()
}

func orNone(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// csvText defuses a cell that a spreadsheet would run as a formula: one
// starting with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, as OWASP recommends against CSV injection.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// mdSpecial are the characters that make markup of a table cell: pipes end
// it, brackets make links and images, angle brackets HTML and autolinks,
// backticks code spans, and the backslash escapes them all.
var mdSpecial = strings.NewReplacer(`\`, `\\`, "|", `\|`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "`", "\\`")

// mdEscape keeps a cell inside its table and its text as text: markup
// characters escaped, no line breaks.
func mdEscape(s string) string {
	return strings.Join(strings.Fields(mdSpecial.Replace(s)), " ")
}

// errWriter remembers the first write error so callers check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
