package ui_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndCite drives o and y in the real binary under tmux: o runs a
// stub $BROWSER with the article's address, y sends OSC 52, which tmux
// (set-clipboard on) puts in its paste buffer.
func TestEndToEndCite(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tmux is not installed")
		}
		t.Fatal("tmux is required in CI")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	article := "---\ntitle: Hafenbrand in Kesselmünde\nsource: Nordbote\ndate: 2025-06-03\nurl: https://nordbote.example/hafenbrand\n---\n\n" +
		"Bei einem Großbrand im Hafen von Kesselmünde sind in der Nacht zwei Lagerhallen zerstört worden.\n\n" +
		"Die Ursache des Feuers ist noch unklar.\n"
	if err := os.WriteFile(filepath.Join(dir, "hafen.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	// The stub lives apart from the articles: in their folder it would be
	// a file of a type quellen skips, and a warning.
	bin2 := t.TempDir()
	got := filepath.Join(bin2, "browser-args")
	stub := filepath.Join(bin2, "browser.sh")
	if err := os.WriteFile(stub, []byte("#!/bin/sh\nprintf '%s\\n' \"$@\" > "+got+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	s := startTmuxWith(t, 100, 30, []string{"BROWSER=" + stub}, bin, "--no-cache", dir)
	_ = s.tmux("set-option", "-g", "set-clipboard", "on")
	s.waitFor(t, "Hafenbrand in Kesselmünde", "nordbote.example")
	s.keys(t, "Tab", "o")
	s.waitFor(t, "opened https://nordbote.example/hafenbrand")
	var args []byte
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if args, _ = os.ReadFile(got); len(args) > 0 {
			break
		}
	}
	if strings.TrimSpace(string(args)) != "https://nordbote.example/hafenbrand" {
		t.Fatalf("the browser got %q", args)
	}
	s.keys(t, "y")
	s.waitFor(t, "copied ¶1 with its citation")
	var buf []byte
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		buf, _ = exec.Command("tmux", "-L", s.socket, "show-buffer").Output()
		if len(buf) > 0 {
			break
		}
	}
	want := "„Bei einem Großbrand im Hafen von Kesselmünde sind in der Nacht zwei Lagerhallen zerstört worden.“\n" +
		"— Nordbote, „Hafenbrand in Kesselmünde“, 2025-06-03, https://nordbote.example/hafenbrand, ¶1"
	if string(buf) != want {
		t.Errorf("tmux buffer %q, want %q", buf, want)
	}
	s.keys(t, "q")
	s.waitExit(t)
}
