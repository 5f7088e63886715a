package corpus

import (
	"strings"
	"testing"

	"quellen/seeds"
)

// TestSeedComparison checks issue 10's "Done when" on the embedded seeds
// through the whole pipeline the command line and the reader use: the
// troop group holds 12.000, 10 000, bis zu 12 000, um die 15.000 and 30.000;
// the 1 500 in Wladiwostok and the Russian losses are groups of their own.
func TestSeedComparison(t *testing.T) {
	arts, warns := LoadFS(seeds.FS())
	c := New(arts, warns)
	groups := c.Groups()
	troops := groupOf(t, groups, "001", "12.000 Soldaten")
	for _, w := range []struct{ article, text string }{
		{"000", "rund 12.000 Soldaten"}, {"002", "10 000 Soldaten"}, {"002", "bis zu 12 000 Soldaten"},
		{"003", "um die 15.000 Soldaten"}, {"003", "30.000 Männer"},
	} {
		if g := groupOf(t, groups, w.article, w.text); g != troops {
			t.Errorf("%s %q is in %q, not the troop group %q", w.article, w.text, g.Label, troops.Label)
		}
	}
	if troops.Low != 10000 || troops.High != 30000 || troops.Frame.Thing != "soldiers" || !strings.Contains(troops.Label, "nordkoreanische Soldaten") {
		t.Errorf("troops: %q %g..%g %+v", troops.Label, troops.Low, troops.High, troops.Frame)
	}
	vladivostok := groupOf(t, groups, "001", "1.500 Soldaten")
	losses := groupOf(t, groups, "002", "600 000")
	if vladivostok == troops || losses == troops || losses == vladivostok {
		t.Errorf("groups not apart: %q, %q, %q", troops.Label, vladivostok.Label, losses.Label)
	}
	if len(vladivostok.Figures) != 3 || losses.Frame.Measure != "casualties" || len(losses.Figures) != 2 {
		t.Errorf("1 500: %q; losses %s %q", members(vladivostok), losses.Frame.Measure, members(losses))
	}
}
