package article

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// Files of types quellen does not read are counted in one warning per
// folder given; a folder of only such files loads nothing and says so.
func TestSkippedTypesCounted(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.pdf", "b.pdf", "sub/c.PDF", "d.docx", "e.docx", "README", "ok.txt", ".hidden.pdf"} {
		p := filepath.Join(dir, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("Ein Satz über die Lage in Berlin, heute."), 0o644)
	}
	arts, warns := LoadPaths([]string{dir})
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	if len(warns) != 1 || !IsSkippedTypes(warns[0]) ||
		warns[0].Reason != "skipped 3 .pdf and 2 .docx files and 1 file without an extension (quellen reads .txt, .md and .html)" {
		t.Fatalf("warnings %v", warns)
	}
	only := t.TempDir()
	os.WriteFile(filepath.Join(only, "x.pdf"), []byte("%PDF"), 0o644)
	arts, warns = LoadPaths([]string{only})
	if len(arts) != 0 || len(warns) != 1 || warns[0].Reason != "skipped 1 .pdf file (quellen reads .txt, .md and .html)" {
		t.Fatalf("only a pdf: %d articles, %v", len(arts), warns)
	}
}

// The same relative path under two folders gets both folders' names, in
// whichever order the folders are given.
func TestIDsDoNotDependOnArgumentOrder(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"r1", "r2"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
		os.WriteFile(filepath.Join(root, d, "a.txt"), []byte("Bericht aus "+d+" über die Lage."), 0o644)
	}
	ids := func(paths ...string) []string {
		arts, _ := LoadPaths(paths)
		var out []string
		for _, a := range arts {
			out = append(out, a.ID+"="+filepath.Base(filepath.Dir(a.Path)))
		}
		return out
	}
	r1, r2 := filepath.Join(root, "r1"), filepath.Join(root, "r2")
	a, b := ids(r1, r2), ids(r2, r1)
	want := []string{"r1/a.txt=r1", "r2/a.txt=r2"}
	if !slices.Equal(a, want) || !slices.Equal(b, want) {
		t.Fatalf("IDs %v and %v, want %v both times", a, b, want)
	}
}
