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
