package figures

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Exports of the comparison for reports: Markdown tables and CSV rows.

// FormatValue writes a value for people: digit groups separated by thin
// spaces below a million ("1 500", "12 000"), words above ("1.3 million",
// "20 billion").
func FormatValue(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	abs := math.Abs(v)
	switch {
	case abs >= 1e12:
		return strconv.FormatFloat(v/1e12, 'g', 4, 64) + " trillion"
	case abs >= 1e9:
		return strconv.FormatFloat(v/1e9, 'g', 4, 64) + " billion"
	case abs >= 1e6:
		return strconv.FormatFloat(v/1e6, 'g', 4, 64) + " million"
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// FormatValueLang writes a value for readers of a language: as FormatValue
// in English; in German with a decimal comma and "Mio."/"Mrd." ("3,2 Mrd.").
func FormatValueLang(v float64, lang string) string {
	if lang != "de" || math.Abs(v) < 1e6 || math.IsNaN(v) || math.IsInf(v, 0) {
		return FormatValue(v)
	}
	abs, unit, div := math.Abs(v), " Mio.", 1e6
	switch {
	case abs >= 1e12:
		unit, div = " Bio.", 1e12
	case abs >= 1e9:
		unit, div = " Mrd.", 1e9
	}
	return strings.Replace(strconv.FormatFloat(v/div, 'g', 4, 64), ".", ",", 1) + unit
}

// FormatSpread writes a range compactly for a pane or a report: "3 Mrd. –
// 9 Mrd." (de), "3 billion – 9 billion" (en), one value when low == high.
func FormatSpread(low, high float64, lang string) string {
	if low == high {
		return FormatValueLang(low, lang)
	}
	return FormatValueLang(low, lang) + " – " + FormatValueLang(high, lang)
}

// Spread writes a group's lowest and highest value: "10 000 – 30 000".
func (g *Group) Spread() string {
	if g.Low == g.High {
		return FormatValue(g.Low)
	}
	return FormatValue(g.Low) + " – " + FormatValue(g.High)
}

// QualifierText is a figure's qualifier with its estimate and disputed
// flags: "approx, estimate", "exact, disputed".
func (f *Figure) QualifierText() string {
	q := string(f.Qualifier)
	if f.Estimate {
		q += ", estimate"
	}
	if f.Disputed {
		q += ", disputed"
	}
	return q
}

// WriteMarkdown writes one section per group: its label, spread and number
// of sources, then a table of the figures with their source article.
func WriteMarkdown(w io.Writer, groups []*Group, titles func(articleID string) string) error {
	return WriteMarkdownAll(w, nil, groups, titles)
}

// WriteMarkdownAll writes the groups as WriteMarkdown does, then the
// figures of figs no other source reports (Group < 0) in one brief table,
// so that a report holds every figure found.
func WriteMarkdownAll(w io.Writer, figs []*Figure, groups []*Group, titles func(articleID string) string) error {
	ew := &errWriter{w: w}
	ew.printf("# Figures compared\n")
	for _, g := range groups {
		ew.printf("\n## %s\n\n%s · %d sources · %s\n\n", mdEscape(g.Label), g.Spread(), g.Sources, g.Kind)
		ew.printf("| Source | Figure | Value | Qualifier | Attribution |\n| --- | --- | --- | --- | --- |\n")
		for _, f := range g.Figures {
			ew.printf("| %s | %s | %s | %s | %s |\n", mdEscape(titles(f.Article)), mdEscape(f.Text),
				FormatValue(f.Value), f.QualifierText(), mdEscape(orNone(f.Attribution)))
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
				string(f.Qualifier), strconv.FormatBool(f.Estimate), strconv.FormatBool(f.Disputed), t(f.Attribution),
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
