package corpus

import (
	"context"
	"slices"
	"testing"
)

// The German and English names of well-known places find each other
// without the entities being extracted, ranked below the name typed.
func TestSearchExonyms(t *testing.T) {
	var arts []*Article
	for i, text := range []string{
		"Der Kreml in Moskau schwieg am Abend zu den Berichten.",
		"The Kremlin in Moscow stayed silent on the reports.",
		"Der Dom in Köln blieb am Abend geschlossen.",
	} {
		a, _, err := Parse(string(rune('a'+i))+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	c := New(arts, nil)
	tests := []struct {
		query string
		want  []string
	}{
		{"Moscow", []string{"b.txt", "a.txt"}},
		{"Moskau", []string{"a.txt", "b.txt"}},
		{"Cologne", []string{"c.txt"}},
	}
	for _, tt := range tests {
		h, err := c.NewSearcher().Search(context.Background(), tt.query, 10)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range h.Results {
			got = append(got, r.Article)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.query, got, tt.want)
		}
	}
	if c.searchSynonyms() != nil {
		t.Error("searching extracted the entities")
	}
}
