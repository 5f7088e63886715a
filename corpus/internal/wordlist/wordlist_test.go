package wordlist

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestLookups(t *testing.T) {
	words := Lines(gz(t, "zug\nauto\nbahn\n")) // unsorted on purpose: Lines sorts
	for _, tt := range []struct {
		w    string
		want bool
	}{{"auto", true}, {"bahn", true}, {"zug", true}, {"bus", false}, {"", false}} {
		if got := Has(words, tt.w); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	table := Lines(gz(t, "anwohner\tresident\nanwohnerin\tresident\nfreiwillige\tvolunteer\n"))
	for _, tt := range []struct{ key, want string }{{"anwohner", "resident"}, {"freiwillige", "volunteer"}, {"anwohn", ""}} {
		if got, ok := Value(table, tt.key); got != tt.want || ok != (tt.want != "") {
			t.Errorf("Value(%q) = %q %v, want %q", tt.key, got, ok, tt.want)
		}
	}
}
