package figures

import (
	"math"
	"sort"
)

// newGroup makes a group of figures reported by two articles or more.
func newGroup(figs []*Figure) *Group {
	arts := map[string]bool{}
	for _, f := range figs {
		arts[f.Article] = true
	}
	if len(arts) < 2 {
		return nil
	}
	sort.SliceStable(figs, func(i, j int) bool { return figs[i].ID < figs[j].ID })
	g := &Group{Kind: figs[0].Kind, Unit: figs[0].Unit, Figures: figs, Sources: len(arts), Frame: groupFrame(figs),
		Independent: independent(figs)}
	// The spread is that of the figures that say a number; a vague one
	// ("Tausende") widens it only when the group has nothing else.
	g.Low, g.High = math.Inf(1), math.Inf(-1)
	for _, vague := range []bool{false, true} {
		for _, f := range figs {
			if (f.Qualifier == Vague) == vague {
				lo, hi := f.Bounds()
				g.Low, g.High = math.Min(g.Low, lo), math.Max(g.High, hi)
			}
		}
		if !math.IsInf(g.Low, 1) {
			break
		}
	}
	for _, f := range figs {
		g.IDs = append(g.IDs, f.ID)
	}
	markRevised(figs)
	g.Claims = claims(figs)
	return g
}

// groupFrame is the frame most of a group's figures share, slot by slot.
func groupFrame(figs []*Figure) Frame {
	vote := func(get func(*Figure) string) string {
		n := map[string]int{}
		best := ""
		for _, f := range figs {
			if v := get(f); v != "" {
				n[v]++
				if n[v] > n[best] || n[v] == n[best] && v < best {
					best = v
				}
			}
		}
		return best
	}
	fr := Frame{
		Measure: Measure(vote(func(f *Figure) string { return string(f.Measure) })),
		ActorID: vote(func(f *Figure) string { return f.ActorID }),
		Thing:   vote(func(f *Figure) string { return f.Thing }),
		Per:     vote(func(f *Figure) string { return f.Per }),
		Among:   figs[0].Among,
		Part:    figs[0].Part,
		Place:   vote(func(f *Figure) string { return f.Place }),
		Period:  figs[0].Period,
	}
	for _, f := range figs {
		if f.ActorID == fr.ActorID && f.Actor != "" {
			fr.Actor = f.Actor
			break
		}
	}
	return fr
}
