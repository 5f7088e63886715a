package lang

import "testing"

func TestConcept(t *testing.T) {
	tests := []struct{ a, b string }{
		{"bahn", "railway"}, {"railways", "railway"}, {"verteidigung", "defence"}, {"nationaler", "national"},
		{"rats", "council"}, {"hochland", "highlands"}, {"authorities", "authority"}, {"talsperre", "dam"},
		{"gewerkschaft", "union"}, {"ministerium", "ministry"},
	}
	for _, tt := range tests {
		if ca, cb := Concept(tt.a), Concept(tt.b); ca == "" || ca != cb {
			t.Errorf("Concept(%q) = %q, Concept(%q) = %q: want one concept", tt.a, ca, tt.b, cb)
		}
	}
	for _, w := range []string{"kessel", "tannroda", "müller", "ab"} {
		if c := Concept(w); c != "" {
			t.Errorf("Concept(%q) = %q, want none", w, c)
		}
	}
	if c, n := ConceptAt([]string{"water", "management", "office"}); c != "water management" || n != 2 {
		t.Errorf("ConceptAt(water management office) = %q, %d", c, n)
	}
	if c, n := ConceptAt([]string{"district", "office"}); c != "district" || n != 1 {
		t.Errorf("ConceptAt(district office) = %q, %d", c, n)
	}
}
