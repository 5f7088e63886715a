package corpus

import (
	"testing"

	"quellen/seeds"
)

// seedCorpus loads the embedded seed articles.
func seedCorpus(t testing.TB) *Corpus {
	t.Helper()
	arts, warns := LoadFS(seeds.FS())
	if len(arts) != 5 {
		t.Fatalf("loaded %d seed articles, warnings %v", len(arts), warns)
	}
	return New(arts, warns)
}
