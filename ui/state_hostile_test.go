//go:build unix

package ui

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestStateFileNotRegular: a FIFO or a link to /dev/zero in place of the
// state file is refused at once: start-up neither hangs nor fills memory.
func TestStateFileNotRegular(t *testing.T) {
	for name, mk := range map[string]func(p string) error{
		"fifo": func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"zero": func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		dir := t.TempDir()
		if err := mk(filepath.Join(dir, stateFile)); err != nil {
			t.Skipf("%s: %v", name, err)
		}
		done := make(chan error, 1)
		go func() { _, err := loadState(dir); done <- err }()
		select {
		case err := <-done:
			if err == nil {
				t.Errorf("%s: no error", name)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: loadState blocked", name)
		}
	}
}

// TestStateMergeOnSave: two readers on one state file keep each other's
// positions; only what a run changed replaces what the other saved.
func TestStateMergeOnSave(t *testing.T) {
	dir := t.TempDir()
	start := savedState{Version: stateVersion, Positions: map[string]position{"a.txt": {1}, "b.txt": {1}}}
	if err := saveState(dir, start); err != nil {
		t.Fatal(err)
	}
	base := map[string]position{"a.txt": {1}, "b.txt": {1}}
	first := savedState{Last: "a.txt", Positions: map[string]position{"a.txt": {5}, "b.txt": {1}}}
	second := savedState{Last: "c.txt", Positions: map[string]position{"a.txt": {1}, "b.txt": {1}, "c.txt": {7}}}
	if err := saveMerged(dir, base, first); err != nil {
		t.Fatal(err)
	}
	if err := saveMerged(dir, base, second); err != nil {
		t.Fatal(err)
	}
	got, err := loadState(dir)
	want := map[string]position{"a.txt": {5}, "b.txt": {1}, "c.txt": {7}}
	if err != nil || got.Last != "c.txt" || len(got.Positions) != len(want) {
		t.Fatalf("state %+v, %v; want positions %v", got, err, want)
	}
	for id, p := range want {
		if got.Positions[id] != p {
			t.Errorf("%s at %v, want %v", id, got.Positions[id], p)
		}
	}
}

// TestStaleTempsRemoved: what a killed save left behind goes at the next
// start; a fresh temporary file, perhaps another reader's save, stays.
func TestStaleTempsRemoved(t *testing.T) {
	dir := t.TempDir()
	stale, fresh := filepath.Join(dir, stateFile+".123.tmp"), filepath.Join(dir, stateFile+".456.tmp")
	os.WriteFile(stale, []byte("{"), 0o600)
	os.WriteFile(fresh, []byte("{"), 0o600)
	old := time.Now().Add(-2 * staleTemp)
	os.Chtimes(stale, old, old)
	loadState(dir)
	if _, err := os.Stat(stale); err == nil {
		t.Error("stale temporary file left")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("fresh temporary file removed")
	}
}

// TestStateDirRefusesRelativeHome: HOME=relative keeps no state rather than
// creating ./relative/.local/state.
func TestStateDirRefusesRelativeHome(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "relative")
	if d := DefaultStateDir(); d != "" {
		t.Errorf("DefaultStateDir() = %q with a relative HOME", d)
	}
}
