package article

import (
	"fmt"
	"slices"
	"testing"
)

// inParallel covers every index once, in ranges, at any size.
func TestInParallelCoversAll(t *testing.T) {
	for _, n := range []int{0, 1, parallelFrom - 1, parallelFrom, 3*parallelFrom + 7} {
		seen := make([]int32, n)
		inParallel(n, func(from, to int) {
			for i := from; i < to; i++ {
				seen[i]++
			}
		})
		if i := slices.IndexFunc(seen, func(c int32) bool { return c != 1 }); i >= 0 {
			t.Fatalf("n=%d: index %d worked on %d times", n, i, seen[i])
		}
	}
}

// A file large enough to be classified on all cores gets the kinds one
// core gives.
func TestClassifyInParallelAsOneCore(t *testing.T) {
	lines := []string{"Von Anna Berger", "Newsletter", "Foto: dpa", "Lesen Sie auch", "12. März 2025",
		"Die Stadt schätzt den Schaden auf 40 Millionen Euro.", "Startseite | Lokales | Sport | Wetter"}
	var paras []Paragraph
	for i := 0; len(paras) < parallelFrom+100; i++ {
		paras = append(paras, Paragraph{Index: len(paras), Text: fmt.Sprintf("%s %d", lines[i%len(lines)], i)})
		paras = append(paras, Paragraph{Index: len(paras), Text: lines[i%len(lines)]})
	}
	one := slices.Clone(paras)
	classifyEach(one, 0, len(one))
	classifyAround(one)
	classify(paras)
	for i := range paras {
		if paras[i].Kind != one[i].Kind {
			t.Fatalf("paragraph %d %q: %q on all cores, %q on one", i, paras[i].Text, paras[i].Kind, one[i].Kind)
		}
	}
}
