package entities

import "testing"

func TestSpellsAcronym(t *testing.T) {
	tests := []struct {
		word, acr string
		want      bool
	}{
		{"Sozialbund", "SB", true},
		{"Heimatbewegung", "HB", true},
		{"Ökoliste", "ÖL", true},
		{"Wasserverband", "WVX", false}, // no X
		{"Wasserbehörde", "WB", true},
		{"Hafen", "HB", false},
		{"Sozialbund", "BS", false},
		{"Bund", "BD", false}, // parts of fewer than three letters
		{"Sozialbund", "S", false},
	}
	for _, tt := range tests {
		if got := spellsAcronym(tt.word, tt.acr); got != tt.want {
			t.Errorf("spellsAcronym(%q, %q) = %v, want %v", tt.word, tt.acr, got, tt.want)
		}
	}
}

// TestDefinedOneWordName: a German compound defined by its short form is a
// name wherever it stands, also in a list where it reads like a noun.
func TestDefinedOneWordName(t *testing.T) {
	ents := extract(t, nil,
		"Der Sozialbund (SB) erreicht 22,0 Prozent der Stimmen.",
		"Neue Hochrechnung von Kompass: Sozialbund 22,1, Heimatbewegung 20,9.")
	e := find(ents, "Sozialbund")
	if e == nil || find(ents, "SB") != e {
		t.Fatalf("Sozialbund and SB should be one entity; got %s", names(ents))
	}
	inB := false
	for _, m := range e.Mentions {
		inB = inB || m.Article == "b.txt"
	}
	if !inB {
		t.Errorf("the list's Sozialbund is no mention of %s: %+v", e.Name, e.Mentions)
	}
	if find(ents, "Heimatbewegung") != nil {
		t.Errorf("Heimatbewegung is defined nowhere and reads as a noun; got %s", names(ents))
	}
}
