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

// lineShapes, on one core or all, says of each line what standsAlone and
// the teaser label set say of it trimmed.
func TestLineShapes(t *testing.T) {
	lines := []string{
		"", "   ", "Mehr zum Thema", "Lesen Sie auch:  ", "Von Anna Berger", "Stand: 3. Mai 2024",
		"  Der Rat tagte am Montag.\u00a0", "mehr dazu", "By Jane Doe and John Roe", strings.Repeat("Von Anna Berger ", 10),
	}
	for _, n := range []int{1, parallelFrom/len(lines) + 1} {
		var all []string
		for i := 0; i < n; i++ {
			all = append(all, lines...)
		}
		alone, label := lineShapes(all)
		for i, l := range all {
			tr := strings.TrimSpace(strings.TrimRight(l, " \t\u00a0"))
			if tr == "" {
				continue
			}
			if alone[i] != standsAlone(tr) || label[i] != teaserLabelRe.MatchString(tr) {
				t.Fatalf("line %d %q: alone %v label %v", i, l, alone[i], label[i])
			}
		}
	}
}
