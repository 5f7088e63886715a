package reuse

import (
	"os"
	"slices"
	"strings"
	"testing"

	"quellen/corpus/article"
)

// TestEvalSet checks testdata/reuse-eval-2 (written and labelled before the
// code ran on it): every agency paragraph is found with exactly the
// articles that print it, the original first, and its changed words; the
// articles that wrote their own text, or translated, share nothing with it.
func TestEvalSetTwo(t *testing.T) {
	arts, _ := article.LoadFS(os.DirFS("../../testdata/reuse-eval-2/articles"))
	if len(arts) != 14 {
		t.Fatalf("%d articles", len(arts))
	}
	ps := Find(arts)

	data, err := os.ReadFile("../../testdata/reuse-eval-2/gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n")[1:] {
		f := strings.Split(line, "\t")
		kind, want := f[0], strings.Split(f[1], ",")
		switch kind {
		case "passage":
			p := passageWith(ps, f[2])
			if p == nil {
				t.Errorf("no passage holds %q", f[2])
				continue
			}
			var got []string
			for _, c := range p.Copies {
				got = append(got, c.Article)
			}
			if got[0] != want[0] {
				t.Errorf("%q: original %s, want %s", f[2], got[0], want[0])
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%q: articles %v, want %v", f[2], got, want)
			}
			if !slices.ContainsFunc(p.Differences, func(d Difference) bool { return d.Original.Text == f[3] && d.Copy.Text == f[4] }) {
				t.Errorf("%q: differences %+v lack %q -> %q", f[2], p.Differences, f[3], f[4])
			}
		case "apart":
			for _, p := range ps {
				n := 0
				for _, c := range p.Copies {
					if slices.Contains(want, c.Article) {
						n++
					}
				}
				if n >= 2 {
					t.Errorf("passage %q is shared by %d of %v", p.Copies[0].Text, n, want)
				}
			}
		}
	}
	if len(ps) != 3 {
		for _, p := range ps {
			t.Logf("passage (%d words): %q", p.Words, p.Copies[0].Text)
		}
		t.Errorf("%d passages, want the 3 of the gold", len(ps))
	}
}

func passageWith(ps []Passage, snippet string) *Passage {
	for i := range ps {
		if strings.Contains(ps[i].Copies[0].Text, snippet) {
			return &ps[i]
		}
	}
	return nil
}
