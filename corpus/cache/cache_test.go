package cache

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"quellen/corpus/article"
)

// load runs one cached load and checks it against an uncached one.
func load(t *testing.T, dir string, paths []string, header string) *store {
	t.Helper()
	arts, warns, st, err := loadPaths(dir, paths, header)
	if err != nil {
		t.Fatal(err)
	}
	wantArts, wantWarns := article.LoadPaths(paths)
	if !reflect.DeepEqual(arts, wantArts) {
		t.Errorf("cached articles differ from parsed ones")
	}
	if !reflect.DeepEqual(warns, wantWarns) {
		t.Errorf("cached warnings %v, parsed %v", warns, wantWarns)
	}
	return st
}

func TestCachedEqualsParsed(t *testing.T) {
	for _, root := range []string{"../../testdata/unseen/articles", "../article/testdata/pages"} {
		t.Run(root, func(t *testing.T) {
			dir := t.TempDir()
			if st := load(t, dir, []string{root}, "h"); st.hits != 0 || st.parsed == 0 {
				t.Fatalf("first load: %d hits, %d parsed", st.hits, st.parsed)
			}
			if st := load(t, dir, []string{root}, "h"); st.hits == 0 || st.parsed != 0 {
				t.Fatalf("second load: %d hits, %d parsed", st.hits, st.parsed)
			}
		})
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// cacheFile is the single cache file in dir.
func cacheFile(t *testing.T, dir string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, "*.cache"))
	if len(m) != 1 {
		t.Fatalf("cache files: %v", m)
	}
	return m[0]
}

func TestHitsAndMisses(t *testing.T) {
	root := t.TempDir()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":        "Erster Artikel\n\nDer Minister sagte am Montag, es gebe 40 Verletzte.",
		"sub/b.md":     "# Second\n\nThe minister said on Monday that 40 people were hurt.",
		"c.html":       "<html><head><title>Third</title></head><body><p>Ein Absatz.</p></body></html>",
		"empty.txt":    "   \n",
		"binary.txt":   "\x00\x01\x02 not text",
		"latin1.txt":   "Gr\xfc\xdfe aus K\xf6ln, sagte er.",
		"notes.pdf":    "ignored",
		".hidden/x.md": "hidden",
	}
	for name, text := range files {
		os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755)
		writeFile(t, filepath.Join(root, name), text)
	}
	paths := []string{root}
	steps := []struct {
		name         string
		change       func()
		hits, parsed int
	}{
		{"cold", func() {}, 0, 6},
		{"warm", func() {}, 6, 0},
		{"mtime changed", func() {
			later := time.Now().Add(time.Hour)
			os.Chtimes(filepath.Join(root, "a.txt"), later, later)
		}, 5, 1},
		{"size changed, same mtime", func() {
			p := filepath.Join(root, "sub/b.md")
			fi, _ := os.Stat(p)
			writeFile(t, p, files["sub/b.md"]+" More text.")
			os.Chtimes(p, fi.ModTime(), fi.ModTime())
		}, 5, 1},
		{"deleted", func() { os.Remove(filepath.Join(root, "c.html")) }, 5, 0},
		{"new", func() { writeFile(t, filepath.Join(root, "d.txt"), "Neu\n\nEin neuer Text.") }, 5, 1},
		{"warm again", func() {}, 6, 0},
	}
	for _, s := range steps {
		s.change()
		st := load(t, dir, paths, "h")
		if st.hits != s.hits || st.parsed != s.parsed {
			t.Errorf("%s: %d hits, %d parsed; want %d, %d", s.name, st.hits, st.parsed, s.hits, s.parsed)
		}
		data, err := os.ReadFile(cacheFile(t, dir))
		if err != nil {
			t.Fatal(err)
		}
		entries, err := decode(data, "h")
		if err != nil || len(entries) != s.hits+s.parsed {
			t.Errorf("%s: cache holds %d entries (%v), want %d", s.name, len(entries), err, s.hits+s.parsed)
		}
	}
}

func TestWarmLoadDoesNotRewrite(t *testing.T) {
	root, dir := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(root, "a.txt"), "Titel\n\nEin Satz.")
	load(t, dir, []string{root}, "h")
	f := cacheFile(t, dir)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(f, old, old)
	load(t, dir, []string{root}, "h")
	if fi, _ := os.Stat(f); !fi.ModTime().Equal(old) {
		t.Errorf("an unchanged load rewrote the cache")
	}
}

