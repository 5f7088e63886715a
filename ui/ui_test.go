package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

// checkFrame asserts a view fills exactly w x h cells and is valid UTF-8.
func checkFrame(t *testing.T, view string, w, h int) {
	t.Helper()
	if !utf8.ValidString(view) {
		t.Fatalf("view is not valid UTF-8")
	}
	if strings.ContainsRune(view, '\x1b') {
		t.Fatalf("escape byte in view under the Ascii profile")
	}
	lines := strings.Split(view, "\n")
	if w <= 0 || h <= 0 {
		return
	}
	if len(lines) != h {
		t.Fatalf("view has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw != w {
			t.Fatalf("line %d is %d wide, want %d: %q", i, lw, w, l)
		}
	}
}

func TestResizeEveryModeNeverBreaksLayout(t *testing.T) {
	sizes := []struct{ w, h int }{{1, 1}, {12, 5}, {20, 8}, {39, 10}, {40, 10}, {80, 24}, {140, 40}, {0, 0}}
	modes := map[string][]string{
		"browse":   nil,
		"reader":   {"tab", "pgdown"},
		"search":   {"/", "wonsan"},
		"figures":  {"f", "tab", "l"},
		"entities": {"e", "down", "tab"},
		"help":     {"?"},
	}
	for name, ks := range modes {
		m := newFixture(t, 80, 24)
		m = drive(m, keys(ks...)...)
		for _, s := range sizes {
			m = drive(m, tea.WindowSizeMsg{Width: s.w, Height: s.h})
			v := m.View()
			checkFrame(t, v, s.w, s.h)
			small := s.w < minWidth || s.h < minHeight
			if small && s.w >= 8 && !strings.Contains(v, "terminal") {
				t.Errorf("%s at %dx%d: no 'terminal too small' in %q", name, s.w, s.h, v)
			}
			if !small && strings.Contains(v, "terminal too small") {
				t.Errorf("%s at %dx%d: says too small", name, s.w, s.h)
			}
		}
	}
}

func TestQuitKeys(t *testing.T) {
	m := newFixture(t, 80, 24)
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := m.Update(keys(k)[0])
		if cmd == nil || cmd() != tea.Quit() {
			t.Errorf("%s does not quit", k)
		}
	}
	// In the search box q is a letter, ctrl+c still quits.
	m = drive(m, keys("/", "q")...)
	if got := m.search.input.Value(); got != "q" {
		t.Errorf("search box holds %q, want q", got)
	}
	_, cmd := m.Update(keys("ctrl+c")[0])
	if cmd == nil || cmd() != tea.Quit() {
		t.Errorf("ctrl+c does not quit from the search box")
	}
}

