// Provenance within a group: which figures are copies of shared text,
// which copies changed the figure, which claims one authority made, and
// the order of the figures in time.
package figures

import (
	"cmp"
	"slices"
	"strings"
)

// markRevised flags the copies whose figure differs from the one their
// original reports in the group: an agency paragraph with its number
// updated.
func markRevised(figs []*Figure) {
	for _, f := range figs {
		f.Revised = false
		if f.CopyOf == "" {
			continue
		}
		for _, o := range figs {
			if o.Article == f.CopyOf && o.CopyOf == "" && o.ValueText() != f.ValueText() {
				f.Revised = true
			}
		}
	}
}

// independent counts the articles a group's figures come from once copies
// are counted with their originals: three outlets printing one agency
// paragraph are one independent source.
func independent(figs []*Figure) int {
	origins := map[string]bool{}
	for _, f := range figs {
		if f.CopyOf != "" {
			origins[f.CopyOf] = true
		} else {
			origins[f.Article] = true
		}
	}
	return len(origins)
}

// Timeline returns a group's figures in the order of their articles'
// dates, the undated ones last (never placed at a guessed date).
func (g *Group) Timeline() (dated, undated []*Figure) {
	for _, f := range g.Figures {
		if f.Date == "" {
			undated = append(undated, f)
		} else {
			dated = append(dated, f)
		}
	}
	// On one date, the original before its copies.
	slices.SortStableFunc(dated, func(a, b *Figure) int {
		if c := strings.Compare(a.Date, b.Date); c != 0 {
			return c
		}
		return cmp.Compare(len(a.CopyOf), len(b.CopyOf)) // "" first
	})
	return dated, undated
}

// Claim is one authority's figure as several articles report it: the
// attribution resolved to one entity ("NIS", "der südkoreanische
// Geheimdienst") or, without one, the same words.
type Claim struct {
	Source   string `json:"source"` // the attribution as first written
	SourceID int    `json:"source_id,omitempty"`
	Figures  []int  `json:"figures"` // Figure.IDs
	Articles int    `json:"articles"`
}

// claims lists the claims of a group reported by two articles or more,
// the most reported first.
func claims(figs []*Figure) []Claim {
	type key struct {
		id   int
		text string
	}
	var order []key
	byKey := map[key]*Claim{}
	arts := map[key]map[string]bool{}
	for _, f := range figs {
		if f.Attribution == "" {
			continue
		}
		k := key{id: f.SourceID}
		if f.SourceID == 0 {
			k.text = strings.ToLower(f.Attribution)
		}
		c := byKey[k]
		if c == nil {
			c = &Claim{Source: f.Attribution, SourceID: f.SourceID}
			byKey[k], arts[k] = c, map[string]bool{}
			order = append(order, k)
		}
		c.Figures = append(c.Figures, f.ID)
		arts[k][f.Article] = true
	}
	var out []Claim
	for _, k := range order {
		if c := byKey[k]; len(arts[k]) >= 2 {
			c.Articles = len(arts[k])
			out = append(out, *c)
		}
	}
	slices.SortStableFunc(out, func(a, b Claim) int { return cmp.Compare(b.Articles, a.Articles) })
	return out
}
