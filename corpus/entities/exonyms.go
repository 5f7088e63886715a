package entities

import (
	"slices"
	"strings"
)

// Exonyms returns the names of each well-known place and organisation of
// the built-in gazetteer, one list per entry, canonical name first
// ("Kiew", "Kyjiw", "Kyiv", "Kiev"): German and English name one place
// differently, and search uses this to find one name for the other
// without extracting any entities.
func Exonyms() [][]string {
	seen := map[*gazEntry]bool{}
	var out [][]string
	for _, table := range []map[string]*gazEntry{gazNames, gazAcronyms} {
		for _, e := range table {
			if !seen[e] && len(e.names) > 1 {
				seen[e] = true
				out = append(out, e.names)
			}
		}
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}
