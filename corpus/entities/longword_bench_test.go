package entities

import (
	"fmt"
	"strings"
	"testing"

	"quellen/corpus/article"
)

// BenchmarkLongWord extracts entities from a paragraph that is one
// capitalised word of 100 000 and 400 000 letters, plain and ending in an
// organisation's head ("…bahn", "…hilfe"), whose compounds are looked up
// by their tails: the time must grow about four times, not sixteen.
func BenchmarkLongWord(b *testing.B) {
	lex()
	for _, c := range []struct {
		n   int
		end string
	}{{100_000, ""}, {400_000, ""}, {100_000, "bahn"}, {400_000, "bahn"}, {100_000, "hilfe"}, {400_000, "hilfe"}} {
		n := c.n
		a, _, err := article.Parse("w.txt", []byte("Die A"+strings.Repeat("b", n)+c.end+" sagte."))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dk%s", n/1000, c.end), func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				Extract([]*article.Article{a}, nil)
			}
		})
	}
}
