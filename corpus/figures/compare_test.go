package figures

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"quellen/corpus/article"
	"quellen/seeds"
)

// groupOf returns the group holding a figure with the given text in an
// article whose ID starts with prefix.
func groupOf(t *testing.T, groups []*Group, prefix, text string) *Group {
	t.Helper()
	for _, g := range groups {
		for _, f := range g.Figures {
			if strings.HasPrefix(f.Article, prefix) && strings.Contains(f.Text, text) {
				return g
			}
		}
	}
	t.Fatalf("no group holds %s %q", prefix, text)
	return nil
}

// members lists a group's figures as "article-prefix text" for comparison.
func members(g *Group) []string {
	var out []string
	for _, f := range g.Figures {
		out = append(out, f.Article[:min(3, len(f.Article))]+" "+f.Text)
	}
	sort.Strings(out)
	return out
}

func figureIn(t *testing.T, figs []*Figure, prefix, text string) *Figure {
	t.Helper()
	for _, f := range figs {
		if strings.HasPrefix(f.Article, prefix) && strings.ReplaceAll(f.Text, "\u00a0", " ") == text {
			return f
		}
	}
	t.Fatalf("no figure %s %q", prefix, text)
	return nil
}

// TestSeedGroups checks the "Done when" list of issue 3 on the seeds.
func TestSeedGroups(t *testing.T) {
	arts, _ := article.LoadFS(seeds.FS())
	figs := ExtractAll(arts)
	groups := Groups(figs, Options{})

	troops := groupOf(t, groups, "001", "12.000")
	want := []string{
		"000 rund 12.000 Soldaten",
		"001 12.000 Soldaten aus Nordkorea",
		"002 10 000 Soldaten aus Nordkorea",
		"002 Tausende nordkoreanische Soldaten", // "befinden sich bereits Tausende … in Russland"
		"002 bis zu 12 000 Soldaten",
		"003 30.000 Männer",
		"003 um die 15.000 Soldaten",
	}
	if got := members(troops); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("troops group:\n got  %q\n want %q", got, want)
	}
	if troops.Low != 10000 || troops.High != 30000 || troops.Sources != 4 || troops.Unit != "soldiers" {
		t.Errorf("troops spread %g..%g from %d sources (%s)", troops.Low, troops.High, troops.Sources, troops.Unit)
	}
	if f := figureIn(t, figs, "000", "rund 12.000 Soldaten"); !f.Estimate || f.Qualifier != Approx {
		t.Errorf("000: %+v", f)
	}
	if f := figureIn(t, figs, "001", "12.000 Soldaten aus Nordkorea"); f.Attribution != "NIS" || f.Qualifier != Exact {
		t.Errorf("001: attribution %q, qualifier %s", f.Attribution, f.Qualifier)
	}
	if f := figureIn(t, figs, "002", "10 000 Soldaten aus Nordkorea"); !strings.Contains(f.Attribution, "Verteidigungsministerium") {
		t.Errorf("002: attribution %q", f.Attribution)
	}
	if f := figureIn(t, figs, "002", "bis zu 12 000 Soldaten"); f.Qualifier != AtMost || f.Low != nil || *f.High != 12000 {
		t.Errorf("002 bis zu: %+v", f)
	}
	if f := figureIn(t, figs, "003", "um die 15.000 Soldaten"); f.Qualifier != Approx {
		t.Errorf("003 um die: %s", f.Qualifier)
	}

	wladiwostok := groupOf(t, groups, "001", "1.500")
	want = []string{"001 1.500 Soldaten", "002 1 500 nordkoreanische Spezialkräfte", "004 1.500 Soldaten"}
	if got := members(wladiwostok); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("1 500 group: %q, want %q", got, want)
	}
	if wladiwostok == troops {
		t.Error("the 1 500 are mixed into the total")
	}

	losses := groupOf(t, groups, "001", "600.000")
	want = []string{"001 600.000 Toten, Verletzten oder Vermissten", "002 bis zu 600 000 verletzten oder getöteten Soldaten"}
	if got := members(losses); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("losses group: %q, want %q", got, want)
	}
	if losses.Figures[0].Value != losses.Figures[1].Value || losses.Low != 600000 || losses.High != 600000 {
		t.Errorf("losses values differ: %g..%g", losses.Low, losses.High)
	}

	if f := figureIn(t, figs, "002", "knapp 1,3 Millionen aktiven Soldaten"); f.Value != 1.3e6 || f.Group == troops.ID {
		t.Errorf("1,3 Millionen: value %g, group %d", f.Value, f.Group)
	}
	if f := figureIn(t, figs, "003", "rund 20 Milliarden US-Dollar"); f.Value != 2e10 || f.Kind != KindMoney || f.Unit != "USD" {
		t.Errorf("20 Milliarden: %g %s %s", f.Value, f.Kind, f.Unit)
	}
	if f := figureIn(t, figs, "003", "um die 40 Prozent der gegen die Ukraine verwendeten Munition"); f.Value != 40 || f.Kind != KindPercent {
		t.Errorf("40 Prozent: %g %s", f.Value, f.Kind)
	}
	// No year, date, ordinal or the image file name in 003 is a figure.
	for _, f := range figs {
		if !strings.HasPrefix(f.Article, "003") {
			continue
		}
		for _, bad := range []string{"2022", "27", "209062", "569", "21"} {
			if strings.HasPrefix(f.Text, bad) {
				t.Errorf("003: %q is no figure", f.Text)
			}
		}
	}
	for _, f := range figs {
		if f.Kind == KindDate || f.Qualifier != Vague && f.Value >= 1900 && f.Value <= 2030 && !strings.ContainsAny(f.Text, ". ") {
			t.Errorf("%s: year or date %q taken as a figure", f.Article, f.Text)
		}
	}
	// Most sources first, and every figure points at its group.
	for i, g := range groups {
		if i > 0 && groups[i-1].Sources < g.Sources {
			t.Errorf("groups not sorted by sources: %d before %d", groups[i-1].Sources, g.Sources)
		}
		for _, f := range g.Figures {
			if f.Group != g.ID {
				t.Errorf("figure %d in group %d says %d", f.ID, g.ID, f.Group)
			}
		}
		if g.Label == "" || g.Sources < 2 {
			t.Errorf("group %d: label %q, %d sources", g.ID, g.Label, g.Sources)
		}
	}
}

