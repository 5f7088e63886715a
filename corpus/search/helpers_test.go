package search

import (
	"encoding/binary"
	"hash/crc32"
	"sync"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
	"quellen/seeds"
)

// seedIndex indexes the embedded seed articles.
func seedIndex(t testing.TB) *Index {
	t.Helper()
	arts, warns := article.LoadFS(seeds.FS())
	if len(arts) != 5 {
		t.Fatalf("loaded %d seed articles, warnings %v", len(arts), warns)
	}
	return NewIndex(arts)
}

// The generated 10 000-article benchmark corpus (bench/gen), loaded once per
// test binary and shared by every benchmark in the package.
var (
	benchLoadOnce sync.Once
	benchLoaded   []*article.Article
)

// benchArticles returns the generated corpus, loaded.
func benchArticles(b *testing.B) []*article.Article {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	benchLoadOnce.Do(func() { benchLoaded, _ = article.LoadFS(gen.Generate(10000)) })
	return benchLoaded
}

// withChecksum returns data with its last four bytes set to the CRC-32C of
// the rest, as Encode writes it.
func withChecksum(data []byte) []byte {
	out := append([]byte(nil), data...)
	body := out[:len(out)-4]
	binary.LittleEndian.PutUint32(out[len(body):], crc32.Checksum(body, crcTable))
	return out
}
