package ui

import (
	"fmt"
	"slices"
	"strings"

	"quellen/corpus"
)

// Provenance in the comparison: how many sources are independent, which
// are copies and of what, which claims one authority made, and how the
// figures moved over time.

// orderSources puts each copy right under the source it copies, so that
// an agency's paragraph and its reprints read together.
func orderSources(sources [][]*corpus.Figure) [][]*corpus.Figure {
	copyOf := func(figs []*corpus.Figure) string { return figs[0].CopyOf }
	has := map[string]bool{}
	for _, figs := range sources {
		has[figs[0].Article] = true
	}
	var out [][]*corpus.Figure
	for _, figs := range sources {
		if c := copyOf(figs); c != "" && has[c] {
			continue // placed under its original below
		}
		out = append(out, figs)
		for _, other := range sources {
			if copyOf(other) == figs[0].Article {
				out = append(out, other)
			}
		}
	}
	return out
}

// summary is the line under a group's label: its spread, its sources and
// how many of them are independent, and the claims reported several times.
func (m *compareModel) summary(w int) []string {
	st := m.c.styles
	g := m.group
	line := g.Spread() + " · " + plural(g.Sources, "source", "sources")
	line += fmt.Sprintf(", %d independent", g.Independent)
	out := []string{st.Dim.Render(truncate(line, w))}
	for _, cl := range g.Claims {
		out = append(out, st.Dim.Render(truncate(fmt.Sprintf("one claim of %s, reported by %d articles", cl.Source, cl.Articles), w)))
	}
	return out
}

// copyNote is how a figure's copy relation reads in a column.
func (m *compareModel) copyNote(f *corpus.Figure) string {
	if f.CopyOf == "" {
		return ""
	}
	name := sourceName(m.c.corpus.Article(f.CopyOf), f.CopyOf)
	if f.Revised {
		return "revised copy of " + name
	}
	return "copy of " + name
}

// timeline lists the group's figures by their articles' dates, one row
// per date and outlet with its values in text order ("rose from 9 to 14
// within a week" reads down the rows); figures of undated articles follow
// apart, never at a guessed date. Nothing when no article is dated.
func (m *compareModel) timeline(w int) []string {
	st := m.c.styles
	dated, undated := m.group.Timeline()
	if len(dated) == 0 {
		return nil
	}
	dateW := 0
	for _, f := range dated {
		dateW = max(dateW, len(f.Date))
	}
	nameW := clamp(w/4, 8, 22)
	out := []string{st.Label.Render("Over time")}
	last := ""
	for _, row := range m.byArticle(dated) {
		date := row.date
		if date == last {
			date = "" // one date, several outlets
		}
		last = row.date
		line := pad(date, dateW) + "  " + pad(truncate(row.name, nameW), nameW) + "  " + strings.Join(row.values, ", ")
		out = append(out, st.Dim.Render(truncate(line, w)))
	}
	if len(undated) > 0 {
		var names []string
		for _, row := range m.byArticle(undated) {
			names = append(names, row.name+" "+strings.Join(row.values, ", "))
		}
		for _, l := range wrapLines("no date: "+strings.Join(names, "; "), w) {
			out = append(out, st.Dim.Render(l))
		}
	}
	return out
}

// timeRow is one article's figures in a timeline.
type timeRow struct {
	date, name string
	values     []string
}

// byArticle folds a timeline's figures into one row per article (they come
// ordered by date, an article's figures together), each value once, a
// copy's value with what it copies.
func (m *compareModel) byArticle(figs []*corpus.Figure) []timeRow {
	var rows []timeRow
	lastArticle := ""
	for _, f := range figs {
		v := f.ValueText()
		if note := m.copyNote(f); note != "" {
			v += " (" + note + ")"
		}
		if f.Article == lastArticle {
			if r := &rows[len(rows)-1]; !slices.Contains(r.values, v) {
				r.values = append(r.values, v)
			}
			continue
		}
		lastArticle = f.Article
		rows = append(rows, timeRow{date: f.Date, name: sourceName(m.c.corpus.Article(f.Article), f.Article), values: []string{v}})
	}
	return rows
}
