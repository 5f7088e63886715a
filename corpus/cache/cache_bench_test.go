package cache

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
)

// benchDir writes the 10 000 generated articles to a temporary folder.
func benchDir(b *testing.B) string {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	dir := b.TempDir()
	if err := gen.WriteDir(dir, 10000); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkLoadPaths loads 10 000 articles from disk: cold parses every
// file (article.LoadPaths), cached reads the parse cache of an earlier load.
func BenchmarkLoadPaths(b *testing.B) {
	b.Run("cold", func(b *testing.B) {
		dir := benchDir(b)
		for i := 0; i < b.N; i++ {
			if arts, _ := article.LoadPaths([]string{dir}); len(arts) != 10000 {
				b.Fatalf("%d articles", len(arts))
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		dir := benchDir(b)
		cacheDir := b.TempDir()
		b.StopTimer()
		loadPaths(cacheDir, []string{dir}, "h")
		b.StartTimer()
		for i := 0; i < b.N; i++ {
			arts, _, st, _ := loadPaths(cacheDir, []string{dir}, "h")
			if len(arts) != 10000 || st.hits != 10000 {
				b.Fatalf("%d articles, %d hits", len(arts), st.hits)
			}
		}
		m, _ := filepath.Glob(filepath.Join(cacheDir, "*.cache"))
		if fi, err := os.Stat(m[0]); err == nil {
			b.ReportMetric(float64(fi.Size())/1e6, "cache-MB")
		}
	})
}

// gobEntry is entry with exported fields, for gob.
type gobEntry struct {
	Key   article.FileKey
	Art   *article.Article
	Warns []article.Warning
}

// BenchmarkDecode compares this package's format with gob on the cache of
// 10 000 articles: decoding is what every cached run pays.
func BenchmarkDecode(b *testing.B) {
	dir := benchDir(b)
	b.StopTimer()
	s := &store{of: map[*article.Article]*entry{}}
	article.LoadPathsWith([]string{dir}, s)
	data := encode("h", s.entries)
	gobs := make([]gobEntry, len(s.entries))
	for i, e := range s.entries {
		gobs[i] = gobEntry{e.key, e.art, e.warns}
	}
	var gobData bytes.Buffer
	if err := gob.NewEncoder(&gobData).Encode(gobs); err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	b.Run("quellen-table", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			if _, err := decode(data, "h"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("quellen-all", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			entries, err := decode(data, "h")
			if err != nil {
				b.Fatal(err)
			}
			for _, en := range entries {
				en.fill()
			}
		}
	})
	b.Run("gob", func(b *testing.B) {
		b.SetBytes(int64(gobData.Len()))
		for i := 0; i < b.N; i++ {
			var out []gobEntry
			if err := gob.NewDecoder(bytes.NewReader(gobData.Bytes())).Decode(&out); err != nil {
				b.Fatal(err)
			}
		}
	})
}
