package entities

import "testing"

// formCase is one rule of issue 14, on sentences of our own: the names
// that must be found (by the text of a mention) with their type, pairs
// that must be one entity or two, and strings that must be no mention.
type formCase struct {
	rule  string
	texts []string
	want  map[string]Type
	same  [][2]string
	apart [][2]string
	none  []string
}

// mentioned returns the entity with a mention written text, or nil.
func mentioned(ents []*Entity, text string) *Entity {
	for _, e := range ents {
		for _, m := range e.Mentions {
			if normSpace(m.Text) == text {
				return e
			}
		}
	}
	return nil
}

func runFormCases(t *testing.T, cases []formCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.rule, func(t *testing.T) {
			ents := extract(t, nil, tc.texts...)
			for n, typ := range tc.want {
				switch e := mentioned(ents, n); {
				case e == nil:
					t.Errorf("%q not found; got: %s", n, names(ents))
				case e.Type != typ:
					t.Errorf("%q typed %s, want %s", n, e.Type, typ)
				}
			}
			for _, p := range tc.same {
				if a, b := mentioned(ents, p[0]), mentioned(ents, p[1]); a == nil || a != b {
					t.Errorf("%q and %q should be one entity; got: %s", p[0], p[1], names(ents))
				}
			}
			for _, p := range tc.apart {
				if a, b := mentioned(ents, p[0]), mentioned(ents, p[1]); a == nil || b == nil || a == b {
					t.Errorf("%q and %q should be two entities; got: %s", p[0], p[1], names(ents))
				}
			}
			for _, n := range tc.none {
				if e := mentioned(ents, n); e != nil {
					t.Errorf("%q is a mention of %s/%s", n, e.Name, e.Type)
				}
			}
		})
	}
}

func TestAbbreviationRules(t *testing.T) {
	runFormCases(t, []formCase{
		{rule: "doubled letter is another acronym", texts: []string{
			"The UN sent food. The UNN said nothing. Reporters from APP and AP were there."},
			apart: [][2]string{{"UNN", "UN"}, {"APP", "AP"}}},
	})
}
