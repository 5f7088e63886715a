package entities

import "testing"

// A genitive -s goes when the name without it is known; -ss is no
// genitive, and a German -ien country is its English -ia.
func TestStripGenitive(t *testing.T) {
	names := map[string]bool{translitKey("Putin"): true, translitKey("Taldoria"): true, translitKey("Kompas"): true}
	tests := []struct{ in, want string }{
		{"Putins", "Putin"},
		{"Taldoriens", "Taldorien"},
		{"Kompass", "Kompass"},
		{"Continental Press", "Continental Press"},
		{"Hamburgs", "Hamburg"}, // a known place
		{"Meiers", "Meiers"},    // nothing known without the s
	}
	for _, tt := range tests {
		if got := stripGenitive(tt.in, names); got != tt.want {
			t.Errorf("stripGenitive(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
