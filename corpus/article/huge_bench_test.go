package article

import (
	"fmt"
	"strings"
	"testing"
)

// germanLines is n one-line paragraphs of about 33 bytes of German-ish
// text each, the shape of bench/hostile.sh's 30 MB file at n = 1 000 000.
func germanLines(n int) string {
	words := strings.Fields("Der Rat hat am Montag in Berlin über den Etat beraten Die Opposition kritisiert")
	var b strings.Builder
	b.Grow(n * 34)
	x := uint32(13)
	for i := 0; i < n; i++ {
		for w := 0; w < 4; w++ {
			x = x*1664525 + 1013904223
			b.WriteString(words[x>>16%uint32(len(words))])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "Nr. %d.\n", i)
	}
	return b.String()
}

// BenchmarkHugeFile parses a file of a million one-line paragraphs
// (about 33 MB) and one of a quarter of that: the time per op should grow
// about four times (go test ./corpus/article -run x -bench HugeFile).
func BenchmarkHugeFile(b *testing.B) {
	for _, n := range []int{250_000, 1_000_000} {
		data := []byte(germanLines(n))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, _, err := Parse("huge.txt", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
