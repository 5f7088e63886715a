package main

import "quellen/corpus"

// provenance is where an article comes from: every --json result carries
// it, so that a reader of the output can cite without a second lookup.
type provenance struct {
	Title  string `json:"title"`
	Source string `json:"source"`
	URL    string `json:"url"`
	Date   string `json:"date"`
}

func provenanceOf(c *corpus.Corpus, id string) provenance {
	a := c.Article(id)
	if a == nil {
		return provenance{}
	}
	return provenance{Title: a.Title, Source: a.Source, URL: a.URL, Date: a.Date}
}

type articleRow struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Date       string `json:"date"`
	Source     string `json:"source"`
	URL        string `json:"url"`
	Lang       string `json:"lang"`
	Paragraphs int    `json:"paragraphs"`
	Words      int    `json:"words"`
}

func articleRows(c *corpus.Corpus) []articleRow {
	rows := make([]articleRow, 0, len(c.Articles))
	for _, a := range c.Articles {
		rows = append(rows, articleRow{a.ID, a.Title, a.Date, a.Source, a.URL, a.Lang, len(a.Paragraphs), a.Words})
	}
	return rows
}
