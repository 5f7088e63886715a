package figures

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkLongCountedWord reads a figure whose counted noun is one word
// of 100 000 and 400 000 letters, which the noun families and the
// German-English table look up by its tails: the time must grow about
// four times, not sixteen.
func BenchmarkLongCountedWord(b *testing.B) {
	nounTable()
	for _, n := range []int{100_000, 400_000} {
		a := testArticle("de", "Es kamen 500 A"+strings.Repeat("b", n)+" an.")
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				Extract(a)
			}
		})
	}
}
