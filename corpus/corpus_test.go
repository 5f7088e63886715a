package corpus

import (
	"context"
	"sync"
	"testing"

	"quellen/seeds"
)

// TestFacade checks that the lazy analyses are wired to the right packages
// and agree with each other, also when first asked for concurrently.
func TestFacade(t *testing.T) {
	arts, warns := LoadFS(seeds.FS())
	if len(arts) != 5 || len(warns) != 0 {
		t.Fatalf("loaded %d seeds, warnings %v", len(arts), warns)
	}
	c := New(arts, warns)

	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Figures()
			c.Entities()
			c.Index()
		}()
	}
	wg.Wait()

	if c.Article(arts[0].ID) != arts[0] || c.Article("missing.txt") != nil {
		t.Errorf("Article lookup is wrong")
	}
	n := 0
	for _, g := range c.Groups() {
		n += len(g.Figures)
	}
	if len(c.Figures()) == 0 || n == 0 || n > len(c.Figures()) {
		t.Errorf("%d figures, %d of them grouped", len(c.Figures()), n)
	}
	if len(c.Entities()) == 0 {
		t.Fatal("no entities in the seeds")
	}
	m := c.Entities()[0].Mentions[0]
	found := false
	for _, e := range c.EntityIndex().In(m.Article, m.Paragraph) {
		found = found || e == c.Entities()[0]
	}
	if !found {
		t.Errorf("EntityIndex().In(%s, %d) lacks %q", m.Article, m.Paragraph, c.Entities()[0].Name)
	}
	res, err := c.Index().Search(context.Background(), "Wladiwostok", 3)
	if err != nil || len(res) == 0 {
		t.Errorf("search for Wladiwostok: %d results, %v", len(res), err)
	}
}
