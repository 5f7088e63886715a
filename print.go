package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"quellen/corpus"
)

// printer writes CLI output; styled only when stdout is a terminal.
type printer struct {
	w        io.Writer
	terminal bool
	color    bool
}

func newPrinter(w io.Writer) *printer {
	t := isTerminal(w)
	return &printer{w: w, terminal: t, color: t && os.Getenv("NO_COLOR") == ""}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func printArticles(p *printer, c *corpus.Corpus, o options) (int, error) {
	rows := articleRows(c)
	if o.json {
		return exitOK, writeJSON(p.w, map[string]any{"articles": rows})
	}
	// The source column appears only when some article names its source.
	withSource := false
	for _, r := range rows {
		withSource = withSource || r.Source != ""
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	if withSource {
		fmt.Fprintln(tw, "ID\tDATE\tLANG\tPARAS\tWORDS\tSOURCE\tTITLE")
	} else {
		fmt.Fprintln(tw, "ID\tDATE\tLANG\tPARAS\tWORDS\tTITLE")
	}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t", r.ID, orDash(r.Date), r.Lang, r.Paragraphs, r.Words)
		if withSource {
			fmt.Fprintf(tw, "%s\t", orDash(r.Source))
		}
		fmt.Fprintln(tw, r.Title)
	}
	return exitOK, tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func printFigures(p *printer, c *corpus.Corpus, o options) (int, error) {
	return exitOK, writeFigures(p, c, o)
}

func writeFigures(p *printer, c *corpus.Corpus, o options) error {
	figs, groups := c.Figures(), c.Groups()
	if o.json {
		rows := articleRows(c)
		if figs == nil {
			figs = []*corpus.Figure{}
		}
		if groups == nil {
			groups = []*corpus.Group{}
		}
		return writeJSON(p.w, map[string]any{"articles": rows, "figures": figs, "groups": groups})
	}
	switch o.format {
	case "markdown", "md":
		return corpus.WriteMarkdownAll(p.w, figs, groups, c.Origin)
	case "csv":
		return corpus.WriteCSV(p.w, figs, groups, c.Origin)
	}
	// People read outlets, not headlines, where an outlet is known.
	name := func(id string) string {
		if a := c.Article(id); a != nil && a.Source != "" {
			return a.Source
		} else if a != nil {
			return a.Title
		}
		return id
	}
	return printFigureText(p.w, figs, groups, name)
}

// printFigureText prints one block per group (label, spread, sources and
// independent sources, the claims several articles repeat, then one
// aligned row per figure by date: date, source, figure as written, value,
// qualifier, attribution, what it copies), then the figures no other
// source reports, briefly.
func printFigureText(w io.Writer, figs []*corpus.Figure, groups []*corpus.Group, title func(string) string) error {
	short := func(s string, n int) string {
		if r := []rune(s); len(r) > n {
			return strings.TrimSpace(string(r[:n-1])) + "…"
		}
		return s
	}
	for i, g := range groups {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s\n  %s · %d sources, %d independent · %s\n", g.Label, g.Spread(), g.Sources, g.Independent, g.Kind)
		for _, cl := range g.Claims {
			fmt.Fprintf(w, "  one claim of %s, reported by %d articles\n", cl.Source, cl.Articles)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		dated, undated := g.Timeline()
		for _, f := range append(dated, undated...) {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s%s\n", orDash(f.Date), short(title(f.Article), 40), short(f.Text, 50),
				f.ValueText(), f.QualifierText(), orDash(f.Attribution), copyNote(f, title))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	var rest []*corpus.Figure
	for _, f := range figs {
		if f.Group < 0 {
			rest = append(rest, f)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	if len(groups) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Reported by one source only (%d)\n", len(rest))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, f := range rest {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", short(title(f.Article), 30), short(f.Text, 50), f.ValueText(), f.QualifierText(), orDash(f.Attribution))
	}
	return tw.Flush()
}

// copyNote says which article a figure's sentence was copied from, and
// whether the copy changed the figure.
func copyNote(f *corpus.Figure, title func(string) string) string {
	switch {
	case f.CopyOf == "":
		return ""
	case f.Revised:
		return "\t(revised copy of " + strings.TrimSpace(title(f.CopyOf)) + ")"
	}
	return "\t(copy of " + strings.TrimSpace(title(f.CopyOf)) + ")"
}

func printEntities(p *printer, c *corpus.Corpus, o options) (int, error) {
	return exitOK, writeEntities(p, c, o)
}

func writeEntities(p *printer, c *corpus.Corpus, o options) error {
	ents := c.Entities()
	if o.json {
		if ents == nil {
			ents = []*corpus.Entity{}
		}
		return writeJSON(p.w, map[string]any{"entities": ents, "articles": articleRows(c)})
	}
	if len(ents) == 0 {
		_, err := fmt.Fprintln(p.w, "no entities found")
		return err
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	for i, t := range entityTypeOrder {
		group := entitiesOfType(ents, t)
		if len(group) == 0 {
			continue
		}
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "%s (%d)\n", entityTypeTitle[t], len(group))
		fmt.Fprintln(tw, "  NAME\tMENTIONS\tARTICLES\tALIASES")
		for _, e := range group {
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%s\n", e.Name, len(e.Mentions), e.Articles(), orDash(strings.Join(e.Aliases, ", ")))
		}
	}
	return tw.Flush()
}

var entityTypeOrder = []corpus.EntityType{corpus.Person, corpus.Place, corpus.Org, corpus.Other}

var entityTypeTitle = map[corpus.EntityType]string{
	corpus.Person: "PEOPLE", corpus.Place: "PLACES", corpus.Org: "ORGANISATIONS", corpus.Other: "OTHER",
}

// entitiesOfType keeps the corpus order: most mentioned first.
func entitiesOfType(ents []*corpus.Entity, t corpus.EntityType) []*corpus.Entity {
	var out []*corpus.Entity
	for _, e := range ents {
		if e.Type == t {
			out = append(out, e)
		}
	}
	return out
}
