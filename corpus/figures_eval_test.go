package corpus

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"quellen/corpus/figures"
)

// The figures evaluation set (testdata/figures-eval, see its README): gold
// rows written and labelled before the code ran on the articles. The test
// reports figure recall, values, false figures, attribution and grouping as
// pairs, per story and overall; it fails when a number falls below the
// floor the README states, so a change that makes things worse shows.

// goldRow is one labelled number.
type goldRow struct {
	article, context, number, status string
	value, low, high                 float64 // NaN when empty
	qualifier, concept, attribution  string
	frame                            string // the gold measure, actor and thing
	line                             int
}

func readGold(t *testing.T, dir string) []goldRow {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	sort.Strings(files)
	var rows []goldRow
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		// Tab-separated without quoting: contexts hold quotation marks.
		for line, text := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
			if line == 0 || strings.TrimSpace(text) == "" {
				continue
			}
			rec := strings.Split(strings.TrimRight(text, "\r"), "\t")
			if len(rec) < 14 {
				t.Fatalf("%s:%d: %d columns, want 15", name, line+1, len(rec))
			}
			row := goldRow{article: rec[0], context: rec[1], number: rec[2], status: rec[3], qualifier: rec[7],
				concept: rec[9], attribution: rec[13], line: line + 1, frame: rec[10] + "|" + rec[11] + "|" + rec[12]}
			if row.status != "not" {
				for i, v := range []*float64{&row.value, &row.low, &row.high} {
					*v = math.NaN()
					if s := strings.TrimSpace(rec[4+i]); s != "" && s != "-" {
						if *v, err = strconv.ParseFloat(s, 64); err != nil {
							t.Fatalf("%s:%d: column %d %q: %v", name, line+1, 5+i, s, err)
						}
					}
				}
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// evalResult holds the counts of one story (or all).
type evalResult struct {
	gold, found, valueOK, qualOK, attrOK, unlabelled, trapsFound             int
	pairs, pairsGrouped, crossPairs, crossGrouped, groupedPairs, groupedSame int
}

func (r *evalResult) add(o evalResult) {
	r.gold += o.gold
	r.found += o.found
	r.valueOK += o.valueOK
	r.qualOK += o.qualOK
	r.attrOK += o.attrOK
	r.unlabelled += o.unlabelled
	r.trapsFound += o.trapsFound
	r.pairs += o.pairs
	r.pairsGrouped += o.pairsGrouped
	r.crossPairs += o.crossPairs
	r.crossGrouped += o.crossGrouped
	r.groupedPairs += o.groupedPairs
	r.groupedSame += o.groupedSame
}

func pct(n, d int) float64 {
	if d == 0 {
		return 100
	}
	return 100 * float64(n) / float64(d)
}

func (r evalResult) String() string {
	return fmt.Sprintf("recall %5.1f%% (%d/%d)  values %5.1f%%  qualifiers %5.1f%%  attribution %5.1f%%  false %d (+%d traps)  "+
		"pairs: recall %5.1f%% (%d/%d; de-en %5.1f%% of %d)  precision %5.1f%% (%d/%d)",
		pct(r.found, r.gold), r.found, r.gold, pct(r.valueOK, r.found), pct(r.qualOK, r.found), pct(r.attrOK, r.found),
		r.unlabelled, r.trapsFound, pct(r.pairsGrouped, r.pairs), r.pairsGrouped, r.pairs,
		pct(r.crossGrouped, r.crossPairs), r.crossPairs, pct(r.groupedSame, r.groupedPairs), r.groupedSame, r.groupedPairs)
}

// foldPlain lower-cases s, folds umlauts and collapses every run of white
// space (also no-break and thin spaces) to one space; pos maps each byte of
// the result back to its byte in s.
func foldPlain(s string) (string, []int) {
	var b strings.Builder
	var pos []int
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) || r == '\u202f' || r == '\u00a0' || r == '\u2009' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			pos = append(pos, i)
		}
		space = false
		w := string(unicode.ToLower(r))
		b.WriteString(w)
		for range len(w) {
			pos = append(pos, i)
		}
	}
	return b.String(), pos
}

