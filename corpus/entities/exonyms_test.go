package entities

import (
	"slices"
	"strings"
	"testing"
)

func TestExonyms(t *testing.T) {
	ex := Exonyms()
	tests := []struct {
		name string
		want []string
	}{
		{"Köln", []string{"Köln", "Cologne"}},
		{"Moskau", []string{"Moskau", "Moscow"}},
		{"Portugal", nil}, // one name only: nothing to find
	}
	for _, tt := range tests {
		i := slices.IndexFunc(ex, func(names []string) bool { return names[0] == tt.name })
		var got []string
		if i >= 0 {
			got = ex[i]
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if !slices.IsSortedFunc(ex, func(a, b []string) int { return strings.Compare(a[0], b[0]) }) {
		t.Errorf("not sorted by canonical name")
	}
}