func loadTestdata(t *testing.T, names ...string) []*article.Article {
	t.Helper()
	var arts []*article.Article
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("testdata", "figures", n))
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := article.Parse(n, data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// TestEnglishFigures reads a wire-style English report and a follow-up.
func TestEnglishFigures(t *testing.T) {
	arts := loadTestdata(t, "en_troops.txt", "en_followup.txt")
	if arts[0].Lang != "en" {
		t.Fatalf("lang %q", arts[0].Lang)
	}
	figs := ExtractAll(arts)
	groups := Groups(figs, Options{})
	type want struct {
		text      string
		value     float64
		q         Qualifier
		unit      string
		low, high float64
		attr      string
	}
	for _, w := range []want{
		{"About 11,000 North Korean troops", 11000, Approx, "soldiers", 11000, 11000, "South Korea's National Intelligence Service"},
		{"between 10,000 and 12,000 troops", 11000, Range, "soldiers", 10000, 12000, "Pentagon"}, // "The Pentagon put the number at", U.S. officials said
		{"as many as 12,000 soldiers", 12000, AtMost, "soldiers", none, 12000, "Ukraine's military intelligence"},
		{"some 500 North Korean officers", 500, Approx, "officer", 500, 500, "Ukraine's military intelligence"},
		{"about 1.2 million active troops", 1.2e6, Approx, "soldiers", 1.2e6, 1.2e6, "analysts"},
		{"up to 1.2 million reservists", 1.2e6, AtMost, "reservist", none, 1.2e6, "analysts"},
		{"at least 13,000 containers of ammunition", 13000, AtLeast, "containers", 13000, none, "the intelligence agency"},
		{"more than 600,000 soldiers", 600000, AtLeast, "soldiers/casualties", 600000, none, "Western estimates"},
		{"$20 billion", 2e10, Exact, "USD", 2e10, 2e10, ""}, // "the report said" names no one
	} {
		f := figureIn(t, figs, "en_troops", w.text)
		if u := unitOrFrame(f, w.unit); f.Value != w.value || f.Qualifier != w.q || u != w.unit || !boundIs(f.Low, w.low) || !boundIs(f.High, w.high) {
			t.Errorf("%q: %g %s %s %s..%s", w.text, f.Value, f.Qualifier, u, bound(f.Low), bound(f.High))
		}
		if !strings.Contains(f.Attribution, strings.TrimPrefix(w.attr, "the ")) {
			t.Errorf("%q: attribution %q, want %q", w.text, f.Attribution, w.attr)
		}
	}
	troops := groupOf(t, groups, "en_troops", "About 11,000")
	got := members(troops)
	wantTroops := []string{
		"en_ roughly 12,000 troops",
		"en_ About 11,000 North Korean troops",
		"en_ as many as 12,000 soldiers",
		"en_ between 10,000 and 12,000 troops",
	}
	sort.Strings(wantTroops)
	if strings.Join(got, "|") != strings.Join(wantTroops, "|") || troops.Low != 10000 || troops.High != 12000 {
		t.Errorf("troops: %q %g..%g, want %q", got, troops.Low, troops.High, wantTroops)
	}
	if !strings.Contains(troops.Label, "troops") || !strings.Contains(troops.Label, "North Korea") {
		t.Errorf("label %q", troops.Label)
	}
	officers := groupOf(t, groups, "en_troops", "500")
	if officers == troops || len(officers.Figures) != 2 {
		t.Errorf("officers: %q", members(officers))
	}
	losses := groupOf(t, groups, "en_troops", "600,000")
	if losses.Frame.Measure != Casualties || len(losses.Figures) != 2 || !strings.Contains(losses.Label, "killed or wounded") {
		t.Errorf("losses: %s %q %q", losses.Frame.Measure, losses.Label, members(losses))
	}
	for _, f := range figs {
		if f.Group == troops.ID && f.status != "" {
			t.Errorf("standing force %q in the deployment group", f.Text)
		}
	}
}

// TestGroupingRules: actors and casualty types keep groups apart; a
// figure from one source alone makes no group.
func TestGroupingRules(t *testing.T) {
	mk := func(id, text string) *article.Article { a := testArticle("de", text); a.ID = id; return a }
	arts := []*article.Article{
		mk("a", "Russland schickte 12.000 russische Soldaten. Es gab 500 Tote."),
		mk("b", "Nordkorea schickte 11.000 nordkoreanische Soldaten. Es gab 500 Verletzte."),
		mk("c", "Moskau schickte 13.000 russische Soldaten. Es gab 520 Tote."),
	}
	figs := ExtractAll(arts)
	groups := Groups(figs, Options{})
	var got []string
	for _, g := range groups {
		got = append(got, g.Frame.Thing+"/"+string(g.Frame.Measure)+":"+strings.Join(members(g), ","))
	}
	want := []string{"people/killed:a 500 Tote,c 520 Tote", "soldiers/present:a 12.000 russische Soldaten,c 13.000 russische Soldaten"}
	sort.Strings(got)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("groups:\n got  %q\n want %q", got, want)
	}
}