// evalSet loads one part of the set and scores it against its gold rows.
func evalSet(t *testing.T, dir string, min floors) {
	if _, err := os.Stat(filepath.Join(dir, "articles")); err != nil {
		t.Skipf("no set in %s: %v", dir, err)
	}
	arts, warns := LoadFS(os.DirFS(filepath.Join(dir, "articles")))
	c := New(arts, warns)
	figs := c.Figures()
	c.Groups()
	rows := readGold(t, filepath.Join(dir, "gold"))

	// Where each figure is: article -> paragraph -> folded text.
	type para struct {
		text string
		pos  []int
	}
	paras := map[string]map[int]para{}
	for _, a := range arts {
		m := map[int]para{}
		for i, p := range a.Paragraphs {
			s, pos := foldPlain(p.Text)
			m[i] = para{s, pos}
		}
		s, pos := foldPlain(a.Title)
		m[-1] = para{s, pos}
		paras[a.ID] = m
	}
	// match finds the figure whose span covers the row's number.
	match := func(r goldRow) (*Figure, bool) {
		ctx, _ := foldPlain(r.context)
		num, _ := foldPlain(r.number)
		off := strings.Index(ctx, num)
		if off < 0 {
			t.Errorf("gold line %d: number %q not in context %q", r.line, r.number, r.context)
			return nil, false
		}
		seen := false
		for pi, p := range paras[r.article] {
			at := strings.Index(p.text, ctx)
			if at < 0 {
				continue
			}
			seen = true
			b := p.pos[at+off]
			for _, f := range figs {
				if f.Article == r.article && f.Paragraph == pi && f.Start <= b && b < f.End {
					return f, true
				}
			}
		}
		return nil, seen
	}
	by := map[string]*evalResult{}
	story := func(r goldRow) *evalResult {
		s, _, _ := strings.Cut(r.concept, ":")
		if r.status == "not" {
			s, _, _ = strings.Cut(r.article, "_")
		}
		if by[s] == nil {
			by[s] = &evalResult{}
		}
		return by[s]
	}
	type hit struct {
		f   *Figure
		row goldRow
	}
	var hits []hit
	labelled := map[*Figure]bool{}
	for _, r := range rows {
		f, seen := match(r)
		if !seen && r.status != "not" {
			t.Logf("gold line %d: context %q not found in %s", r.line, r.context, r.article)
		}
		res := story(r)
		switch r.status {
		case "not":
			// A trap is found when a figure reads its number, not when a
			// figure's phrase only holds it ("two Canadair CL-415").
			if f != nil && readsTrap(f, r.number) {
				res.trapsFound++
				t.Logf("trap found: %s %q as %q", r.article, r.number, f.Text)
			}
			continue
		case "optional":
			if f != nil {
				labelled[f] = true
				hits = append(hits, hit{f, r})
			}
			continue
		}
		res.gold++
		if f == nil {
			t.Logf("missed: %s %q in %q", r.article, r.number, r.context)
			continue
		}
		labelled[f] = true
		hits = append(hits, hit{f, r})
		res.found++
		if c := os.Getenv("QEVAL_CONCEPT"); c != "" && strings.HasPrefix(r.concept, c) {
			fmt.Printf("CONCEPT %s %s %q src=%q g=%d q=%s kind=%s m=%q a=%q/%q th=%q per=%q period=%q\n    %q\n", r.concept, r.article, f.Text, f.Attribution, f.Group, f.Qualifier, f.Kind, f.Measure, f.ActorID, f.Actor, f.Thing, f.Per, f.Period, f.Sentence)
		}
		if f.Group < 0 && os.Getenv("QEVAL_WHY") == "2" {
			fmt.Printf("UNGROUPED %s %q q=%s kind=%s m=%q a=%q th=%q per=%q period=%q st=%d gold=%s\n    %q\n", r.article, f.Text, f.Qualifier, f.Kind, f.Measure, f.ActorID, f.Thing, f.Per, f.Period, f.Story, r.concept, f.Sentence)
		}
		if valueOK(f, r) {
			res.valueOK++
		} else {
			t.Logf("value: %s %q read %g (%s), want %g %g..%g", r.article, f.Text, f.Value, f.ValueText(), r.value, r.low, r.high)
		}
		if string(f.Qualifier) == r.qualifier {
			res.qualOK++
		}
		if attributionOK(f.Attribution, r.attribution) {
			res.attrOK++
		} else {
			t.Logf("attribution: %s %q says %q, want %q", r.article, f.Text, f.Attribution, r.attribution)
		}
	}
	for _, f := range figs {
		if !labelled[f] {
			s, _, _ := strings.Cut(f.Article, "_")
			if by[s] == nil {
				by[s] = &evalResult{}
			}
			by[s].unlabelled++
			t.Logf("unlabelled figure: %s %q", f.Article, f.Text)
		}
	}
	// Pairs: concepts reported by two articles or more.
	arts2 := map[string]map[string]bool{}
	for _, h := range hits {
		if arts2[h.row.concept] == nil {
			arts2[h.row.concept] = map[string]bool{}
		}
		arts2[h.row.concept][h.f.Article] = true
	}
	lang := map[string]string{}
	for _, a := range arts {
		lang[a.ID] = a.Lang
	}
	why := map[string]int{}
	defer func() {
		if os.Getenv("QEVAL_WHY") != "" {
			for k, n := range why {
				fmt.Printf("%4d %s\n", n, k)
			}
		}
	}()
	for i := range hits {
		for j := i + 1; j < len(hits); j++ {
			a, b := hits[i], hits[j]
			if a.f == b.f {
				continue
			}
			same := a.row.concept == b.row.concept
			grouped := a.f.Group >= 0 && a.f.Group == b.f.Group
			res := story(a.row)
			if same && len(arts2[a.row.concept]) >= 2 && a.row.status == "figure" && b.row.status == "figure" {
				res.pairs++
				cross := lang[a.f.Article] != lang[b.f.Article]
				if cross {
					res.crossPairs++
				}
				if grouped {
					res.pairsGrouped++
					if cross {
						res.crossGrouped++
					}
				} else {
					why["apart: "+apartReason(a.f, b.f)]++
					t.Logf("pair apart: %s %q (group %d) / %s %q (group %d) [%s] %s", a.f.Article, a.f.Text, a.f.Group, b.f.Article, b.f.Text, b.f.Group, a.row.concept, apartReason(a.f, b.f))
				}
			}
			if grouped {
				res.groupedPairs++
				if same {
					res.groupedSame++
				} else {
					why["mixed: "+mixedReason(a.row.frame, b.row.frame)]++
					t.Logf("pair mixed: %s %q [%s] / %s %q [%s] in group %d: %s", a.f.Article, a.f.Text, a.row.concept, b.f.Article, b.f.Text, b.row.concept, a.f.Group, mixedReason(a.row.frame, b.row.frame))
				}
			}
		}
	}
	if os.Getenv("QEVAL_GROUPS") != "" {
		comp := map[int]map[string]int{}
		for _, h := range hits {
			if h.f.Group >= 0 {
				if comp[h.f.Group] == nil {
					comp[h.f.Group] = map[string]int{}
				}
				comp[h.f.Group][h.row.concept]++
			}
		}
		groups := c.Groups()
		for g, cs := range comp {
			if len(cs) > 1 {
				fmt.Printf("G%d %q %v\n", g, groups[g].Label, cs)
			}
		}
	}
	if os.Getenv("QEVAL_DUMP") != "" {
		dumpConcepts(hits2(hits, func(h hit) (*Figure, string) { return h.f, h.row.concept + "  gold " + h.row.frame }))
	}
	var total evalResult
	var names []string
	for s := range by {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		t.Logf("%-10s %s", s, *by[s])
		total.add(*by[s])
	}
	t.Logf("%-10s %s", "ALL", total)
	checkFloor(t, "figure recall", pct(total.found, total.gold), min.recall)
	checkFloor(t, "values", pct(total.valueOK, total.found), min.values)
	checkFloor(t, "attribution", pct(total.attrOK, total.found), min.attribution)
	checkFloor(t, "pair recall", pct(total.pairsGrouped, total.pairs), min.pairRecall)
	checkFloor(t, "pair precision", pct(total.groupedSame, total.groupedPairs), min.pairPrecision)
}

