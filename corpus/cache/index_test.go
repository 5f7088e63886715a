package cache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
	"quellen/corpus/search"
)

var indexQueries = []string{"soldaten", "selenskyj", "12000 container", "wladiwostok kim", "budanow", "hochwasser", "zzzz"}

// searchAll runs the queries on ix.
func searchAll(t *testing.T, ix *search.Index) []search.Hits {
	t.Helper()
	var out []search.Hits
	for _, q := range indexQueries {
		h, err := ix.NewSearcher().Search(context.Background(), q, 20)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, h)
	}
	return out
}

// indexed opens root through the cache in dir, and checks that its index
// answers as one built from an uncached load.
func indexed(t *testing.T, dir, root, header string) *Set {
	t.Helper()
	s, err := open(dir, []string{root}, header, false)
	if err != nil {
		t.Fatal(err)
	}
	got := searchAll(t, s.Index())
	arts, _ := article.LoadPaths([]string{root})
	if want := searchAll(t, search.NewIndex(arts)); !reflect.DeepEqual(got, want) {
		t.Errorf("cached index answers differently from an uncached one")
	}
	return s
}

func genRoot(t *testing.T, n int) string {
	t.Helper()
	root := t.TempDir()
	if err := gen.WriteDirVocab(root, n); err != nil {
		t.Fatal(err)
	}
	return root
}

func TestIndexFileIsUsedAndLazy(t *testing.T) {
	root, dir := genRoot(t, 120), t.TempDir()
	if s := indexed(t, dir, root, "h"); s.Indexed() != 120 {
		t.Errorf("first load indexed %d articles, want 120", s.Indexed())
	}
	s := indexed(t, dir, root, "h")
	if s.Indexed() != 0 || s.Parsed() != 0 {
		t.Errorf("second load indexed %d and parsed %d articles, want none", s.Indexed(), s.Parsed())
	}
	// A fresh Set answering one rare query decodes only what it shows.
	s, _ = open(dir, []string{root}, "h", false)
	if _, err := s.Index().NewSearcher().Search(context.Background(), "wladiwostok", 3); err != nil {
		t.Fatal(err)
	}
	if n := s.decoded(); n == 0 || n > 60 {
		t.Errorf("a search decoded %d of 120 articles", n)
	}
}

// decoded counts the articles whose paragraphs were decoded.
func (s *Set) decoded() int {
	n := 0
	for _, a := range s.Articles {
		if a.Paragraphs != nil {
			n++
		}
	}
	return n
}

func TestBadIndexFileIsRebuilt(t *testing.T) {
	cases := []struct {
		name   string
		spoil  func([]byte) []byte
		header string
	}{
		{"truncated", func(d []byte) []byte { return d[:len(d)/3] }, "h"},
		{"byte flipped", func(d []byte) []byte { d[len(d)/2] ^= 1; return d }, "h"},
		{"empty", func([]byte) []byte { return nil }, "h"},
		{"a parse cache", func([]byte) []byte { return []byte(magic + "garbage") }, "h"},
		{"other build", func(d []byte) []byte { return d }, "other"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root, dir := genRoot(t, 30), t.TempDir()
			indexed(t, dir, root, "h")
			m, _ := filepath.Glob(filepath.Join(dir, "*.index"))
			data, _ := os.ReadFile(m[0])
			writeFile(t, m[0], string(c.spoil(data)))
			if s := indexed(t, dir, root, c.header); s.Indexed() != 30 {
				t.Errorf("indexed %d articles, want all 30", s.Indexed())
			}
			if s := indexed(t, dir, root, c.header); s.Indexed() != 0 {
				t.Errorf("rebuilt index not used: indexed %d", s.Indexed())
			}
		})
	}
}

// TestOneChangedFileOfTenThousand: after one file of 10 000 changes, a
// load parses and indexes that file alone, and the index is the one an
// uncached load builds. The files are short, to keep the test quick.
func TestOneChangedFileOfTenThousand(t *testing.T) {
	const n = 10000
	root, dir := t.TempDir(), t.TempDir()
	for i := range n {
		sub := filepath.Join(root, fmt.Sprintf("%02d", i%100))
		os.MkdirAll(sub, 0o755)
		writeFile(t, filepath.Join(sub, fmt.Sprintf("%05d.txt", i)), fmt.Sprintf("Meldung %d\n\nSoldaten zählten %d Container in Wladiwostok.", i, i*7))
	}
	steps := []struct {
		name           string
		change         func()
		parsed, indexd int
	}{
		{"first load", func() {}, n, n},
		{"unchanged", func() {}, 0, 0},
		{"one changed", func() {
			writeFile(t, filepath.Join(root, "42", "04242.txt"), "Neu\n\nBudanow sprach über 12 000 Container.")
		}, 1, 1},
		{"one added, one removed", func() {
			writeFile(t, filepath.Join(root, "07", "new.txt"), "Zugabe\n\nSelenskyj in Kiew.")
			os.Remove(filepath.Join(root, "08", "00108.txt"))
		}, 1, 1},
	}
	for _, st := range steps {
		st.change()
		s := indexed(t, dir, root, "h")
		if s.Parsed() != st.parsed || s.Indexed() != st.indexd {
			t.Errorf("%s: parsed %d, indexed %d articles; want %d, %d", st.name, s.Parsed(), s.Indexed(), st.parsed, st.indexd)
		}
	}
}
