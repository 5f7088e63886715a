package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStateRoundTripAndAtomicWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "quellen")
	want := savedState{Version: stateVersion, Last: "embedded:b.txt", Positions: map[string]position{"embedded:a.txt": {3}, "embedded:b.txt": {0}}}
	if err := saveState(dir, want); err != nil {
		t.Fatal(err)
	}
	got, err := loadState(dir)
	if err != nil || got.Last != "embedded:b.txt" || got.Positions["embedded:a.txt"].Paragraph != 3 {
		t.Fatalf("loadState = %+v, %v", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestBrokenStateIsIgnoredWithNote(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, stateFile), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := fixtureCorpus()
	m := New(c, Config{StateDir: dir})
	m = drive(m, keys()...)
	m = drive(m, sizeMsg(100, 24))
	if !strings.Contains(m.View(), "state file ignored") {
		t.Fatalf("no note about the broken state file:\n%s", m.View())
	}
	if m.reader.Article() == nil {
		t.Fatal("the reader did not start after a broken state file")
	}
}

func TestPositionsSurviveArticleSwitchAndRestart(t *testing.T) {
	m := newFixture(t, 80, 24)
	dir := m.c.cfg.StateDir
	m = drive(m, keys("G", "tab", "pgdown", "pgdown")...) // c.txt, scrolled
	top := m.reader.TopParagraph()
	if top == 0 {
		t.Fatal("pgdown did not move past the first paragraph")
	}
	m = drive(m, keys("shift+tab")...)
	m = drive(m, keys("k", "j")...) // away to b.txt and back
	if got := m.reader.TopParagraph(); got != top {
		t.Fatalf("back in c.txt at paragraph %d, want %d", got, top)
	}
	if err := saveState(dir, m.State()); err != nil {
		t.Fatal(err)
	}
	// A new run opens the last article where it was left, at another width.
	m2 := New(fixtureCorpus(), Config{StateDir: dir})
	m2 = drive(m2, sizeMsg(120, 30))
	if m2.reader.Article().ID != "c.txt" || m2.reader.TopParagraph() != top {
		t.Fatalf("restart: %s at paragraph %d, want c.txt at %d", m2.reader.Article().ID, m2.reader.TopParagraph(), top)
	}
}
