package main

import (
	"os"
	"path/filepath"
	"testing"

	"quellen/bench/gen"
)

// TestCachedEqualsUncached: every command prints, byte for byte, what an
// uncached run prints, whether the parse cache and the index file are cold,
// warm, or one file behind.
func TestCachedEqualsUncached(t *testing.T) {
	root := t.TempDir()
	if err := gen.WriteDirVocab(root, 60); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	commands := [][]string{
		{"search", "--json", "soldaten"},
		{"search", "--json", "12000 container"},
		{"search", "selenskyj kiew"},
		{"search", "--limit", "3", "budanow"},
		{"articles", "--json"},
		{"figures", "--json"},
		{"entities", "--json"},
	}
	states := []struct {
		name   string
		change func()
	}{
		{"cold", func() {}},
		{"warm", func() {}},
		{"one file changed", func() {
			os.WriteFile(filepath.Join(root, filepath.FromSlash(gen.Name(17))), []byte("Neu\n\nSoldaten zählten 12 000 Container in Kiew, sagte Selenskyj."), 0o644)
		}},
		{"one file removed", func() { os.Remove(filepath.Join(root, filepath.FromSlash(gen.Name(33)))) }},
	}
	for _, st := range states {
		st.change()
		for _, cmd := range commands {
			args := append(append([]string(nil), cmd...), root)
			want, _, wantCode := runCLI(t, append([]string{cmd[0], "--no-cache"}, args[1:]...)...)
			got, _, code := runCLI(t, args...)
			if got != want || code != wantCode {
				t.Errorf("%s: %v prints %d bytes (exit %d), uncached %d (exit %d)", st.name, cmd, len(got), code, len(want), wantCode)
			}
		}
	}
}
