// Package wordlist reads the sorted, gzipped word lists the corpus packages
// embed (generated from Debian's dictionaries) and looks words up in them.
package wordlist

import (
	"bytes"
	"compress/gzip"
	"io"
	"sort"
	"strings"
)

// Lines returns the lines of an embedded gzipped list, sorted bytewise. A
// damaged list is a broken build, so it panics.
func Lines(gz []byte) []string {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("corpus: embedded word list: " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("corpus: embedded word list: " + err.Error())
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	// The generators sort bytewise; the binary searches rely on it.
	if !sort.StringsAreSorted(lines) {
		sort.Strings(lines)
	}
	return lines
}

// Has reports whether the sorted lines hold word.
func Has(lines []string, word string) bool {
	i := sort.SearchStrings(lines, word)
	return i < len(lines) && lines[i] == word
}

// Value is what follows key and a tab on the line that opens with them,
// in sorted "key<TAB>value" lines.
func Value(lines []string, key string) (string, bool) {
	k := key + "\t"
	i := sort.SearchStrings(lines, k)
	if i < len(lines) && strings.HasPrefix(lines[i], k) {
		return lines[i][len(k):], true
	}
	return "", false
}
