package ui

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func TestCheckURL(t *testing.T) {
	tests := []struct {
		url string
		ok  bool
	}{
		{"https://example.org/a", true},
		{"http://example.org", true},
		{"", false},
		{"file:///etc/passwd", false},
		{"javascript:alert(1)", false},
		{"-version", false},
		{"https://", false},
	}
	for _, tt := range tests {
		if err := checkURL(tt.url); (err == nil) != tt.ok {
			t.Errorf("checkURL(%q) = %v, want ok %v", tt.url, err, tt.ok)
		}
	}
}

func TestBrowserCommand(t *testing.T) {
	none := func(string) (string, error) { return "", errors.New("not found") }
	xdg := func(n string) (string, error) {
		if n == "xdg-open" {
			return "/usr/bin/xdg-open", nil
		}
		return "", errors.New("not found")
	}
	const u = "https://example.org/a"
	tests := []struct {
		env  string
		look func(string) (string, error)
		want string
	}{
		{"firefox", none, "firefox " + u},
		{"firefox --new-tab", none, "firefox --new-tab " + u},
		{"lynx -dump %s:w3m", none, "lynx -dump " + u},
		{"", xdg, "/usr/bin/xdg-open " + u},
		{"", none, ""},
	}
	for _, tt := range tests {
		name, args := browserCommand(tt.env, u, tt.look)
		if got := strings.TrimSpace(name + " " + strings.Join(args, " ")); got != tt.want {
			t.Errorf("BROWSER=%q: %q, want %q", tt.env, got, tt.want)
		}
	}
}

// o hands the article's address to the browser, y puts the paragraph in
// view with its citation on the clipboard as OSC 52; the status bar says
// what happened.
func TestOpenAndCopy(t *testing.T) {
	c := fixtureCorpus()
	c.Article("a.txt").URL = "https://example.org/troops"
	var opened []string
	var clip bytes.Buffer
	m := New(c, Config{StateDir: t.TempDir(), Clipboard: &clip, Open: func(u string) error {
		opened = append(opened, u)
		return nil
	}})
	m.c.search = fakeSearch(c)
	m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 40}, fixtureFigures(c), fixtureEntities(c), indexReadyMsg{})
	m = drive(m, keys("tab", "o")...)
	if len(opened) != 1 || opened[0] != "https://example.org/troops" || !strings.Contains(m.View(), "opened https://example.org/troops") {
		t.Fatalf("o opened %q:\n%s", opened, m.View())
	}
	m = drive(m, keys("y")...)
	seq := clip.String()
	payload, ok := strings.CutPrefix(seq, "\x1b]52;c;")
	if !ok || !strings.HasSuffix(payload, "\a") {
		t.Fatalf("clipboard got %q, want an OSC 52 sequence", seq)
	}
	text, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(payload, "\a"))
	if err != nil {
		t.Fatal(err)
	}
	// The heading at the top is skipped for the first paragraph of text.
	want := "„About 12,000 soldiers were sent to Russia, South Korea's spy agency said on Friday. They trained near Wonsan before the journey.“\n" +
		"— Example Times, „Troops reach the front“, 2024-10-18, https://example.org/troops, ¶2"
	if string(text) != want {
		t.Errorf("copied %q, want %q", text, want)
	}
	if !strings.Contains(m.View(), "copied ¶2 with its citation") {
		t.Errorf("no note of the copy:\n%s", m.View())
	}
	// An article without an address says so instead of starting anything.
	m = drive(m, keys("shift+tab", "j", "tab", "o")...)
	if len(opened) != 1 || !strings.Contains(m.View(), "this article has no URL") {
		t.Errorf("o without a URL: opened %q:\n%s", opened, m.View())
	}
}
