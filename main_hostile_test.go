//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// noControls fails when s holds a control character other than newline and
// tab: nothing a file holds may reach the terminal raw.
func noControls(t *testing.T, what, s string) {
	t.Helper()
	for i, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) || r == '\u202e' {
			t.Fatalf("%s: control character %U at %d in %q", what, r, i, s[max(0, i-20):min(len(s), i+20)])
		}
	}
}

// TestHostileAliasesFile: names from --aliases are printed sanitised, and
// a FIFO or a path with escapes in its name is refused at once, the path
// printed safely.
func TestHostileAliasesFile(t *testing.T) {
	dir := t.TempDir()
	aliases := filepath.Join(dir, "aliases.tsv")
	os.WriteFile(aliases, []byte("Budanow\tKyrylo \x1b]52;c;cm0gLXJmIH4=\x07\x1b]8;;http://x.invalid\x1b\\Budanow\u009b31m\u202e\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Der Geheimdienstchef Budanow sagte am Montag in Kiew, die Lage sei ernst. Budanow warnte vor neuen Angriffen."), 0o644)
	out, errOut, code := runCLI(t, "entities", "--aliases", aliases, filepath.Join(dir, "a.txt"))
	if code != exitOK || !strings.Contains(out, "Kyrylo Budanow") {
		t.Errorf("exit %d, stdout lacks the alias:\n%s\n%s", code, out, errOut)
	}
	noControls(t, "entities", out+errOut)

	fifo := filepath.Join(dir, "fifo\x1b[2J\nname.tsv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs: %v", err)
	}
	start := time.Now()
	_, errOut, code = runCLI(t, "entities", "--aliases", fifo, filepath.Join(dir, "a.txt"))
	if code != exitUsage || !strings.Contains(errOut, "not a regular file") || time.Since(start) > 10*time.Second {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	noControls(t, "error for a FIFO", errOut)
	if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("the error spans lines: %q", errOut)
	}
}

// TestHostileFileNames: file names that print alike load as two articles,
// each with its own text, and no name forges an output row or warning.
func TestHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("Die echte Datei nennt Wladiwostok."), 0o644)
	os.WriteFile(filepath.Join(dir, "\x1b[1mx.txt"), []byte("Die falsche Datei nennt Chabarowsk."), 0o644)
	os.WriteFile(filepath.Join(dir, "forged\nquellen: warning: x.txt: skipped.txt"), []byte("\x00binary"), 0o644)
	out, errOut, code := runCLI(t, "articles", dir, filepath.Join(dir, "x.txt"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	noControls(t, "articles", out+errOut)
	if n := strings.Count(out, "\n"); n != 3 { // header and two rows
		t.Errorf("%d lines, want a header and two rows:\n%s", n, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		if !strings.HasPrefix(line, "quellen: warning: ") || strings.HasPrefix(line, "quellen: warning: x.txt: skipped") {
			t.Errorf("forged or foreign warning line %q", line)
		}
	}
	for id, city := range map[string]string{"x.txt": "Wladiwostok", "x~2.txt": "Chabarowsk"} {
		out, _, _ := runCLI(t, "search", city, dir)
		if !strings.Contains(out, id+" ¶1") {
			t.Errorf("search %s: want it in %s:\n%s", city, id, out)
		}
	}
}