func TestFocusAndArticleList(t *testing.T) {
	m := newFixture(t, 80, 24)
	if !strings.Contains(m.View(), "Example Times") || !strings.Contains(m.View(), "2 fig.") {
		t.Fatalf("list lacks source or figure count:\n%s", m.View())
	}
	m = drive(m, keys("j")...)
	if got := m.reader.Article().ID; got != "b.txt" {
		t.Fatalf("moving the cursor previews %s, want b.txt", got)
	}
	m = drive(m, keys("tab")...)
	if !m.focusRight {
		t.Fatal("tab did not focus the reader")
	}
	m = drive(m, keys("enter")...)
	m = drive(m, tea.KeyMsg{Type: tea.KeyShiftTab})
	if m.focusRight {
		t.Fatal("shift+tab did not focus the list")
	}
	// A click on the right pane focuses it; a click on the left, the list.
	m = drive(m, tea.MouseMsg{X: 60, Y: 5, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if !m.focusRight {
		t.Fatal("click on the reader did not focus it")
	}
	m = drive(m, tea.MouseMsg{X: 3, Y: 8, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if m.focusRight || m.articles.Current() != "c.txt" {
		t.Fatalf("click on the third article: focusRight=%v current=%s", m.focusRight, m.articles.Current())
	}
}

func TestMouseWheelScrollsPaneUnderPointer(t *testing.T) {
	m := newFixture(t, 80, 24)
	m = drive(m, keys("G")...) // c.txt, the long one, focus stays on the list
	m = drive(m, tea.MouseMsg{X: 60, Y: 5, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.reader.vp.YOffset != 3 {
		t.Fatalf("wheel over the reader scrolled to %d, want 3", m.reader.vp.YOffset)
	}
	if m.focusRight {
		t.Fatal("the wheel moved focus")
	}
}

func TestReaderMarksAndFurnitureToggle(t *testing.T) {
	m := newFixture(t, 100, 30)
	v := m.View()
	if !strings.Contains(v, "Photo: the port of Wonsan") {
		t.Fatalf("caption not shown:\n%s", v)
	}
	m = drive(m, keys("tab", "c")...)
	if strings.Contains(m.View(), "Photo: the port") {
		t.Fatal("c did not hide the caption")
	}
	m = drive(m, keys("c")...)
	if !strings.Contains(m.View(), "Photo: the port") {
		t.Fatal("c did not bring the caption back")
	}
	// Figures and mentions are marked in the text (checked on the styled
	// render, with a colour profile where marks show).
	if got := m.reader.figMarks["a.txt"][1]; len(got) != 1 {
		t.Fatalf("figure marks for a.txt ¶1: %v", got)
	}
}

func TestSearchFlow(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("/", "wonsan")...)
	if got := len(m.search.results); got != 4 {
		t.Fatalf("%d results for wonsan, want 4", got)
	}
	v := m.View()
	for _, want := range []string{"4 passages", "Troops reach the front", "1 match"} {
		if !strings.Contains(v, want) {
			t.Errorf("search view lacks %q:\n%s", want, v)
		}
	}
	m = drive(m, keys("enter")...)
	if m.mode != modeBrowse || !m.focusRight || m.reader.Article().ID != "a.txt" {
		t.Fatalf("enter: mode %d focusRight %v article %s", m.mode, m.focusRight, m.reader.Article().ID)
	}
	if !strings.Contains(m.View(), "match 1/4") {
		t.Fatalf("status lacks match 1/4:\n%s", m.View())
	}
	m = drive(m, keys("n", "n")...)
	if m.reader.Article().ID != "b.txt" || !strings.Contains(m.View(), "match 3/4") {
		t.Fatalf("n n: article %s\n%s", m.reader.Article().ID, m.View())
	}
	m = drive(m, keys("N", "N", "N")...)
	if m.reader.jumps.at != 3 || m.reader.Article().ID != "c.txt" {
		t.Fatalf("N wraps to the last match: at %d in %s", m.reader.jumps.at, m.reader.Article().ID)
	}
	if !strings.Contains(m.View(), "Wonsan gefeiert") {
		t.Fatalf("the last match is not scrolled into view:\n%s", m.View())
	}
	m = drive(m, keys("esc")...)
	if m.mode != modeSearch {
		t.Fatalf("esc after a jump returns to mode %d, want search", m.mode)
	}
}

func TestSearchDropsStaleResults(t *testing.T) {
	m := newFixture(t, 80, 24)
	m = drive(m, keys("/")...)
	// Type without running the commands, as when keys arrive faster than
	// the index answers.
	var cmds []tea.Cmd
	for _, k := range keys("kim") {
		tm, cmd := m.Update(k)
		m = tm.(Model)
		cmds = append(cmds, cmd)
	}
	if m.search.seq != 3 {
		t.Fatalf("seq %d after three keys", m.search.seq)
	}
	stale := searchResultsMsg{seq: 1, query: "k"}
	m = drive(m, stale)
	if m.search.query == "k" {
		t.Fatal("a stale result was applied")
	}
	for _, cmd := range cmds {
		m = drive(m, runCmd(cmd)...)
	}
	if m.search.query != "kim" || len(m.search.results) != 2 {
		t.Fatalf("query %q with %d results, want kim with 2", m.search.query, len(m.search.results))
	}
	// Emptying the box clears the results at once.
	m = drive(m, tea.KeyMsg{Type: tea.KeyBackspace}, tea.KeyMsg{Type: tea.KeyBackspace}, tea.KeyMsg{Type: tea.KeyBackspace})
	if len(m.search.results) != 0 || m.search.pending {
		t.Fatalf("empty query keeps %d results (pending %v)", len(m.search.results), m.search.pending)
	}
}

func TestFiguresPane(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("f")...)
	v := m.View()
	// The group with most sources comes first and is shown side by side.
	for _, want := range []string{"Soldaten nach Russland", "10\u202f000 – 30\u202f000 · 3 sources", "Example Times", "Beispielblatt",
		"About 12,000 soldiers", "Rund 10 000 Soldaten", "bis zu 15.000 Mann", "mehr als 30.000 Soldaten", "●", "▶", "◀", "says Ukraine",
		// Provenance: c.txt reprints a.txt's paragraph with another figure.
		"3 sources, 2 independent", "revised copy of", "(revised copy of Example Times)", "○", "Over time", "no date: Ein Land ohne Freunde"} {
		if !strings.Contains(v, want) {
			t.Errorf("figures view lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(v)
	}
	m = drive(m, keys("tab", "l", "enter")...)
	// The copy stands under its original, so the second source is c.txt.
	if m.mode != modeBrowse || m.reader.Article().ID != "c.txt" || m.reader.jumps.label != "figure" || m.reader.jumps.Len() != 4 {
		t.Fatalf("enter on the second source: mode %d article %s jumps %d", m.mode, m.reader.Article().ID, m.reader.jumps.Len())
	}
	// Narrow: the sources stack instead of squeezing.
	m = drive(m, keys("esc")...)
	m = drive(m, tea.WindowSizeMsg{Width: 80, Height: 60})
	if !strings.Contains(m.View(), "▌ Ein Land ohne Freunde") {
		t.Fatalf("narrow figures view is not stacked with the selected source marked:\n%s", m.View())
	}
}

func TestEntitiesPane(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("e")...)
	v := m.View()
	for _, want := range []string{"person · Kim", "Mentions of Kim Jong-un", "2 mentions in 2 articles"} {
		if !strings.Contains(v, want) {
			t.Errorf("entities view lacks %q:\n%s", want, v)
		}
	}
	m = drive(m, keys("tab", "down", "enter")...)
	if m.reader.Article().ID != "c.txt" || m.reader.jumps.label != "mention" {
		t.Fatalf("enter on the second mention opens %s (%s)", m.reader.Article().ID, m.reader.jumps.label)
	}
	m = drive(m, keys("n")...)
	if m.reader.Article().ID != "b.txt" {
		t.Fatalf("n walks to %s, want b.txt", m.reader.Article().ID)
	}
}

func TestEmptyStatesWhileIndexing(t *testing.T) {
	c := fixtureCorpus()
	m := New(c, Config{StateDir: t.TempDir()})
	m = drive(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, k := range []string{"f", "e", "/"} {
		m = drive(m, keys(k)...)
		if !strings.Contains(m.View(), "indexing…") {
			t.Errorf("%s before loading: no 'indexing…':\n%s", k, m.View())
		}
		m = drive(m, keys("esc")...)
	}
	if !strings.Contains(m.View(), "… fig.") {
		t.Errorf("list does not say figure counts are pending")
	}
}

func TestHelpToggle(t *testing.T) {
	m := newFixture(t, 80, 24)
	m = drive(m, keys("?")...)
	v := m.View()
	for _, want := range []string{"shift+tab", "previous pane", "next match", "figures", "quit"} {
		if want == "next match" {
			continue // only once there are matches
		}
		if !strings.Contains(v, want) {
			t.Errorf("full help lacks %q", want)
		}
	}
	m = drive(m, keys("?")...)
	if strings.Contains(m.View(), "previous pane") {
		t.Error("? did not close the help")
	}
}

// Keys that arrive together come as one message ("/wonsan" when a script or
// a slow link sends them at once). "/" must still open the search box and
// the rest must be typed into it; outside the box, "fe" is two commands.
func TestCoalescedKeys(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/wonsan")})
	if m.mode != modeSearch || m.search.input.Value() != "wonsan" {
		t.Fatalf("mode %d, search box %q; want search mode with wonsan", m.mode, m.search.input.Value())
	}
	m = newFixture(t, 140, 40)
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("fe")})
	if m.mode != modeEntities {
		t.Fatalf("f then e: mode %d, want entities", m.mode)
	}
}

// A search answer that arrives after the user opened a passage (its
// query was slow) must not take the reader back to the first match.
func TestLateSearchAnswerIsDropped(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("/", "wonsan", "enter", "n")...)
	if !strings.Contains(m.View(), "match 2/4") {
		t.Fatalf("n after enter: not at match 2/4:\n%s", m.View())
	}
	late := searchResultsMsg{seq: m.search.seq, query: "wonsan", hits: corpus.Hits{Results: m.search.results, Total: 4}}
	m = drive(m, late)
	if !strings.Contains(m.View(), "match 2/4") {
		t.Fatalf("a late answer moved the reader:\n%s", m.View())
	}
}

// A passage other articles print is barred in the margin and named under
// its paragraph; s walks its copies, n/N go on across articles.
func TestSharedPassages(t *testing.T) {
	m := newFixture(t, 120, 40)
	m = drive(m, keys("tab")...)
	v := m.View()
	if !strings.Contains(v, "│About 12,000 soldiers") || !strings.Contains(v, "└ also in 1 article: Ein Land ohne Freunde") {
		t.Fatalf("reader does not mark the shared passage:\n%s", v)
	}
	m = drive(m, keys("s")...)
	if m.reader.Article().ID != "c.txt" || m.reader.jumps.label != "copy" || m.reader.jumps.Len() != 2 || !strings.Contains(m.View(), "copy 2/2") {
		t.Fatalf("s: article %s, jumps %d %q:\n%s", m.reader.Article().ID, m.reader.jumps.Len(), m.reader.jumps.label, m.View())
	}
	if !strings.Contains(m.View(), "also in 1 article: Example Times (original)") {
		t.Errorf("the copy does not name its original:\n%s", m.View())
	}
	m = drive(m, keys("n")...)
	if m.reader.Article().ID != "a.txt" {
		t.Errorf("n after s: article %s, want the original again", m.reader.Article().ID)
	}
}

// Enter typed before the query's answer comes (tmux send-keys
// "/zzqxqz" Enter in one write) acts on that answer, never on the
// previous query's results still on screen (issue 12, item 3).
func TestEnterWaitsForPendingQuery(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("/", "wonsan", "enter")...)
	type2 := func(m Model, s ...string) (Model, []tea.Cmd) {
		var cmds []tea.Cmd
		for _, k := range keys(s...) {
			tm, cmd := m.Update(k)
			m = tm.(Model)
			cmds = append(cmds, cmd)
		}
		return m, cmds
	}
	for _, q := range []string{"zzqxqz", "kim"} {
		m = drive(m, keys("esc", "/")...)
		var cmds []tea.Cmd
		m, cmds = type2(m, append(strings.Split(q, ""), "enter")...)
		if !m.search.Typing() {
			t.Fatalf("%s: enter left the box before the answer came", q)
		}
		for _, cmd := range cmds {
			m = drive(m, runCmd(cmd)...)
		}
		switch q {
		case "zzqxqz":
			if len(m.reader.jumps.targets) != 0 || strings.Contains(m.View(), "match 1/") || !m.search.Typing() {
				t.Fatalf("no results: jumps %d, typing %v\n%s", len(m.reader.jumps.targets), m.search.Typing(), m.View())
			}
		case "kim":
			if !m.focusRight || !strings.Contains(m.View(), "match 1/") {
				t.Fatalf("kim: enter did not open the first result once it came\n%s", m.View())
			}
		}
	}
}