type conceptHit struct {
	f       *Figure
	concept string
}

func hits2[T any](hs []T, get func(T) (*Figure, string)) []conceptHit {
	var out []conceptHit
	for _, h := range hs {
		f, c := get(h)
		out = append(out, conceptHit{f, c})
	}
	return out
}

// dumpConcepts prints each concept's figures with their frames, for
// finding out why a concept splits or a group mixes.
func dumpConcepts(hs []conceptHit) {
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].concept < hs[j].concept })
	last := ""
	for _, h := range hs {
		if h.concept != last {
			fmt.Println("==", h.concept)
			last = h.concept
		}
		f := h.f
		fmt.Printf("   g%-3d s%d %-26.26s %-32.32q %s|%s|m=%s|a=%s|t=%s|per=%s|%s src=%q\n", f.Group, f.Story, f.Article, f.Text, f.Kind, f.Unit,
			f.Measure, f.ActorID, f.Thing, f.Per, f.Period, f.Attribution)
	}
}

// readsTrap reports whether figure f's value is the trap's number, as far
// as it can be read at all.
func readsTrap(f *Figure, number string) bool {
	for _, l := range []string{"de", "en"} {
		if v, ok := figures.ParseNumber(number, l); ok {
			lo, hi := f.Bounds()
			return v == f.Value || v == lo || v == hi
		}
	}
	return true
}

