package cache

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A cache file no load used for a month goes at the next load; the one in
// use, recent ones and files that are not ours stay. Clean removes ours.
func TestPruneAndClean(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, age time.Duration) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("x"), 0o600)
		at := time.Now().Add(-age)
		os.Chtimes(p, at, at)
		return p
	}
	old := write("old.cache", 40*24*time.Hour)
	oldIndex := write("old.index", 40*24*time.Hour)
	inUse := write("inuse.cache", 40*24*time.Hour)
	inUseIndex := write("inuse.index", 40*24*time.Hour)
	recent := write("recent.cache", time.Hour)
	stale := write(".tmp-123", 2*time.Hour)
	foreign := write("notes.txt", 400*24*time.Hour)
	Prune(dir, inUse)
	for p, want := range map[string]bool{old: false, oldIndex: false, inUse: true, inUseIndex: true, recent: true, stale: false, foreign: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: kept=%v, want %v", filepath.Base(p), err == nil, want)
		}
	}
	files, _, err := Clean(dir)
	if err != nil || files != 3 {
		t.Errorf("Clean removed %d files, %v; want the two cache files and the index", files, err)
	}
	if _, err := os.Stat(foreign); err != nil {
		t.Error("Clean removed a file that is not a cache file")
	}
	if n, _, err := Clean(filepath.Join(dir, "missing")); n != 0 || err != nil {
		t.Errorf("Clean of a missing folder: %d, %v", n, err)
	}
}

// A load that reuses its cache file unchanged marks it used.
func TestLoadMarksCacheUsed(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "a.txt"), []byte("Der Minister sprach in Wladiwostok."), 0o644)
	dir := t.TempDir()
	if _, _, err := LoadPaths(dir, []string{root}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, fileName([]string{root}))
	past := time.Now().Add(-40 * 24 * time.Hour)
	os.Chtimes(file, past, past)
	LoadPaths(dir, []string{root})
	if info, err := os.Stat(file); err != nil || time.Since(info.ModTime()) > time.Hour {
		t.Fatalf("cache file not marked used: %v", err)
	}
}
