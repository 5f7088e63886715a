package article

import (
	"strings"
	"testing"
)

func TestLowerIntoIsToLower(t *testing.T) {
	for _, s := range []string{
		"", "abc", "ABC def", "Über den Etat", "STRASSE ẞ", "\u212a elvin", "copyr\u0130ght",
		"bad \xff byte", "\xe2\x82", "Ωμέγα ΣΊΣΥΦΟΣ", strings.Repeat("Äb", 400),
	} {
		var buf [16]byte
		if got, want := string(lowerInto(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestHeadIsFoldsCase(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Copyright 2024", true},
		{"COPYRIGHT", true},
		{"(C) dpa", true},
		{"© dpa", true},
		{"\u212aopyright", false},
		{"Xopyright", false},
		{"", false},
		{"(", false},
	} {
		if got := headIs(c.t, "©", "(c)", "copyright"); got != c.want {
			t.Errorf("headIs(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}