func TestExports(t *testing.T) {
	arts, _ := article.LoadFS(seeds.FS())
	groups := Groups(ExtractAll(arts), Options{})
	titles := map[string]string{}
	for _, a := range arts {
		titles[a.ID] = a.Title
	}
	title := func(id string) Origin {
		return Origin{Title: titles[id], Source: "Outlet " + id[:3], Date: "2024-10-0" + id[2:3]}
	}
	var md bytes.Buffer
	if err := WriteMarkdownAll(&md, nil, groups, title); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| rund 12.000 Soldaten | ≈ 12\u202f000 | approximate, estimate | – |") {
		t.Errorf("markdown lacks the 000 row:\n%s", md.String())
	}
	// WriteMarkdownAll adds the figures of one source, each once.
	figs := ExtractAll(arts)
	groups = Groups(figs, Options{})
	var all bytes.Buffer
	if err := WriteMarkdownAll(&all, figs, groups, title); err != nil {
		t.Fatal(err)
	}
	rest := 0
	for _, f := range figs {
		if f.Group < 0 {
			rest++
		}
	}
	head := fmt.Sprintf("## Reported by one source only (%d)", rest)
	if rest == 0 || !strings.Contains(all.String(), head) || !strings.HasPrefix(all.String(), md.String()[:len("# Figures compared\n")]) {
		t.Errorf("markdown with the rest lacks %q:\n%s", head, all.String())
	}
	if n := strings.Count(all.String(), "\n| ") - strings.Count(md.String(), "\n| "); n != rest+2 {
		t.Errorf("markdown rest table has %d lines, want %d (header, rule, one per figure)", n, rest+2)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, figs, groups, title); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Parsed back, the CSV holds every figure the Markdown holds, each with
	// its outlet and date in their own columns.
	if len(rows) != len(figs)+1 || rows[0][0] != "group" || rows[1][9] == "" {
		t.Fatalf("csv: %d rows for %d figures; first %q", len(rows), len(figs), rows[:2])
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	inCSV := map[string]bool{}
	for _, r := range rows[1:] {
		inCSV[r[col["source"]]+"|"+r[col["figure"]]] = true
		if r[col["date"]] == "" || r[col["title"]] == "" {
			t.Errorf("csv row without date or title: %q", r)
		}
	}
	mdRows := 0
	for _, line := range strings.Split(all.String(), "\n") {
		cells := strings.Split(line, " | ")
		if !strings.HasPrefix(line, "| Outlet") || len(cells) < 5 {
			continue
		}
		mdRows++
		if key := strings.TrimPrefix(cells[0], "| ") + "|" + strings.ReplaceAll(cells[4], `\|`, "|"); !inCSV[key] {
			t.Errorf("markdown row %q is not in the CSV", line)
		}
	}
	if mdRows != len(figs) {
		t.Errorf("markdown has %d figure rows, want %d", mdRows, len(figs))
	}
}

