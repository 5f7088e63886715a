package lang

import "testing"

func TestPlaceKey(t *testing.T) {
	same := [][]string{
		{"Valdonia", "Valdonien", "valdonisch", "valdonischen", "Valdonian", "Valdonians", "Valdonier", "Valdoniens", "Valdonia's"},
		{"Ruritania", "Ruritanien", "ruritanische", "Ruritanian"},
		{"Korea", "koreanisch", "Korean", "koreanischen"},
		{"Italien", "italienisch", "Italian"},
		{"Mexiko", "mexikanische", "Mexican"},
		{"Albanien", "Albania", "albanisch", "Albanian"},
		{"Ukraine", "ukrainisch", "Ukrainian", "Ukrainer"},
		{"Iran", "iranisch", "Iranian"},
		{"Kenia", "Kenya", "kenianisch", "Kenyan"},
	}
	for _, group := range same {
		want := PlaceKey(group[0])
		for _, w := range group[1:] {
			if got := PlaceKey(w); got != want {
				t.Errorf("PlaceKey(%q) = %q, PlaceKey(%q) = %q: want one key", w, got, group[0], want)
			}
		}
	}
	differ := [][2]string{{"Valdonia", "Valmoria"}, {"Korea", "Kenia"}, {"Iran", "Irak"}, {"Austria", "Australia"}}
	for _, d := range differ {
		if PlaceKey(d[0]) == PlaceKey(d[1]) {
			t.Errorf("%q and %q share the key %q", d[0], d[1], PlaceKey(d[0]))
		}
	}
}
