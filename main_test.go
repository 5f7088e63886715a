package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func TestExitCodesAndUsage(t *testing.T) {
	empty := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"help", []string{"--help"}, exitOK, "Usage:", ""},
		{"version", []string{"--version"}, exitOK, "quellen " + version, ""},
		{"articles on seeds", []string{"articles"}, exitOK, "000_efe9d312fbbdeb90.txt", ""},
		{"unknown flag", []string{"articles", "--bogus"}, exitUsage, "", "flag provided but not defined"},
		{"search without query", []string{"search"}, exitUsage, "", "search needs a QUERY"},
		{"bad limit", []string{"search", "--limit", "0", "kim"}, exitUsage, "", "--limit"},
		{"bad format", []string{"figures", "--format", "pdf"}, exitUsage, "", "unknown --format"},
		{"missing aliases file", []string{"entities", "--aliases", filepath.Join(empty, "nope.tsv")}, exitUsage, "", "--aliases"},
		{"nothing loadable", []string{"articles", empty}, exitNoInput, "", "no article could be loaded"},
		{"missing path", []string{"articles", filepath.Join(empty, "missing")}, exitNoInput, "", "cannot read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(out, tt.inStdout) {
				t.Errorf("stdout %q lacks %q", out, tt.inStdout)
			}
			if !strings.Contains(errOut, tt.inStderr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.inStderr)
			}
		})
	}
}

func TestArticlesJSON(t *testing.T) {
	out, _, code := runCLI(t, "articles", "--json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Articles []struct {
			ID         string `json:"id"`
			Title      string `json:"title"`
			Date       string `json:"date"`
			Lang       string `json:"lang"`
			Paragraphs int    `json:"paragraphs"`
			Words      int    `json:"words"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Articles) != 5 {
		t.Fatalf("%d articles, want 5", len(doc.Articles))
	}
	for _, a := range doc.Articles {
		if a.ID == "" || a.Title == "" || a.Lang != "de" || a.Paragraphs == 0 || a.Words < 100 {
			t.Errorf("incomplete row %+v", a)
		}
	}
	if doc.Articles[2].Date != "2024-10" {
		t.Errorf("002 date %q", doc.Articles[2].Date)
	}
}

// Flags may follow positional arguments, as people type them.
func TestFlagsAfterPaths(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Ein kurzer Artikel über das Wetter in Berlin, der heute erschienen ist."), 0o644)
	out, _, code := runCLI(t, "articles", dir, "--json")
	if code != exitOK || !strings.Contains(out, `"id": "a.txt"`) {
		t.Fatalf("exit %d, out %s", code, out)
	}
}

// A folder of bad files: everything readable loads, the rest is named on
// stderr with a reason, and no escape byte reaches any output.
func TestBadInputFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("escapes.txt", []byte("Titel\x1b]0;pwned\x07 mit Farbe\n\nDer Text \x1b[31mrot\x1b[0m und \x1b]52;c;ZXZpbA==\x07 Zwischenablage \x9b2J und \u009b2J. Noch ein Satz mit \x1bPdcs\x1b\\ Inhalt."))
	write("latin1.txt", []byte("Die Soldaten f\xfcr den Einsatz wurden gez\xe4hlt. Es waren viele."))
	write("mixed.txt", []byte("Gültiger Text \xff mit einem kaputten Byte. Noch ein Satz."))
	write("binary.txt", append([]byte("GIF89a"), make([]byte, 100)...))
	write("empty.txt", nil)
	write("blank.md", []byte("  \n\n \t\n"))
	big := bytes.Repeat([]byte("Ein sehr langer Satz ohne Ende "), 5<<20/31)
	write("big.txt", big)
	write("notes.csv", []byte("ignored,1,2"))

	out, errOut, code := runCLI(t, "articles", dir)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	for _, id := range []string{"escapes.txt", "latin1.txt", "mixed.txt", "big.txt"} {
		if !strings.Contains(out, id) {
			t.Errorf("%s did not load:\n%s", id, out)
		}
	}
	for _, want := range []string{"binary.txt: skipped: binary file", "empty.txt: skipped: empty file", "blank.md: skipped: empty file", "mixed.txt: invalid UTF-8", "latin1.txt: not UTF-8"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(out+errOut, "notes.csv") {
		t.Errorf("non-article file mentioned")
	}
	jsonOut, _, _ := runCLI(t, "articles", "--json", dir)
	for _, s := range []string{out, errOut, jsonOut} {
		for i, r := range s {
			if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) {
				t.Fatalf("control character %U at %d in output", r, i)
			}
		}
	}
}
