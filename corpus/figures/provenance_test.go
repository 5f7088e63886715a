package figures

import (
	"reflect"
	"testing"
)

func TestGroupProvenance(t *testing.T) {
	fig := func(id int, art, date, copyOf string, v float64, who string, src int) *Figure {
		return &Figure{ID: id, Article: art, Date: date, CopyOf: copyOf, Value: v, Attribution: who, SourceID: src}
	}
	figs := []*Figure{
		fig(0, "wire", "2025-06-03", "", 180, "Feuerwehr", 7),
		fig(1, "coast", "2025-06-03", "wire", 180, "die Feuerwehr", 7),
		fig(2, "evening", "2025-06-04", "wire", 220, "Feuerwehr", 7),
		fig(3, "own", "", "", 200, "Polizei", 0),
		fig(4, "other", "2025-06-01", "", 150, "polizei", 0),
	}
	g := newGroup(figs)
	if g.Sources != 5 || g.Independent != 3 {
		t.Errorf("sources %d, independent %d; want 5 and 3", g.Sources, g.Independent)
	}
	var revised []int
	for _, f := range figs {
		if f.Revised {
			revised = append(revised, f.ID)
		}
	}
	if !reflect.DeepEqual(revised, []int{2}) {
		t.Errorf("revised %v, want the copy that changed 180 to 220", revised)
	}
	want := []Claim{
		{Source: "Feuerwehr", SourceID: 7, Figures: []int{0, 1, 2}, Articles: 3},
		{Source: "Polizei", Figures: []int{3, 4}, Articles: 2},
	}
	if !reflect.DeepEqual(g.Claims, want) {
		t.Errorf("claims %+v, want %+v", g.Claims, want)
	}
	dated, undated := g.Timeline()
	var order []int
	for _, f := range dated {
		order = append(order, f.ID)
	}
	if !reflect.DeepEqual(order, []int{4, 0, 1, 2}) || len(undated) != 1 || undated[0].ID != 3 {
		t.Errorf("timeline %v, undated %d; want by date, the original before its copy, the undated apart", order, len(undated))
	}
}