// valueOK compares a figure's value with the gold's, or, for a vague
// figure without one, its bounds.
func valueOK(f *Figure, r goldRow) bool {
	near := func(a, b float64) bool { return math.Abs(a-b) <= 0.01*math.Abs(b) }
	if !math.IsNaN(r.value) {
		return near(f.Value, r.value)
	}
	lo, hi := f.Bounds()
	return (math.IsNaN(r.low) || near(lo, r.low)) && (math.IsNaN(r.high) || near(hi, r.high))
}

func checkFloor(t *testing.T, what string, got, floor float64) {
	t.Helper()
	if got < floor {
		t.Errorf("%s %.1f%%, below the floor of %.1f%%", what, got, floor)
	}
}

// attributionOK compares a figure's attribution with the gold's
// alternatives ("Innenministerium|Interior Ministry"): "-" wants none; else
// one alternative's words must be found in the attribution or the other
// way round, folded.
func attributionOK(got, want string) bool {
	if want == "-" || want == "" {
		return got == ""
	}
	g, _ := foldPlain(got)
	if g == "" {
		return false
	}
	for _, alt := range strings.Split(want, "|") {
		w, _ := foldPlain(strings.TrimSpace(alt))
		if w != "" && (strings.Contains(g, w) || strings.Contains(w, g)) {
			return true
		}
	}
	return false
}

// floors are the least percentages a part of the set must reach.
type floors struct{ recall, values, attribution, pairRecall, pairPrecision float64 }

func TestFiguresEvalDev(t *testing.T) {
	// Floors just below what the code reaches (see the README), so that
	// a change that makes things worse fails; the goals are higher.
	evalSet(t, "../testdata/figures-eval/dev", floors{recall: 94, values: 98, attribution: 73, pairRecall: 83, pairPrecision: 84})
}

// TestFiguresEvalHoldout is the final check on the articles kept aside:
// it runs only with QUELLEN_HOLDOUT=1.
func TestFiguresEvalHoldout(t *testing.T) {
	if os.Getenv("QUELLEN_HOLDOUT") != "1" {
		t.Skip("the holdout set runs only with QUELLEN_HOLDOUT=1")
	}
	evalSet(t, "../testdata/figures-eval/holdout", floors{})
}

// TestFiguresEvalFinal is the part written after the holdout had been
// run once (testdata/figures-eval/final): labelled before any code ran on
// it, it runs only with QUELLEN_FINAL=1.
func TestFiguresEvalFinal(t *testing.T) {
	if os.Getenv("QUELLEN_FINAL") != "1" {
		t.Skip("the final set runs only with QUELLEN_FINAL=1")
	}
	evalSet(t, "../testdata/figures-eval/final", floors{})
}

// TestFiguresEvalUnseen scores the older set (testdata/unseen), labelled
// from its EXPECTED.md; rules have been fixed against it, so it guards
// against regressions and measures nothing new.
func TestFiguresEvalUnseen(t *testing.T) {
	evalSet(t, "../testdata/unseen", floors{recall: 97, values: 97, attribution: 77, pairRecall: 88, pairPrecision: 88})
}
