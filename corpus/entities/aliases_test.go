package entities

import (
	"strings"
	"testing"
)

func TestParseAliases(t *testing.T) {
	a, err := ParseAliases(strings.NewReader("# corrections\n\nKim\tKim Jong-il\nWonsan\tort\nZubehör\tignore\r\nPutin\tWladimir Putin\nW. Putin\tPutin\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.canonical("kim"); got != "Kim Jong-il" {
		t.Errorf("Kim -> %q", got)
	}
	if got := a.canonical("W. Putin"); got != "Wladimir Putin" {
		t.Errorf("chain W. Putin -> %q, want Wladimir Putin", got)
	}
	if a.Types["wonsan"] != Place || a.Types["zubehor"] != Ignore {
		t.Errorf("types: %v", a.Types)
	}
}

func TestParseAliasesErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Jong-il  Kim\n", `line 1: "Kim Jong-il  Kim": want "alias<TAB>canonical" or "name<TAB>type" (the two fields must be separated by a TAB`},
		{"# c\nA\tB\tC\n", "line 2: 2 TABs"},
		{"\n\t Putin\n", "line 2: the name before the TAB is empty"},
		{"Putin\t \n", `line 1: nothing after the TAB for "Putin"`},
		{"Kim\tKim Jong-un\nKIM\tKim Jong-il\n", `line 2: "KIM" already maps to "Kim Jong-un" (line 1)`},
		{"A\tB\nB\tA\n", "loop of aliases"},
		{"Wonsan\tplace\nWonsan\torg\n", `line 2: "Wonsan" is already typed place`},
		{"ok\tfine\n\xff\tx\n", "line 2: not valid UTF-8"},
		{"...\tx\n", "line 1: \"...\" has no letters or digits"},
	}
	for _, tc := range tests {
		_, err := ParseAliases(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseAliases(%q) = %v, want error containing %q", tc.in, err, tc.want)
		}
	}
}

// TestAliasesApplied: merge, split, retype and ignore on real extraction.
func TestAliasesApplied(t *testing.T) {
	text := "Präsident Wladimir Putin traf Kim Jong-un in Wonsan. Kim sagte, Putin sei ein Freund. Das Zubehör kam aus Pjöngjang. Der Nachbar Tokajew schwieg."
	tests := []struct {
		name, file string
		check      func([]*Entity) string
	}{
		{"merge", "Tokajew\tWladimir Putin\n", func(e []*Entity) string {
			if find(e, "Tokajew") != find(e, "Wladimir Putin") {
				return "Tokajew not merged into Putin"
			}
			return ""
		}},
		{"split", "Kim\tKim Jong-il\n", func(e []*Entity) string {
			if k := find(e, "Kim"); k == nil || k.Name != "Kim Jong-il" || k == find(e, "Kim Jong-un") {
				return "Kim not split off as Kim Jong-il"
			}
			return ""
		}},
		{"retype", "Wonsan\torg\n", func(e []*Entity) string {
			if w := find(e, "Wonsan"); w == nil || w.Type != Org {
				return "Wonsan not retyped"
			}
			return ""
		}},
		{"ignore", "Pjöngjang\tignore\n", func(e []*Entity) string {
			if find(e, "Pjöngjang") != nil {
				return "Pjöngjang not dropped"
			}
			return ""
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseAliases(strings.NewReader(tc.file))
			if err != nil {
				t.Fatal(err)
			}
			ents := extract(t, a, text)
			if msg := tc.check(ents); msg != "" {
				t.Errorf("%s; got %s", msg, names(ents))
			}
		})
	}
}

func FuzzParseAliases(f *testing.F) {
	f.Add("Kim\tKim Jong-il\nWonsan\tplace\n# x\n")
	f.Add("A\tB\nB\tA\n")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAliases(strings.NewReader(s))
		if err == nil {
			for k := range a.Canonical {
				a.canonical(k) // must terminate
			}
		}
	})
}
