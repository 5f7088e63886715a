package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// update runs one Update and nothing it returns: what the panes show must
// already follow the key, as it does when keys come faster than commands.
func update(m Model, msg tea.Msg) Model {
	tm, _ := m.Update(msg)
	return tm.(Model)
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// Item 1: the pane beside a list shows what the cursor is on in the same
// step, even for keys that arrive together ("jj").
func TestPreviewFollowsCursorAtOnce(t *testing.T) {
	m := update(newFixture(t, 140, 40), runes("jj"))
	if got := m.reader.Article().ID; got != "c.txt" || m.articles.Current() != "c.txt" {
		t.Errorf("articles jj: reader shows %s, cursor on %s", got, m.articles.Current())
	}
	m = update(newFixture(t, 140, 40), runes("ej"))
	ents := m.panes[paneEntities].(*entitiesModel)
	cur, _ := ents.current()
	if got := m.panes[paneMentions].(*mentionsModel).entity; got != cur || got.Name != "Wonsan" {
		t.Errorf("entities ej: mentions of %v, cursor on %v", got, cur)
	}
	// enter opens the one under the cursor, never the one before.
	m = update(m, tea.KeyMsg{Type: tea.KeyEnter})
	m = update(m, tea.KeyMsg{Type: tea.KeyEnter})
	if m.reader.Article().ID != "a.txt" || m.reader.jumps.label != "mention" {
		t.Errorf("enter, enter on Wonsan opened %s (%s)", m.reader.Article().ID, m.reader.jumps.label)
	}
	m = update(newFixture(t, 140, 40), runes("fj"))
	groups := m.panes[paneGroups].(*groupsModel)
	g, _ := groups.current()
	if got := m.panes[paneCompare].(*compareModel).group; got != g || g.Label != "Einheiten" {
		t.Errorf("figures fj: comparison of %v, cursor on %v", got, g)
	}
}

// Item 2: esc goes back through the views, restoring the pane that had
// focus, and does nothing on the root's list.
func TestEscIsAStack(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("esc")...)
	if m.mode != modeBrowse || m.focusRight {
		t.Fatalf("esc on the root list: mode %d, right %v", m.mode, m.focusRight)
	}
	m = drive(m, keys("f", "tab", "e", "tab")...)
	if m.mode != modeEntities || !m.focusRight {
		t.Fatalf("f tab e tab: mode %d right %v", m.mode, m.focusRight)
	}
	m = drive(m, keys("esc")...)
	if m.mode != modeFigures || !m.focusRight {
		t.Fatalf("esc from entities: mode %d right %v, want figures with the comparison focused", m.mode, m.focusRight)
	}
	m = drive(m, keys("enter")...) // read the passage
	if m.mode != modeBrowse || !m.focusRight {
		t.Fatalf("enter on a source: mode %d", m.mode)
	}
	m = drive(m, keys("esc")...)
	if m.mode != modeFigures || !m.focusRight {
		t.Fatalf("esc from the passage: mode %d right %v, want the comparison again", m.mode, m.focusRight)
	}
	m = drive(m, keys("esc", "esc", "esc")...)
	if m.mode != modeBrowse || m.focusRight || len(m.stack) != 0 {
		t.Fatalf("esc to the root: mode %d right %v stack %v", m.mode, m.focusRight, m.stack)
	}
	// f e f goes back to figures rather than piling views up.
	m = drive(m, keys("f", "e", "f")...)
	if len(m.stack) != 1 {
		t.Errorf("f e f: stack %v, want the root only", m.stack)
	}
}

// Item 2: n/N walk the list of the view on screen and never leave it; the
// status bar says which list; past the end they wrap with a note.
func TestNextStaysInItsView(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("f", "n")...)
	if m.mode != modeFigures || !strings.Contains(m.View(), "figure 2/4") {
		t.Fatalf("n in figures: mode %d\n%s", m.mode, m.View())
	}
	if cmp := m.panes[paneCompare].(*compareModel); cmp.sel != 1 {
		t.Errorf("n selects the second figure's source: sel %d", cmp.sel)
	}
	m = drive(m, keys("n", "n", "n")...)
	if v := m.View(); !strings.Contains(v, "figure 1/4") || !strings.Contains(v, "figures wrapped") {
		t.Errorf("n past the last figure:\n%s", v)
	}
	m = drive(m, keys("e", "n")...)
	if m.mode != modeEntities || !strings.Contains(m.View(), "mention 2/2") {
		t.Errorf("n in entities: mode %d\n%s", m.mode, m.View())
	}
	m = drive(m, keys("esc", "esc", "/", "wonsan", "enter", "N")...)
	if v := m.View(); m.mode != modeBrowse || !strings.Contains(v, "match 4/4") || !strings.Contains(v, "search wrapped") {
		t.Errorf("N before the first match: mode %d\n%s", m.mode, v)
	}
}

// Item 3: a query that finds nothing clears the match list; / reopens with
// the last query selected, so typing replaces it.
func TestSearchState(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("/", "wonsan", "enter")...)
	if !strings.Contains(m.View(), "match 1/4") {
		t.Fatalf("no match list:\n%s", m.View())
	}
	m = drive(m, keys("/")...)
	if m.search.input.Value() != "wonsan" || !m.search.replace {
		t.Fatalf("/ again: box %q, selected %v", m.search.input.Value(), m.search.replace)
	}
	m = drive(m, keys("xqz")...)
	if m.search.input.Value() != "xqz" {
		t.Fatalf("typing over the selected query: %q", m.search.input.Value())
	}
	if v := m.View(); strings.Contains(v, "match 1/4") || m.reader.jumps.Len() != 0 {
		t.Fatalf("a query without results keeps the old matches:\n%s", v)
	}
	m = drive(m, keys("tab", "n")...)
	if !strings.Contains(m.View(), "no matches") || m.reader.jumps.Len() != 0 {
		t.Errorf("n after a query without results:\n%s", m.View())
	}
	// Backspace on a selected query empties the box.
	m = drive(m, keys("esc", "/")...)
	m = drive(m, tea.KeyMsg{Type: tea.KeyBackspace})
	if m.search.input.Value() != "" {
		t.Errorf("backspace on the selected query left %q", m.search.input.Value())
	}
	// Similar words are counted apart.
	res := []corpus.Result{{Article: "a.txt", Paragraph: 1, Text: "x"}}
	m = drive(m, searchResultsMsg{seq: m.search.seq, query: "hafen", hits: corpus.Hits{Total: 21, Similar: 20, Results: res}})
	if !strings.Contains(m.View(), "1 passage, 20 more with similar words") {
		t.Errorf("no split of similar words:\n%s", m.View())
	}
}

// Item 3, the tmux defect: words typed together after "/" go to the box.
func TestSearchTypedInOneWrite(t *testing.T) {
	m := update(newFixture(t, 140, 40), runes("/wonsan"))
	if m.search.input.Value() != "wonsan" {
		t.Errorf("box %q", m.search.input.Value())
	}
}