// TestBadCacheIsRebuilt: whatever is wrong with the cache file, the load
// parses every file and writes a good cache.
func TestBadCacheIsRebuilt(t *testing.T) {
	cases := []struct {
		name   string
		spoil  func(data []byte) []byte
		header string
	}{
		{"truncated", func(d []byte) []byte { return d[:len(d)/2] }, "h"},
		{"byte flipped", func(d []byte) []byte { d[len(d)/2] ^= 0x55; return d }, "h"},
		{"empty", func(d []byte) []byte { return nil }, "h"},
		{"garbage", func(d []byte) []byte { return []byte("not a cache at all, but long enough") }, "h"},
		{"other build", func(d []byte) []byte { return d }, "other"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root, dir := t.TempDir(), t.TempDir()
			writeFile(t, filepath.Join(root, "a.txt"), "Titel\n\nEin Satz.")
			writeFile(t, filepath.Join(root, "b.txt"), "Title\n\nOne sentence.")
			load(t, dir, []string{root}, "h")
			f := cacheFile(t, dir)
			data, _ := os.ReadFile(f)
			writeFile(t, f, string(c.spoil(data)))
			if st := load(t, dir, []string{root}, c.header); st.hits != 0 || st.parsed != 2 {
				t.Errorf("spoilt cache: %d hits, %d parsed", st.hits, st.parsed)
			}
			if st := load(t, dir, []string{root}, c.header); st.hits != 2 {
				t.Errorf("rebuilt cache: %d hits", st.hits)
			}
		})
	}
}

func TestUnusableDir(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "a.txt"), "Titel\n\nEin Satz.")
	blocker := filepath.Join(t.TempDir(), "file")
	writeFile(t, blocker, "x")
	arts, _, _, err := loadPaths(filepath.Join(blocker, "quellen"), []string{root}, "h")
	if err == nil || len(arts) != 1 {
		t.Errorf("dir under a file: err %v, %d articles; want an error and the article", err, len(arts))
	}
	// A folder that exists but cannot be written to is no error.
	ro := t.TempDir()
	os.Chmod(ro, 0o500)
	t.Cleanup(func() { os.Chmod(ro, 0o700) })
	arts, _, _, err = loadPaths(ro, []string{root}, "h")
	if err != nil || len(arts) != 1 {
		t.Errorf("read-only dir: err %v, %d articles", err, len(arts))
	}
	if tmp, _ := filepath.Glob(filepath.Join(ro, ".tmp-*")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestRootsHaveTheirOwnCache(t *testing.T) {
	a, b := fileName([]string{"x", "y"}), fileName([]string{"y", "x"})
	if a == b || a != fileName([]string{"x", "y"}) {
		t.Errorf("file names %s, %s", a, b)
	}
	abs, _ := filepath.Abs("x")
	if fileName([]string{abs}) != fileName([]string{"x"}) {
		t.Errorf("a relative root and its absolute path share no cache")
	}
}

// TestSameFileTwice: a file named on its own and inside its folder loads
// once, and from the cache the second time.
func TestSameFileTwice(t *testing.T) {
	root, dir := t.TempDir(), t.TempDir()
	f := filepath.Join(root, "a.txt")
	writeFile(t, f, "Titel\n\nEin Satz.")
	load(t, dir, []string{root, f}, "h")
	if st := load(t, dir, []string{root, f}, "h"); st.hits != 1 || st.parsed != 0 {
		t.Errorf("%d hits, %d parsed", st.hits, st.parsed)
	}
}

func FuzzDecode(f *testing.F) {
	a, _, _ := article.Parse("a.txt", []byte("Titel\n\nEin Satz. Noch einer."))
	good := encode("h", []*entry{{key: article.FileKey{ID: "a.txt", Path: "/a.txt", Size: 3, ModTime: -1}, art: a,
		warns: []article.Warning{{Path: "a.txt", Reason: "r"}}}, {key: article.FileKey{ID: "b"}}})
	f.Add(good)
	f.Add(good[:len(good)-5])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := decode(data, "h")
		if err != nil {
			return
		}
		if !reflect.DeepEqual(encode("h", entries), data) {
			t.Errorf("decoded entries do not encode back to the file")
		}
		for _, en := range entries {
			en.fill() // a body that does not decode leaves no paragraphs
		}
	})
}
