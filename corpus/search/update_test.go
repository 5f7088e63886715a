package search

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"quellen/bench/gen"
	"quellen/corpus/article"
)

// genArticles parses n generated articles, in name order.
func genArticles(t testing.TB, n int) []*article.Article {
	t.Helper()
	fsys := gen.GenerateVocab(n)
	var arts []*article.Article
	for i := range n {
		name := gen.Name(i)
		a, _, err := article.Parse(name, fsys[name].Data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

func parsed(t *testing.T, id, text string) *article.Article {
	t.Helper()
	a, _, err := article.Parse(id, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestUpdateEqualsRebuild: an index updated from an older one is, table for
// table, the one built from scratch, and reads only the new articles.
func TestUpdateEqualsRebuild(t *testing.T) {
	base := genArticles(t, 40)
	cases := []struct {
		name string
		edit func(arts []*article.Article) []*article.Article
		read int
	}{
		{"nothing changed", func(a []*article.Article) []*article.Article { return a }, 0},
		{"one changed", func(a []*article.Article) []*article.Article {
			a[7] = parsed(t, a[7].ID, "Neuer Titel\n\nSelenskyj besuchte Wladiwostok. Ein Urlaubsresort brannte.")
			return a
		}, 1},
		{"one removed", func(a []*article.Article) []*article.Article { return slices.Delete(a, 3, 4) }, 0},
		{"one added", func(a []*article.Article) []*article.Article {
			return slices.Insert(a, 10, parsed(t, "gen/00/zz.txt", "Zugabe\n\nEIN WORT in Großbuchstaben, Budanow."))
		}, 1},
		{"first and last changed, middle removed", func(a []*article.Article) []*article.Article {
			a[0] = parsed(t, a[0].ID, "Kurz\n\nNur ein Satz.")
			a[len(a)-1] = parsed(t, a[len(a)-1].ID, "Kein Absatz")
			return slices.Delete(a, 15, 25)
		}, 2},
		{"all removed", func(a []*article.Article) []*article.Article { return nil }, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			old := NewIndex(base)
			oldPos := map[*article.Article]int{}
			for i, a := range base {
				oldPos[a] = i
			}
			arts := c.edit(slices.Clone(base))
			from := make([]int, len(arts))
			for i, a := range arts {
				from[i] = -1
				if o, ok := oldPos[a]; ok {
					from[i] = o
				}
			}
			got, read := Update(old, from, func(i int) *article.Article { return arts[i] })
			want := NewIndex(arts)
			if !bytes.Equal(Encode(got, [32]byte{}, nil), Encode(want, [32]byte{}, nil)) {
				t.Errorf("updated index differs from the rebuilt one")
			}
			if read != c.read {
				t.Errorf("read %d articles, want %d", read, c.read)
			}
		})
	}
}

func benchUpdate(b *testing.B, n int) {
	base := genArticles(b, n)
	old := NewIndex(base)
	arts := slices.Clone(base)
	arts[n/2] = func() *article.Article {
		a, _, _ := article.Parse(base[n/2].ID, []byte("Geändert\n\nEin neuer Absatz über Wladiwostok."))
		return a
	}()
	from := make([]int, n)
	for i := range from {
		from[i] = i
	}
	from[n/2] = -1
	b.ResetTimer()
	for b.Loop() {
		Update(old, from, func(i int) *article.Article { return arts[i] })
	}
}

// BenchmarkUpdateOneChanged updates the index of n articles, one of them
// changed (growing vocabulary); compare BenchmarkIndexBuild.
func BenchmarkUpdateOneChanged(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchUpdate(b, n) })
	}
}
