package entities

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
)

// The evaluation set of issue 14 (testdata/entities-eval, see its
// README.md): invented articles about organisations, groups and places no
// list knows, and a gold table of FOUND, SAME, DIFF and NOT checks.

const evalDir = "../../testdata/entities-eval"

// goldCheck is one row of a gold.tsv.
type goldCheck struct {
	line                     int
	kind, article, a, b, typ string
	note                     string
}

func readGold(t testing.TB, path string) []goldCheck {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldCheck
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if n == 1 || sc.Text() == "" {
			continue
		}
		if len(cols) != 6 {
			t.Fatalf("%s:%d: %d columns, want 6", path, n, len(cols))
		}
		out = append(out, goldCheck{n, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// loadEvalArticles loads one articles folder; prefix is put before the IDs
// so that two parts of the set can be loaded together.
func loadEvalArticles(t testing.TB, dir, prefix string) []*article.Article {
	t.Helper()
	arts, warns := article.LoadFS(os.DirFS(dir))
	for _, w := range warns {
		t.Logf("warning: %s", w)
	}
	if len(arts) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	for _, a := range arts {
		a.ID = prefix + a.ID
	}
	return arts
}

// evalScore is how many checks of one kind hold.
type evalScore struct{ held, total int }

func (s evalScore) share() float64 { return float64(s.held) / float64(max(s.total, 1)) }

func (s evalScore) String() string {
	return fmt.Sprintf("%5.1f%% (%d/%d)", 100*s.share(), s.held, s.total)
}

// evalWorld answers the checks: which entities are mentioned as a name.
type evalWorld struct {
	arts   map[string]*article.Article
	byText map[string][]*Entity           // whitespace-normalised mention text -> entities
	inArt  map[[2]string][]*Entity        // (article, text) -> entities
	paras  map[ParaRef][]Mention          // every mention by paragraph
	owner  map[ParaRef]map[[2]int]*Entity // mention span -> entity
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func newEvalWorld(arts []*article.Article, ents []*Entity) *evalWorld {
	w := &evalWorld{arts: map[string]*article.Article{}, byText: map[string][]*Entity{},
		inArt: map[[2]string][]*Entity{}, paras: map[ParaRef][]Mention{}, owner: map[ParaRef]map[[2]int]*Entity{}}
	for _, a := range arts {
		w.arts[a.ID] = a
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			txt := normSpace(m.Text)
			w.byText[txt] = appendOnce(w.byText[txt], e)
			k := [2]string{m.Article, txt}
			w.inArt[k] = appendOnce(w.inArt[k], e)
			ref := ParaRef{m.Article, m.Paragraph}
			w.paras[ref] = append(w.paras[ref], m)
			if w.owner[ref] == nil {
				w.owner[ref] = map[[2]int]*Entity{}
			}
			w.owner[ref][[2]int{m.Start, m.End}] = e
		}
	}
	return w
}

func appendOnce(l []*Entity, e *Entity) []*Entity {
	for _, x := range l {
		if x == e {
			return l
		}
	}
	return append(l, e)
}

// shared returns an entity mentioned both as a and as b, or nil.
func (w *evalWorld) shared(a, b string) *Entity {
	for _, x := range w.byText[a] {
		for _, y := range w.byText[b] {
			if x == y {
				return x
			}
		}
	}
	return nil
}

// occurrences finds name in the article's paragraphs on word boundaries,
// any run of white space matching one blank.
func occurrences(a *article.Article, name string) [][3]int {
	words := strings.Fields(name)
	var out [][3]int
	for p, par := range a.Paragraphs {
		text := par.Text
		for off := 0; ; {
			i := strings.Index(text[off:], words[0])
			if i < 0 {
				break
			}
			start := off + i
			end := start + len(words[0])
			off = end
			for _, wd := range words[1:] {
				rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
				if len(rest) == len(text[end:]) || !strings.HasPrefix(rest, wd) {
					end = -1
					break
				}
				end = len(text) - len(rest) + len(wd)
			}
			if end > 0 && boundary(text, start, end) {
				out = append(out, [3]int{p, start, end})
			}
		}
	}
	return out
}

func boundary(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return !(start > 0 && isWordRune(before)) && !(end < len(text) && isWordRune(after))
}

// holds decides one check and explains a failure.
func (w *evalWorld) holds(c goldCheck, legit map[string]bool) (bool, string) {
	switch c.kind {
	case "FOUND":
		var got []string
		for _, e := range w.inArt[[2]string{c.article, c.a}] {
			if string(e.Type) == c.typ {
				return true, ""
			}
			got = append(got, e.Name+"/"+string(e.Type))
		}
		if len(got) == 0 {
			got = w.overlapping(c.article, c.a)
		}
		return false, "got " + strings.Join(got, ", ")
	case "SAME", "DIFF":
		ea, eb := w.byText[c.a], w.byText[c.b]
		if len(ea) == 0 || len(eb) == 0 {
			return false, fmt.Sprintf("a in %s, b in %s", entNames(ea), entNames(eb))
		}
		same := w.shared(c.a, c.b) != nil
		if same == (c.kind == "SAME") {
			return true, ""
		}
		return false, fmt.Sprintf("a in %s, b in %s", entNames(ea), entNames(eb))
	case "NOT":
		a := w.arts[c.article]
		if a == nil {
			return false, "no such article"
		}
		for _, o := range occurrences(a, c.a) {
			ref := ParaRef{a.ID, o[0]}
			for _, m := range w.paras[ref] {
				if m.Start < o[2] && o[1] < m.End && !legit[normSpace(m.Text)] {
					e := w.owner[ref][[2]int{m.Start, m.End}]
					return false, fmt.Sprintf("mention %q of %s/%s", m.Text, e.Name, e.Type)
				}
			}
		}
		return true, ""
	}
	return false, "unknown check"
}

// overlapping lists the mentions that overlap name in the article.
func (w *evalWorld) overlapping(articleID, name string) []string {
	a := w.arts[articleID]
	if a == nil {
		return []string{"no such article"}
	}
	var out []string
	for _, o := range occurrences(a, name) {
		ref := ParaRef{a.ID, o[0]}
		for _, m := range w.paras[ref] {
			if m.Start < o[2] && o[1] < m.End {
				e := w.owner[ref][[2]int{m.Start, m.End}]
				out = append(out, fmt.Sprintf("%q as %s/%s", m.Text, e.Name, e.Type))
			}
		}
	}
	if len(out) == 0 {
		out = append(out, "nothing")
	}
	return out
}

func entNames(l []*Entity) string {
	if len(l) == 0 {
		return "nothing"
	}
	var s []string
	for _, e := range l {
		s = append(s, fmt.Sprintf("%s/%s#%d", e.Name, e.Type, e.ID))
	}
	return strings.Join(s, "+")
}

// scoreEval scores every check, logs the failures and the shares, and
// returns the overall share.
func scoreEval(t *testing.T, arts []*article.Article, checks []goldCheck, prefix string) float64 {
	ents := Extract(arts, nil)
	w := newEvalWorld(arts, ents)
	// names of the gold table: a NOT word inside one of them is no junk
	legit := map[string]bool{}
	for _, c := range checks {
		if c.kind != "NOT" {
			legit[c.a], legit[c.b] = true, true
		}
	}
	by := map[string]*evalScore{}
	var all evalScore
	for _, c := range checks {
		c.article = prefix + c.article
		s := by[c.kind]
		if s == nil {
			s = &evalScore{}
			by[c.kind] = s
		}
		s.total++
		all.total++
		if ok, why := w.holds(c, legit); ok {
			s.held++
			all.held++
		} else {
			t.Logf("fail line %d: %s %s %q %q %s: %s", c.line, c.kind, filepath.Base(c.article), c.a, c.b, c.typ, why)
		}
	}
	kinds := make([]string, 0, len(by))
	for k := range by {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("%-5s %s", k, *by[k])
	}
	t.Logf("%-5s %s", "ALL", all)
	return all.share()
}

// TestEntitiesEvalDev scores the dev part; the floor sits just below what
// the rules reach, so that a regression shows.
func TestEntitiesEvalDev(t *testing.T) {
	arts := loadEvalArticles(t, filepath.Join(evalDir, "dev", "articles"), "")
	checks := readGold(t, filepath.Join(evalDir, "dev", "gold.tsv"))
	if got := scoreEval(t, arts, checks, ""); got < devFloor {
		t.Errorf("dev checks hold %.1f%%, floor %.1f%%", 100*got, 100*devFloor)
	}
}

const devFloor = 0.99

// TestEntitiesEvalHoldout is the final check on the articles kept aside;
// it runs only with QUELLEN_HOLDOUT=1. Some of its SAME and DIFF checks
// name a dev article's name, so dev and holdout are extracted together.
func TestEntitiesEvalHoldout(t *testing.T) {
	if os.Getenv("QUELLEN_HOLDOUT") != "1" {
		t.Skip("the holdout set runs only with QUELLEN_HOLDOUT=1")
	}
	arts := loadEvalArticles(t, filepath.Join(evalDir, "dev", "articles"), "dev/")
	arts = append(arts, loadEvalArticles(t, filepath.Join(evalDir, "holdout", "articles"), "holdout/")...)
	checks := readGold(t, filepath.Join(evalDir, "holdout", "gold.tsv"))
	if got := scoreEval(t, arts, checks, "holdout/"); got < issueBar {
		t.Errorf("holdout checks hold %.1f%%, issue 14 asks for %.0f%%", 100*got, 100*issueBar)
	}
}

// issueBar is the share of checks issue 14 asks to hold.
const issueBar = 0.95
