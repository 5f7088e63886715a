//go:build unix

package cache

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestCacheFileNotRegular: a FIFO or a link to /dev/zero where the cache
// file should be is ignored at once; the load parses the files instead.
func TestCacheFileNotRegular(t *testing.T) {
	for name, mk := range map[string]func(p string) error{
		"fifo": func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"zero": func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		root, dir := t.TempDir(), t.TempDir()
		writeFile(t, filepath.Join(root, "a.txt"), "Titel\n\nEin Satz.")
		if err := mk(filepath.Join(dir, fileName([]string{root}))); err != nil {
			t.Skipf("%s: %v", name, err)
		}
		done := make(chan *store, 1)
		go func() { done <- load(t, dir, []string{root}, "h") }()
		select {
		case st := <-done:
			if st.parsed != 1 || st.hits != 0 {
				t.Errorf("%s: %d parsed, %d hits; want the file parsed", name, st.parsed, st.hits)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the load blocked on the cache file", name)
		}
	}
}

// TestDirRefusesRelativeHome: HOME=relative must not create ./relative/.cache.
func TestDirRefusesRelativeHome(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", "relative")
	if d, err := Dir(); err == nil {
		t.Errorf("Dir() = %q with a relative HOME", d)
	}
}
