package entities

import (
	"fmt"
	"strings"
	"testing"

	"quellen/corpus/article"
)

// BenchmarkLongWord extracts entities from a paragraph that is one
// capitalised word of 100 000 and 400 000 letters: the time must grow
// about four times, not sixteen.
func BenchmarkLongWord(b *testing.B) {
	lex()
	for _, n := range []int{100_000, 400_000} {
		a, _, err := article.Parse("w.txt", []byte("Die A"+strings.Repeat("b", n)+" sagte."))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				Extract([]*article.Article{a}, nil)
			}
		})
	}
}
