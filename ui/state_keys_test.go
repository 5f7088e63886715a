package ui

import (
	"os"
	"path/filepath"
	"testing"

	"quellen/corpus"
)

// Positions are kept by absolute path: two folders' "a.txt" are two
// articles, each with its own position.
func TestPositionsKeyedByPath(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"r1", "r2"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
		os.WriteFile(filepath.Join(root, d, "a.txt"), []byte("Titel "+d+"\n\nEin Satz.\n\nNoch ein Satz.\n\nUnd ein dritter."), 0o644)
	}
	var keys []string
	for _, d := range []string{"r1", "r2"} {
		arts, _ := corpus.LoadPaths([]string{filepath.Join(root, d)})
		if len(arts) != 1 || arts[0].ID != "a.txt" {
			t.Fatalf("%s: %d articles", d, len(arts))
		}
		keys = append(keys, positionKey(arts[0]))
	}
	if keys[0] == keys[1] || keys[0] != filepath.Join(root, "r1", "a.txt") {
		t.Fatalf("keys %q: want the two absolute paths", keys)
	}
	seeds := &corpus.Article{ID: "000.txt"}
	if got := positionKey(seeds); got != "embedded:000.txt" {
		t.Errorf("embedded article key %q", got)
	}
}

// The state file forgets files that are gone, and the positions of the
// old format, which could not tell two folders' files apart.
func TestStateDropsGoneFilesAndOldFormat(t *testing.T) {
	dir := t.TempDir()
	here := filepath.Join(t.TempDir(), "here.txt")
	os.WriteFile(here, []byte("x"), 0o644)
	gone := filepath.Join(t.TempDir(), "gone.txt")
	ours := savedState{Version: stateVersion, Positions: map[string]position{here: {2}, gone: {3}, "embedded:a.txt": {1}}}
	if err := saveMerged(dir, nil, ours); err != nil {
		t.Fatal(err)
	}
	got, err := loadState(dir)
	if err != nil || len(got.Positions) != 2 || got.Positions[here].Paragraph != 2 || got.Positions["embedded:a.txt"].Paragraph != 1 {
		t.Fatalf("state %+v, %v; want %s and the embedded one only", got, err, here)
	}
	if err := saveState(dir, savedState{Version: 1, Last: "a.txt", Positions: map[string]position{"a.txt": {4}}}); err != nil {
		t.Fatal(err)
	}
	if got, err := loadState(dir); err != nil || len(got.Positions) != 0 || got.Last != "" {
		t.Fatalf("version 1 state kept: %+v, %v", got, err)
	}
}