// BenchmarkGroupFigures groups and labels the figures of the generated
// corpus (extraction is timed by BenchmarkExtractFigures).
func BenchmarkGroupFigures(b *testing.B) {
	arts := benchArticles(b)
	b.StopTimer()
	figs := ExtractAll(arts)
	b.StartTimer()
	var groups []*Group
	for i := 0; i < b.N; i++ {
		groups = Groups(figs, Options{})
	}
	b.ReportMetric(float64(len(figs)), "figures")
	b.ReportMetric(float64(len(groups)), "groups")
}

// TestValueOnlyBreaksTies: figures whose frame is whole group whatever
// their spread; a figure that leaves the measure unknown joins only a
// value within a factor of two.
func TestValueOnlyBreaksTies(t *testing.T) {
	mk := func(id, text string) *article.Article { a := testArticle("de", text); a.ID = id; return a }
	arts := []*article.Article{
		mk("a", "Auf dem Frachter standen rund 4800 Container. Karsenien hat 10.000 Soldaten entsandt."),
		mk("b", "Der Hafen fertigt im Jahr etwa 2,9 Millionen Container ab. Karsenien hat 30.000 Soldaten entsandt."),
		mk("c", "An Bord waren 5000 Container."),
	}
	figs := ExtractAll(arts)
	groups := Groups(figs, Options{})
	var got []string
	for _, g := range groups {
		got = append(got, g.Frame.Thing+":"+strings.Join(members(g), ","))
	}
	want := []string{"containers:a rund 4800 Container,c 5000 Container", "soldiers:a 10.000 Soldaten,b 30.000 Soldaten"}
	sort.Strings(got)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("groups:\n got  %q\n want %q", got, want)
	}
}

// TestThingIsASlot: what is counted is a frame slot, so close values of
// one measure about two things stay apart.
func TestThingIsASlot(t *testing.T) {
	mk := func(id, lang, text string) *article.Article { a := testArticle(lang, text); a.ID = id; return a }
	arts := []*article.Article{
		mk("a", "de", "Am Montag wurden 450 Züge gestrichen. Auch 300 Flüge wurden gestrichen."),
		mk("b", "en", "About 400 trains were cancelled on Monday, and 320 flights were cancelled."),
	}
	figs := ExtractAll(arts)
	groups := Groups(figs, Options{})
	var got []string
	for _, g := range groups {
		got = append(got, g.Frame.Thing+":"+strings.Join(members(g), ","))
	}
	sort.Strings(got)
	want := []string{"flights:a 300 Flüge,b 320 flights", "trains:a 450 Züge,b About 400 trains"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("groups:\n got  %q\n want %q", got, want)
	}
}

// TestPastMeetsItsYear: a figure that only says "damals" is about the one
// past year the other figures of its frame name.
func TestPastMeetsItsYear(t *testing.T) {
	mk := func(id, lang, text string) *article.Article {
		a := testArticle(lang, text)
		a.ID, a.Date = id, "2025-03-01"
		return a
	}
	arts := []*article.Article{
		mk("a", "de", "Es ist das schwerste Hochwasser seit Jahrzehnten. Damals starben sieben Menschen."),
		mk("b", "en", "The 1998 flood killed seven people."),
	}
	figs := ExtractAll(arts)
	groups := Groups(figs, Options{})
	var got []string
	for _, g := range groups {
		got = append(got, g.Frame.Period+":"+strings.Join(members(g), ","))
	}
	want := []string{"1998:a sieben Menschen,b seven people"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("groups:\n got  %q\n want %q", got, want)
	}
}
