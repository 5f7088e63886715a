package figures

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Exports of the comparison for reports: Markdown tables and CSV rows.

// Origin is what an export says of a figure's article: the outlet, the
// headline, the date and the address.
type Origin struct{ Source, Title, Date, URL string }

// Origins looks up the origin of an article by its ID.
type Origins func(articleID string) Origin

// name is how a table names an article: the outlet, else the headline.
func (o Origin) name() string {
	if o.Source != "" {
		return o.Source
	}
	return o.Title
}

// WriteMarkdownAll writes one section per group (its label, spread,
// sources and independent sources, then a table of the figures by date
// with their article's outlet, title, date and address), then the figures
// of figs no other source reports (Group < 0) in one table, so that a
// report holds every figure found.
func WriteMarkdownAll(w io.Writer, figs []*Figure, groups []*Group, origin Origins) error {
	ew := &errWriter{w: w}
	ew.printf("# Figures compared\n")
	const head = "| Source | Title | Date | URL | Figure | Value | Qualifier | Attribution | Copy of |\n" +
		"| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
	row := func(f *Figure) {
		o := origin(f.Article)
		copyOf := ""
		if f.CopyOf != "" {
			copyOf = origin(f.CopyOf).name()
			if f.Revised {
				copyOf += " (revised)"
			}
		}
		ew.printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", mdEscape(orNone(o.Source)), mdEscape(o.Title), mdEscape(orNone(o.Date)),
			mdEscape(o.URL), mdEscape(f.Text), f.ValueText(), f.QualifierText(), mdEscape(orNone(f.Attribution)), mdEscape(copyOf))
	}
	for _, g := range groups {
		ew.printf("\n## %s\n\n%s · %d sources, %d independent · %s\n\n", mdEscape(g.Label), g.Spread(), g.Sources, g.Independent, g.Kind)
		ew.printf("%s", head)
		dated, undated := g.Timeline()
		for _, f := range append(dated, undated...) {
			row(f)
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
		ew.printf("%s", head)
		for _, f := range rest {
			row(f)
		}
	}
	return ew.err
}

// WriteCSV writes one row per figure, grouped ones first with their
// group's columns repeated (empty for a figure no other source reports),
// so that a spreadsheet can sort and filter every figure a report holds.
func WriteCSV(w io.Writer, figs []*Figure, groups []*Group, origin Origins) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"group", "label", "kind", "unit", "sources", "group_low", "group_high",
		"article", "title", "figure", "value", "low", "high", "qualifier", "estimate", "disputed", "attribution", "attribution_text", "sentence",
		"source", "date", "url", "independent", "copy_of", "revised"})
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	opt := func(p *float64) string {
		if p == nil {
			return ""
		}
		return num(*p)
	}
	// Text from the articles is defused; numbers are written by us.
	t := csvText
	write := func(g *Group, f *Figure) {
		o := origin(f.Article)
		gcols := make([]string, 7)
		independent := ""
		if g != nil {
			gcols = []string{strconv.Itoa(g.ID), t(g.Label), string(g.Kind), t(g.Unit), strconv.Itoa(g.Sources), num(g.Low), num(g.High)}
			independent = strconv.Itoa(g.Independent)
		}
		cw.Write(append(gcols, t(f.Article), t(o.Title), t(f.Text), num(f.Value), opt(f.Low), opt(f.High),
			f.Qualifier.Words(), strconv.FormatBool(f.Estimate), strconv.FormatBool(f.Disputed), t(f.Attribution),
			t(f.AttributionText), t(f.Sentence), t(o.Source), t(o.Date), t(o.URL), independent, t(f.CopyOf), strconv.FormatBool(f.Revised)))
	}
	for _, g := range groups {
		dated, undated := g.Timeline()
		for _, f := range append(dated, undated...) {
			write(g, f)
		}
	}
	for _, f := range figs {
		if f.Group < 0 {
			write(nil, f)
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
