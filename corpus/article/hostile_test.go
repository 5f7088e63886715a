//go:build unix

package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within fails the test when f does not return in time: what it tests
// used to block for ever.
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("still blocked after %v", d)
	}
}

func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
}

// TestReadFile: FIFOs and devices are refused without blocking, and no file
// is read past its limit.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	mkfifo(t, fifo)
	zero := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big")
	os.WriteFile(big, make([]byte, 100), 0o644)
	small := filepath.Join(dir, "small")
	os.WriteFile(small, []byte("klein"), 0o644)
	var tooLarge *TooLargeError
	tests := []struct {
		path string
		ok   func(err error) bool
	}{
		{fifo, func(err error) bool { return errors.Is(err, ErrNotRegular) }},
		{zero, func(err error) bool { return errors.Is(err, ErrNotRegular) }},
		{dir, func(err error) bool { return errors.Is(err, ErrNotRegular) }},
		{big, func(err error) bool { return errors.As(err, &tooLarge) && tooLarge.Size == 100 }},
		{small, func(err error) bool { return err == nil }},
		{filepath.Join(dir, "missing"), func(err error) bool { return errors.Is(err, os.ErrNotExist) }},
	}
	for _, tt := range tests {
		within(t, 5*time.Second, func() {
			if _, err := ReadFile(tt.path, 10); !tt.ok(err) {
				t.Errorf("%s: unexpected error %v", filepath.Base(tt.path), err)
			}
		})
	}
}

// TestLoadFIFOSwap: a file that becomes a FIFO between the folder walk and
// the read gets a warning instead of hanging the load.
func TestLoadFIFOSwap(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "swap.txt")
	os.WriteFile(p, []byte(loadProse), 0o644)
	os.WriteFile(filepath.Join(dir, "stays.txt"), []byte(loadProse), 0o644)
	w := walker{seen: map[fileID]string{}, seenDirs: map[string]bool{}}
	info, _ := os.Stat(dir)
	w.walk(dir, "", dir, info)
	os.Remove(p)
	mkfifo(t, p)
	within(t, 5*time.Second, func() {
		srcs, _ := sources(w.files, nil)
		arts, warns := loadSources(srcs, nil)
		if len(arts) != 1 || arts[0].ID != "stays.txt" {
			t.Errorf("loaded %d articles, want stays.txt alone", len(arts))
		}
		if len(warns) != 1 || warns[0].Path != "swap.txt" || !strings.Contains(warns[0].Reason, "not a regular file") {
			t.Errorf("warnings %v, want one that swap.txt is not a regular file", warns)
		}
	})
}

// TestLoadShadowedNames: names that print alike never share an ID, the
// name that prints as it is keeps its own, and the other is told.
func TestLoadShadowedNames(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("Die echte Datei. "+loadProse), 0o644)
	os.WriteFile(filepath.Join(dir, "\x1b[1mx.txt"), []byte("Die falsche Datei. "+loadProse), 0o644)
	os.WriteFile(filepath.Join(dir, "a\nb.txt"), []byte("Mit Zeilenumbruch. "+loadProse), 0o644)
	os.WriteFile(filepath.Join(dir, "a?b.txt"), []byte("Mit Fragezeichen. "+loadProse), 0o644)
	arts, warns := LoadPaths([]string{dir})
	want := map[string]string{
		"x.txt":     "Die echte Datei.",
		"x~2.txt":   "Die falsche Datei.",
		"a?b.txt":   "Mit Fragezeichen.",
		"a?b~2.txt": "Mit Zeilenumbruch.",
	}
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d", len(arts), len(want))
	}
	for _, a := range arts {
		if text, ok := want[a.ID]; !ok || !articleHas(a, text) {
			t.Errorf("%q: want the file saying %q, have %q", a.ID, text, a.Paragraphs[0].Text)
		}
	}
	if len(warns) != 2 || warns[0].Path != "x~2.txt" || warns[1].Path != "a?b~2.txt" {
		t.Errorf("warnings %v, want one for each renamed file", warns)
	}
}

// TestLoadSameFileOnce: a folder named twice (relative and absolute), a
// file named with its folder, a link to a file and a link to the root
// inside it load each article once.
func TestLoadSameFileOnce(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Einmal A. "+loadProse), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("Einmal B. "+loadProse), 0o644)
	if err := os.Symlink(dir, filepath.Join(dir, "root")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	if err := os.Chdir(filepath.Dir(dir)); err != nil {
		t.Fatal(err)
	}
	rel := filepath.Base(dir)
	arts, warns := LoadPaths([]string{rel, dir, filepath.Join(dir, "a.txt"), filepath.Join(rel, "root")})
	if len(arts) != 2 {
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		t.Errorf("articles %q, want a.txt and b.md once each", ids)
	}
	// The link and the file named again are told; folders seen again are not.
	if len(warns) != 2 {
		t.Errorf("warnings %v, want two saying the same file", warns)
	}
	for _, w := range warns {
		if !strings.Contains(w.Reason, "same file as") {
			t.Errorf("warning %v", w)
		}
	}
}
