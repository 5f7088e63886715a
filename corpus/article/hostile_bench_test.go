package article

import (
	"fmt"
	"strings"
	"testing"
)

// Hostile inputs that used to take super-linear time, each at two sizes,
// the second four times the first: the time per op should grow about four
// times (go test ./corpus/article -run x -bench Hostile).

func shortLines(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Short line number %d here.\n", i)
	}
	return b.String()
}

func shortHTML(n int) string {
	var b strings.Builder
	b.WriteString("<html><body>")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>Short para %d here.</p>", i)
	}
	b.WriteString("</body></html>")
	return b.String()
}

func linkDefs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "[l%d]: http://x/%d\n", i, i)
	}
	return b.String()
}

func nestedList(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

// proseOf is about n bytes of paragraphs of sixty words each.
func proseOf(n int) string {
	words := strings.Fields("Der Bundestag hat am Montag über den Haushalt beraten und die Opposition kritisiert Milliarden Euro in Berlin")
	var b strings.Builder
	for x := uint32(1); b.Len() < n; {
		for w := 0; w < 60; w++ {
			x = x*1664525 + 1013904223
			b.WriteString(words[x>>16%uint32(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString("Ende.\n\n")
	}
	return b.String()
}

var hostileInputs = []struct {
	name string
	id   string
	gen  func(n int) string
	n    int // the smaller size
}{
	{"short-lines", "a.txt", shortLines, 80_000},
	{"short-p", "a.html", shortHTML, 80_000},
	{"md-open-links", "a.md", func(n int) string { return strings.Repeat("[a](", n) }, 12_500},
	{"md-link-defs", "a.md", linkDefs, 25_000},
	{"md-nested-list", "a.md", nestedList, 1250},
	{"prose-bytes", "a.txt", proseOf, 7_500_000},
	{"one-word-bytes", "a.txt", func(n int) string { return strings.Repeat("a", n) }, 1_250_000},
}

func BenchmarkHostile(b *testing.B) {
	for _, in := range hostileInputs {
		for _, n := range []int{in.n, 4 * in.n} {
			data := []byte(in.gen(n))
			b.Run(fmt.Sprintf("%s/%d", in.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for i := 0; i < b.N; i++ {
					if _, _, err := Parse(in.id, data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
