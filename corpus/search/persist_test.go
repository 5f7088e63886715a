package search

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"quellen/corpus/article"
)

func persistCorpus(t testing.TB) []*article.Article {
	t.Helper()
	texts := map[string]string{
		"a.txt": "Selenskyj in Kiew\n\nPräsident Selenskyj sprach in Kiew über 12 000 Container.\n\nDie Sechs-Parteien-Gespräche gehen weiter.",
		"b.txt": "Zelensky visits Kyiv\n\nPresident Zelensky met officials; 12,000 containers were counted.\n\nThe talks go on.",
		"c.txt": "Hochwasser in Köln\n\nDer Pegel stieg auf 9,5 Meter, 1.500 Menschen wurden evakuiert.",
	}
	var arts []*article.Article
	for _, id := range []string{"a.txt", "b.txt", "c.txt"} {
		a, _, err := article.Parse(id, []byte(texts[id]))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

var persistQueries = []string{"selenskyj", "zelensky", "12000 container", "kiew", "sechsparteien", "hochwasser pegel", "evakuiert", "pres", "kyiv talks", "nothing"}

func TestPersistedIndexAnswersAsBuilt(t *testing.T) {
	arts := persistCorpus(t)
	built := NewIndex(arts)
	key := [32]byte{1, 2, 3}
	data := Encode(built, key, []uint64{7, 8, 9})
	opened, err := Open(data, key, len(arts), func(a int) *article.Article { return arts[a] })
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range persistQueries {
		want, err1 := built.NewSearcher().Search(context.Background(), q, 10)
		got, err2 := opened.NewSearcher().Search(context.Background(), q, 10)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: opened index gives %+v (%v), built %+v (%v)", q, got, err2, want, err1)
		}
	}
	stale, keys, err := OpenStale(data)
	if err != nil || !reflect.DeepEqual(keys, []uint64{7, 8, 9}) || stale.Len() != built.Len() {
		t.Errorf("OpenStale: keys %v, %v", keys, err)
	}
}

func TestIndexFileRefused(t *testing.T) {
	arts := persistCorpus(t)
	key := [32]byte{1}
	good := Encode(NewIndex(arts), key, nil)
	flip := func(i int) []byte {
		b := append([]byte(nil), good...)
		b[i] ^= 0x40
		return b
	}
	cases := []struct {
		name  string
		data  []byte
		key   [32]byte
		narts int
	}{
		{"empty", nil, key, len(arts)},
		{"truncated", good[:len(good)/2], key, len(arts)},
		{"other key", good, [32]byte{2}, len(arts)},
		{"other article count", good, key, len(arts) + 1},
		{"flipped magic", flip(0), key, len(arts)},
		{"flipped body", flip(len(good) / 2), key, len(arts)},
		{"flipped checksum", flip(len(good) - 1), key, len(arts)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Open(c.data, c.key, c.narts, func(a int) *article.Article { return arts[a] })
			if !errors.Is(err, ErrIndexFile) {
				t.Errorf("Open: %v, want ErrIndexFile", err)
			}
		})
	}
	if _, err := Open(good[:len(good):len(good)], key, len(arts), func(a int) *article.Article { return arts[a] }); err != nil {
		t.Errorf("the good file: %v", err)
	}
}

// FuzzOpenIndex feeds Open damaged and forged index files: it must refuse
// them or return an index whose searches do not fail. The checksum is
// recomputed over the mutated body, so the fuzzer gets past it to the
// tables.
func FuzzOpenIndex(f *testing.F) {
	arts := persistCorpus(f)
	key := [32]byte{9}
	good := Encode(NewIndex(arts), key, []uint64{1, 2, 3})
	f.Add(good, false)
	f.Add(good, true)
	f.Add(good[:len(good)-10], true)
	f.Fuzz(func(t *testing.T, data []byte, fixSum bool) {
		if fixSum && len(data) >= 4 {
			data = withChecksum(data)
		}
		if stale, _, err := OpenStale(data); err == nil {
			from := []int{-1, -1, -1}
			for i := range min(len(from), stale.narts) {
				from[i] = i
			}
			Update(stale, from, func(i int) *article.Article { return arts[i] })
		}
		ix, err := Open(data, key, len(arts), func(a int) *article.Article { return arts[a] })
		if err != nil {
			return
		}
		for _, q := range persistQueries {
			if _, err := ix.NewSearcher().Search(context.Background(), q, 5); err != nil {
				t.Fatal(err)
			}
		}
	})
}
