package figures

import (
	"fmt"
	"testing"

	"quellen/corpus/article"
	"quellen/seeds"
)

func TestDebugStoryMatrix(t *testing.T) {
	u, _ := article.LoadPaths([]string{"../../testdata/unseen/articles"})
	s, _ := article.LoadFS(seeds.FS())
	for _, arts := range [][]*article.Article{s, append(u, s...)} {
		var sigs []*storySig
		for _, a := range arts {
			sigs = append(sigs, signature(a))
		}
		x := newStoryIndexSigs(sigs)
		for _, a := range sigs {
			line := fmt.Sprintf("%-14.14s", a.article)
			for _, b := range sigs {
				c := " "
				if x.same(a, b) {
					c = "*"
				}
				line += fmt.Sprintf(" %3.0f%s", 100*x.similarity(a, b), c)
			}
			t.Log(line)
		}
	}
}
