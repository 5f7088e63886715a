package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain keeps every CLI test's parse cache out of the real home.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "quellen-test-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestParseCache(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "a.txt"), []byte("Titel\n\nDer Minister sprach in Wladiwostok."), 0o644)
	os.WriteFile(filepath.Join(root, "b.txt"), []byte("\x00binary"), 0o644)
	cacheFiles := func(home string) int {
		m, _ := filepath.Glob(filepath.Join(home, "quellen", "*.cache"))
		return len(m)
	}
	tests := []struct {
		name     string
		env      string // QUELLEN_NO_CACHE
		args     []string
		files    int    // cache files written
		inStderr string // on every run, cached or not
	}{
		{"cached", "", []string{"search", "wladiwostok", root}, 1, "b.txt: skipped: binary file"},
		{"--no-cache", "", []string{"search", "--no-cache", "wladiwostok", root}, 0, "b.txt: skipped"},
		{"QUELLEN_NO_CACHE", "1", []string{"search", "wladiwostok", root}, 0, "b.txt: skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			home := t.TempDir()
			t.Setenv("XDG_CACHE_HOME", home)
			t.Setenv("QUELLEN_NO_CACHE", tt.env)
			for run := 0; run < 2; run++ {
				out, errOut, code := runCLI(t, tt.args...)
				if code != exitOK || !strings.Contains(out, "[Wladiwostok]") {
					t.Errorf("run %d: exit %d, stdout %q", run, code, out)
				}
				if !strings.Contains(errOut, tt.inStderr) {
					t.Errorf("run %d: stderr %q lacks %q", run, errOut, tt.inStderr)
				}
			}
			if n := cacheFiles(home); n != tt.files {
				t.Errorf("%d cache files, want %d", n, tt.files)
			}
		})
	}
	t.Run("cache folder cannot be made", func(t *testing.T) {
		blocker := filepath.Join(t.TempDir(), "file")
		os.WriteFile(blocker, []byte("x"), 0o644)
		t.Setenv("XDG_CACHE_HOME", blocker)
		_, errOut, code := runCLI(t, "articles", root)
		if code != exitOK || strings.Count(errOut, "parse cache") != 1 {
			t.Errorf("exit %d, stderr %q; want success and one cache warning", code, errOut)
		}
	})
}
