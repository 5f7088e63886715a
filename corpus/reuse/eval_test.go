package reuse

import (
	"bufio"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"quellen/corpus/article"
)

const evalDir = "../../testdata/reuse-eval"

// goldPassage is one passage of gold.tsv.
type goldPassage struct {
	name     string
	snippets map[string]string // article -> verbatim snippet of its copy
	changes  [][2]string       // original text, copy text
	original string
}

type gold struct {
	passages []*goldPassage
	nothing  [][2]string
}

func readGold(t *testing.T) gold {
	t.Helper()
	f, err := os.Open(evalDir + "/gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var g gold
	byName := map[string]*goldPassage{}
	get := func(name string) *goldPassage {
		if byName[name] == nil {
			byName[name] = &goldPassage{name: name, snippets: map[string]string{}}
			g.passages = append(g.passages, byName[name])
		}
		return byName[name]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "copy" && len(f) == 4:
			get(f[1]).snippets[f[2]] = f[3]
		case f[0] == "change" && len(f) == 4:
			get(f[1]).changes = append(get(f[1]).changes, [2]string{f[2], f[3]})
		case f[0] == "original" && len(f) == 3:
			get(f[1]).original = f[2]
		case f[0] == "nothing" && len(f) == 3:
			g.nothing = append(g.nothing, [2]string{f[1], f[2]})
		default:
			t.Fatalf("gold.tsv: bad line %q", line)
		}
	}
	return g
}

func (gp *goldPassage) articles() []string {
	var out []string
	for a := range gp.snippets {
		out = append(out, a)
	}
	slices.Sort(out)
	return out
}

func passageArticles(p *Passage) []string {
	var out []string
	for _, c := range p.Copies {
		out = append(out, c.Article)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// matches reports whether p holds exactly gp's articles, each copy with
// its snippet.
func (gp *goldPassage) matches(p *Passage) bool {
	if !slices.Equal(gp.articles(), passageArticles(p)) {
		return false
	}
	for art, snip := range gp.snippets {
		if !slices.ContainsFunc(p.Copies, func(c Copy) bool { return c.Article == art && strings.Contains(c.Text, snip) }) {
			return false
		}
	}
	return true
}

func loadEval(t *testing.T, sub string) []*article.Article {
	t.Helper()
	fsys, err := fs.Sub(os.DirFS(evalDir+"/articles"), sub)
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := article.LoadFS(fsys)
	if sub != "." { // IDs as in gold.tsv
		for _, a := range arts {
			a.ID = sub + "/" + a.ID
		}
	}
	return arts
}

// TestEvaluation checks the detector against the hand-labelled set: all
// articles together, then the German and the English folder alone.
func TestEvaluation(t *testing.T) {
	g := readGold(t)
	for _, sub := range []string{".", "de", "en"} {
		t.Run(sub, func(t *testing.T) {
			arts := loadEval(t, sub)
			ids := map[string]bool{}
			for _, a := range arts {
				ids[a.ID] = true
			}
			ps := Find(arts)
			for i := range ps {
				t.Logf("found %s: %d words in %v, %d differences", ps[i].ID, ps[i].Words, passageArticles(&ps[i]), len(ps[i].Differences))
			}
			checkGold(t, g, ps, ids)
		})
	}
}

func checkGold(t *testing.T, g gold, ps []Passage, ids map[string]bool) {
	matched := make([]bool, len(ps))
	found := 0
	expected := 0
	for _, gp := range g.passages {
		if !all(gp.articles(), ids) {
			continue
		}
		expected++
		i := slices.IndexFunc(ps, func(p Passage) bool { return gp.matches(&p) })
		if i < 0 {
			t.Errorf("gold passage %s in %v: not found", gp.name, gp.articles())
			continue
		}
		matched[i] = true
		ok := checkPassage(t, gp, &ps[i])
		if ok {
			found++
		}
		t.Logf("gold passage %s: found as %s (%d words), changes and original ok: %v", gp.name, ps[i].ID, ps[i].Words, ok)
	}
	t.Logf("%d of %d gold passages found with their articles, changes and original", found, expected)
	for i := range ps {
		if !matched[i] {
			t.Errorf("passage %s in %v is not in gold.tsv: %q", ps[i].ID, passageArticles(&ps[i]), ps[i].Copies[0].Text)
		}
	}
	for _, pair := range g.nothing {
		for i := range ps {
			arts := passageArticles(&ps[i])
			if slices.Contains(arts, pair[0]) && slices.Contains(arts, pair[1]) {
				t.Errorf("%s and %s must share nothing, but share %s", pair[0], pair[1], ps[i].ID)
			}
		}
	}
}

func all(xs []string, in map[string]bool) bool {
	for _, x := range xs {
		if !in[x] {
			return false
		}
	}
	return true
}

// checkPassage checks a found passage's changes, original and covering.
func checkPassage(t *testing.T, gp *goldPassage, p *Passage) bool {
	ok := true
	for _, ch := range gp.changes {
		if !slices.ContainsFunc(p.Differences, func(d Difference) bool {
			return d.Original.Text == ch[0] && d.Copy.Text == ch[1]
		}) {
			t.Errorf("%s: no difference %q -> %q in %+v", gp.name, ch[0], ch[1], p.Differences)
			ok = false
		}
	}
	if len(gp.changes) == 0 && len(p.Differences) > 0 {
		t.Errorf("%s: differences where the copies agree: %+v", gp.name, p.Differences)
		ok = false
	}
	if p.Copies[0].Article != gp.original {
		t.Errorf("%s: original %s, want %s", gp.name, p.Copies[0].Article, gp.original)
		ok = false
	}
	ix := NewIndex([]Passage{*p})
	for i, c := range p.Copies {
		cv, found := ix.Cover(c.Article, c.Paragraph, c.Start, c.End)
		if !found || cv.Copy != i || cv.IsCopy() != (i != 0) || cv.Original().Article != gp.original {
			t.Errorf("%s: Cover(%s, %d, %d, %d) = %+v, %v", gp.name, c.Article, c.Paragraph, c.Start, c.End, cv, found)
			ok = false
		}
	}
	return ok
}
