package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func runStdin(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestCommandHelpAndUnknownCommands(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{[]string{"search", "--help"}, exitOK, "quellen search [--json] [--limit N] QUERY", ""},
		{[]string{"search", "-h"}, exitOK, "passages matching QUERY", ""},
		{[]string{"figures", "--help"}, exitOK, "--format text|markdown|csv", ""},
		{[]string{"entities", "-h"}, exitOK, "quellen entities", ""},
		{[]string{"articles", "--help"}, exitOK, "quellen articles", ""},
		{[]string{"cache", "--help"}, exitOK, "quellen cache clean", ""},
		{[]string{"shared", "--help"}, exitOK, "quellen shared [--json] [PATH ...]", ""},
		{[]string{"figures", "--lang", "fr"}, exitUsage, "", "unknown --lang"},
		{[]string{"help", "search"}, exitOK, "quellen search", ""},
		{[]string{"serach", "kim"}, exitUsage, "", `unknown command "serach"`},
		{[]string{"serach"}, exitUsage, "", "articles, search, figures, entities, shared, cache"},
		{[]string{"missing.txt"}, exitNoInput, "", "cannot read"},
		{[]string{"cache", "tidy"}, exitUsage, "", "cache takes one word: clean"},
		{[]string{"figures", "--json", "--format", "csv"}, exitUsage, "", "--json and --format exclude each other"},
		{[]string{"search", "xqzvwk"}, exitNoInput, "No passage matches", ""},
		{[]string{"search", "--json", "xqzvwk"}, exitNoInput, `"results": []`, ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errOut, code := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.inStdout) || !strings.Contains(errOut, tt.inStderr) {
				t.Errorf("exit %d (want %d)\nstdout %q (want %q)\nstderr %q (want %q)", code, tt.code, out, tt.inStdout, errOut, tt.inStderr)
			}
		})
	}
}

// Unquoted query words: every word before the first path is the query.
func TestSearchUnquotedWords(t *testing.T) {
	out, _, code := runCLI(t, "search", "--limit", "1", "1500", "wladiwostok")
	if code != exitOK || !strings.Contains(out, `"1500 wladiwostok"`) || !strings.Contains(out, "[Wladiwostok]") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Kim Jong-un besuchte Wladiwostok im Herbst."), 0o644)
	out, errOut, code := runCLI(t, "search", "kim", "wladiwostok", dir, "--json")
	var doc struct {
		Query   string
		Results []struct{ Article string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != exitOK {
		t.Fatalf("exit %d, %v\n%s%s", code, err, out, errOut)
	}
	if doc.Query != "kim wladiwostok" || len(doc.Results) != 1 || doc.Results[0].Article != "a.txt" {
		t.Errorf("query %q, results %+v", doc.Query, doc.Results)
	}
}

// JSON matches carry rune offsets and their text besides byte offsets, and
// each result its article's title, outlet and date.
func TestSearchJSONOffsets(t *testing.T) {
	out, _, code := runCLI(t, "search", "--json", "--limit", "3", "Pjöngjang Moskau")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Total   int `json:"total"`
		Results []struct {
			Title, Date, Text string
			Source            *string
			Closest           *bool
			Matches           []struct {
				Start, End         int
				RuneStart, RuneEnd int `json:"-"`
				RS                 int `json:"rune_start"`
				RE                 int `json:"rune_end"`
				Text               string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Total == 0 || len(doc.Results) == 0 {
		t.Fatalf("no results:\n%s", out)
	}
	for _, r := range doc.Results {
		if r.Title == "" || r.Source == nil || r.Closest == nil {
			t.Errorf("result lacks title, source or closest: %+v", r)
		}
		runes := []rune(r.Text)
		for _, m := range r.Matches {
			if r.Text[m.Start:m.End] != m.Text || string(runes[m.RS:m.RE]) != m.Text {
				t.Errorf("match %q: bytes give %q, runes %q", m.Text, r.Text[m.Start:m.End], string(runes[m.RS:m.RE]))
			}
			if m.Text == "Pjöngjang" && m.RE-m.RS != utf8.RuneCountInString("Pjöngjang") {
				t.Errorf("rune offsets of Pjöngjang: %d-%d", m.RS, m.RE)
			}
		}
	}
}

// "-" reads one article from stdin, as text, Markdown or HTML.
func TestStdinArticle(t *testing.T) {
	text := "Lage in Wladiwostok\n\nDer Hafen von Wladiwostok ist voller Schiffe, sagte der Sprecher am Montag."
	out, errOut, code := runStdin(t, text, "search", "hafen", "-")
	if code != exitOK || !strings.Contains(out, "stdin ¶") || !strings.Contains(out, "[Hafen]") {
		t.Fatalf("exit %d:\n%s\n%s", code, out, errOut)
	}
	html := "<html><head><title>Aus dem Netz</title></head><body><article><p>Ein Bericht aus Kiew über die Lage an der Front, mit Zahlen.</p></article></body></html>"
	out, _, code = runStdin(t, html, "articles", "--json", "-")
	if code != exitOK || !strings.Contains(out, `"id": "stdin"`) || !strings.Contains(out, "Aus dem Netz") {
		t.Fatalf("html on stdin: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Ein anderer Artikel über Berlin."), 0o644)
	out, _, _ = runStdin(t, text, "articles", dir, "-")
	if !strings.Contains(out, "a.txt") || !strings.Contains(out, "stdin") {
		t.Errorf("a folder and stdin:\n%s", out)
	}
	if _, errOut, code := runStdin(t, "", "articles", "-"); code != exitNoInput || !strings.Contains(errOut, "-: skipped") {
		t.Errorf("empty stdin: exit %d, %q", code, errOut)
	}
}

// Without a terminal on stdout the reader prints the article list.
func TestReaderWithoutTerminalPrintsArticles(t *testing.T) {
	list, _, _ := runCLI(t, "articles")
	out, _, code := runCLI(t)
	if code != exitOK || out != list {
		t.Fatalf("exit %d; got\n%s\nwant what 'quellen articles' prints:\n%s", code, out, list)
	}
}

// Files of other types are counted on one line; a folder of only such
// files says why nothing loaded.
func TestOtherFileTypes(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.pdf", "b.pdf", "c.pdf", "d.docx", "e.docx"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	_, errOut, code := runCLI(t, "articles", dir)
	if code != exitNoInput || !strings.Contains(errOut, "skipped 3 .pdf and 2 .docx files") ||
		!strings.Contains(errOut, "no article could be loaded: quellen reads .txt, .md and .html files") {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if n := strings.Count(errOut, "\n"); n != 2 {
		t.Errorf("%d stderr lines, want the count and the reason", n)
	}
}

func TestCacheClean(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Der Minister sprach in Wladiwostok."), 0o644)
	if _, _, code := runCLI(t, "articles", dir); code != exitOK {
		t.Fatal("load failed")
	}
	out, _, code := runCLI(t, "cache", "clean")
	if code != exitOK || !strings.Contains(out, "removed 1 cache file") {
		t.Fatalf("exit %d: %s", code, out)
	}
	if m, _ := filepath.Glob(filepath.Join(home, "quellen", "*.cache")); len(m) != 0 {
		t.Errorf("left %v", m)
	}
}
