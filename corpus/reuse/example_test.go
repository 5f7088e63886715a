package reuse_test

import (
	"fmt"

	"quellen/corpus/article"
	"quellen/corpus/reuse"
)

func body(id, date, text string) *article.Article {
	return &article.Article{ID: id, Date: date, Lang: "en", Paragraphs: []article.Paragraph{{Kind: article.Body, Text: text}}}
}

// Two outlets print one Reuters paragraph, one with an updated figure; a
// figure's sentence in the second is found to be a copy of the first.
func Example() {
	wire := "Dockworkers at the port of Carrow Bay walked off the job on Monday, leaving at least 1,200 containers stranded on the quays."
	arts := []*article.Article{
		body("herald.md", "2024-09-09", "CARROW BAY (Reuters) - "+wire),
		body("post.md", "2024-09-10", "Dockworkers at the port of Carrow Bay walked off the job on Monday, leaving at least 1,400 containers stranded on the quays."),
	}
	passages := reuse.Find(arts)
	for _, p := range passages {
		fmt.Printf("%d words in %d articles\n", p.Words, p.Articles())
		for _, c := range p.Copies {
			fmt.Printf("  %s [%d:%d] tag %q\n", c.Article, c.Start, c.End, c.Tag)
		}
		for _, d := range p.Differences {
			fmt.Printf("  %q in %s, %q in %s\n", d.Original.Text, p.Copies[d.Original.Copy].Article, d.Copy.Text, p.Copies[d.Copy.Copy].Article)
		}
	}
	ix := reuse.NewIndex(passages)
	if c, ok := ix.Cover("post.md", 0, 0, 124); ok {
		fmt.Printf("post.md copies %s; changed: %q\n", c.Original().Article, c.Differences[0].Copy.Text)
	}
	// Output:
	// 22 words in 2 articles
	//   herald.md [23:147] tag "Reuters"
	//   post.md [0:124] tag ""
	//   "1,200" in herald.md, "1,400" in post.md
	// post.md copies herald.md; changed: "1,400"
}
