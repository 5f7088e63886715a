// Package gen builds a large, deterministic corpus for benchmarks from the
// paragraphs of the embedded seed articles. Every benchmark in the project
// uses it, so their figures are comparable: Generate(10000) is about 50 MB.
package gen

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"strings"
	"testing/fstest"

	"quellen/seeds"
)

// paragraphs returns every non-empty line of the seeds, in file order.
func paragraphs() []string {
	var out []string
	entries, _ := fs.ReadDir(seeds.FS(), ".")
	for _, e := range entries {
		data, err := fs.ReadFile(seeds.FS(), e.Name())
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "date ") {
				continue
			}
			out = append(out, line)
		}
	}
	return out
}

// Name returns the file name of the i-th generated article.
func Name(i int) string { return fmt.Sprintf("gen/%02d/%05d.txt", i%100, i) }

// Article returns the text of the i-th generated article: a date line and
// a sample of seed paragraphs, some with their figures changed so that the
// corpus reports the same things with different numbers, as real coverage does.
func Article(i int, pool []string) string {
	r := rand.New(rand.NewPCG(uint64(i), 0x9e3779b97f4a7c15))
	var b strings.Builder
	fmt.Fprintf(&b, "date %d-%02d\n\n", 2020+r.IntN(6), 1+r.IntN(12))
	n := 6 + r.IntN(10)
	for k := 0; k < n; k++ {
		p := pool[r.IntN(len(pool))]
		if r.IntN(3) == 0 {
			p = shiftNumbers(p, r)
		}
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	return b.String()
}

// shiftNumbers replaces each digit run's leading digit, keeping the shape
// ("12.000" -> "17.000"), so numbers parse the same way with new values.
func shiftNumbers(p string, r *rand.Rand) string {
	out := []byte(p)
	inNumber := false
	for i, c := range out {
		isDigit := c >= '0' && c <= '9'
		if isDigit && !inNumber && c != '0' {
			out[i] = byte('1' + r.IntN(9))
		}
		inNumber = isDigit || (inNumber && (c == '.' || c == ' ' || c == ','))
	}
	return string(out)
}

// Generate returns n articles as an in-memory file system.
func Generate(n int) fstest.MapFS {
	pool := paragraphs()
	fsys := make(fstest.MapFS, n)
	for i := 0; i < n; i++ {
		fsys[Name(i)] = &fstest.MapFile{Data: []byte(Article(i, pool)), Mode: 0o644}
	}
	return fsys
}

// WriteDir writes n generated articles below dir.
func WriteDir(dir string, n int) error {
	return writeDir(dir, n, Article)
}
