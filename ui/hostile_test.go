package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestSearchBoxDropsPastedControls: a paste with a bidi override, a tag
// character, an isolate and a line break is echoed without them and still
// searches.
func TestSearchBoxDropsPastedControls(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("/")...)
	paste := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("\u202ewon\U000e0041san\u2066\n"), Paste: true}
	m = drive(m, paste)
	if got := m.search.input.Value(); got != "wonsan " {
		t.Errorf("search box holds %q, want %q", got, "wonsan ")
	}
	if v := m.View(); strings.ContainsAny(v, "\u202e") || !strings.Contains(v, "4 passages") {
		t.Errorf("view:\n%s", v)
	}
}

func TestCleanQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kim jong", "kim jong"},
		{"kim\tjong\nun", "kim jong un"},
		{"\u202ekim\u2066", "kim"},
		{"\x1b]52;c;AAAA\x07kim", "kim"},
		{"k\U000e0041im", "kim"},
	}
	for _, tt := range tests {
		if got := cleanQuery(tt.in); got != tt.want {
			t.Errorf("cleanQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReaderRendersInBackground: a large article is wrapped in a command,
// not in Update: the pane says so until the render is in, and a render
// overtaken by a newer one is dropped.
func TestReaderRendersInBackground(t *testing.T) {
	old := asyncRender
	asyncRender = 0
	t.Cleanup(func() { asyncRender = old })
	c := fixtureCorpus()
	m := New(c, Config{StateDir: t.TempDir()})
	tm, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = tm.(Model)
	if !strings.Contains(m.View(), "wrapping…") || cmd == nil {
		t.Fatalf("no render under way:\n%s", m.View())
	}
	stale := runCmd(cmd)
	m.reader.SetHits(marksByPara{}) // asks for a newer render
	for _, msg := range stale {
		tm, _ = m.Update(msg)
		m = tm.(Model)
	}
	if m.reader.r != nil {
		t.Fatal("a render overtaken by a newer one was shown")
	}
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if v := m.View(); strings.Contains(v, "wrapping…") || !strings.Contains(v, "Troops reach the front") {
		t.Fatalf("the render did not arrive:\n%s", v)
	}
}
