package corpus

import (
	"context"
	"fmt"
	"testing"
)

func TestTry(t *testing.T) {
	c := seedCorpus(t)
	ix := c.Index()
	for _, q := range []string{"pjongjang", "wladiwostok 1500", "sechs parteien", "atomuboote", "strasse", "budanow", "budanov", "tikonov"} {
		res, err := ix.Search(context.Background(), q, 3)
		fmt.Println("==", q, err)
		for _, r := range res {
			fmt.Println(r.Article, r.Paragraph, r.Score, r.Matches)
			for _, m := range r.Matches {
				fmt.Printf("  [%s]", r.Text[m.Start:m.End])
			}
			fmt.Println()
		}
	}
}
