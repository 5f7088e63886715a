package main

import (
	"fmt"
	"strings"

	"quellen/corpus"
)

// sharedCopy is one article's copy of a shared passage, with the article's
// provenance so that a JSON reader needs no second lookup.
type sharedCopy struct {
	corpus.PassageCopy
	provenance
	// Original marks the copy the others are taken to come from.
	Original bool `json:"original"`
}

type sharedPassage struct {
	ID          string                     `json:"id"`
	Words       int                        `json:"words"`
	Copies      []sharedCopy               `json:"articles"`
	Differences []corpus.PassageDifference `json:"differences"`
}

// printShared lists the passages that several articles share, the most
// reused first: in JSON every copy with its span and provenance, as text one
// block per passage with its original's words and each copy's changes.
func printShared(p *printer, c *corpus.Corpus, o options) (int, error) {
	return exitOK, writeShared(p, c, o)
}

func writeShared(p *printer, c *corpus.Corpus, o options) error {
	ps := c.Shared()
	rows := make([]sharedPassage, 0, len(ps))
	for _, ps := range ps {
		row := sharedPassage{ID: ps.ID, Words: ps.Words, Differences: ps.Differences}
		if row.Differences == nil {
			row.Differences = []corpus.PassageDifference{}
		}
		for i, cp := range ps.Copies {
			row.Copies = append(row.Copies, sharedCopy{cp, provenanceOf(c, cp.Article), i == 0})
		}
		rows = append(rows, row)
	}
	if o.json {
		return writeJSON(p.w, map[string]any{"passages": rows})
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(p.w, "no passages shared by two or more articles")
		return err
	}
	for i, r := range rows {
		if i > 0 {
			fmt.Fprintln(p.w)
		}
		printSharedText(p, r)
	}
	return nil
}

func printSharedText(p *printer, r sharedPassage) {
	fmt.Fprintf(p.w, "%s · %d words · in %d %s\n", r.ID, r.Words, len(r.Copies), plural(len(r.Copies), "article", "articles"))
	for _, line := range wrapLine(r.Copies[0].Text, 76) {
		fmt.Fprintf(p.w, "  %s\n", line)
	}
	changes := map[int][]string{} // by copy
	for _, d := range r.Differences {
		changes[d.Copy.Copy] = append(changes[d.Copy.Copy], fmt.Sprintf("%q → %q", d.Original.Text, d.Copy.Text))
	}
	for i, cp := range r.Copies {
		role := "copy    "
		if i == 0 {
			role = "original"
		}
		where := fmt.Sprintf("%s ¶%d", cp.Article, cp.Paragraph+1)
		var prov []string
		for _, s := range []string{cp.Source, cp.Date} {
			if s != "" {
				prov = append(prov, s)
			}
		}
		line := fmt.Sprintf("  %s  %s", role, where)
		if len(prov) > 0 {
			line += "  " + p.dim(strings.Join(prov, ", "))
		}
		if ch := changes[i]; len(ch) > 0 {
			line += "  changed: " + strings.Join(ch, ", ")
		}
		fmt.Fprintln(p.w, line)
	}
}
