package figures

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
)

// Clustering one bucket of figures (see Groups) into comparisons.

// node is one distinct value and measure inside a frame, growing into a
// cluster.
type node struct {
	value    float64
	slots    slots // unknown until a figure that knows joins
	figs     []*Figure
	parent   int
	min, max float64
	// claims: per article and attribution, the lowest and highest value
	// stated without a word of revision.
	claims map[string][2]float64
}

func (n *node) addClaim(key string, lo, hi float64) {
	if c, ok := n.claims[key]; ok {
		lo, hi = math.Min(c[0], lo), math.Max(c[1], hi)
	}
	n.claims[key] = [2]float64{lo, hi}
}

// conflicts reports two clusters of different measures, or that one
// article states on one authority with clearly different values.
func conflicts(a, b *node) bool {
	if !a.slots.agree(b.slots) {
		return true
	}
	if len(a.claims) > len(b.claims) {
		a, b = b, a
	}
	for k, c := range a.claims {
		if d, ok := b.claims[k]; ok && math.Max(c[1], d[1]) > math.Min(c[0], d[0])*sameClaimSpread {
			return true
		}
	}
	return false
}

// splitByClaims splits one frame's figures by measure, and where an
// article tells two of its values apart: distinct values are merged
// closest first, never across a conflict, and across a slot that one
// side leaves unknown only within tieSpread. A frame whose clusters all
// know the same slots and never conflict stays whole.
func splitByClaims(figs []*Figure) [][]*Figure {
	type at struct {
		v float64
		s slots
	}
	index := map[at]int{}
	var nodes []*node
	for _, f := range figs {
		k := at{clusterValue(f), slotsOf(f)}
		i, ok := index[k]
		if !ok {
			i = len(nodes)
			index[k] = i
			nodes = append(nodes, &node{value: k.v, slots: k.s, parent: i, min: k.v, max: k.v,
				claims: map[string][2]float64{}})
		}
		n := nodes[i]
		n.figs = append(n.figs, f)
		if !f.revised {
			n.addClaim(f.Article+"|"+claimSource(f), f.Value, f.Value)
			for _, a := range f.headlineAttr {
				n.addClaim(f.Article+"|"+a, f.Value, f.Value)
			}
		}
	}
	if !anyConflict(nodes) && !anyUnknown(nodes) {
		return [][]*Figure{figs}
	}
	order := make([]int, len(nodes))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return nodes[order[a]].value < nodes[order[b]].value })
	type pair struct {
		a, b int
		d    float64
	}
	var pairs []pair
	const window = 64 // neighbours looked at per value; keeps big frames near-linear
	for x := range order {
		for y := x + 1; y < len(order) && y-x <= window; y++ {
			pairs = append(pairs, pair{order[x], order[y], math.Log(nodes[order[y]].value / nodes[order[x]].value)})
		}
	}
	slices.SortStableFunc(pairs, func(p, q pair) int { return cmp.Compare(p.d, q.d) })
	find := func(i int) int {
		for nodes[i].parent != i {
			nodes[i].parent = nodes[nodes[i].parent].parent
			i = nodes[i].parent
		}
		return i
	}
	for _, p := range pairs {
		ra, rb := find(p.a), find(p.b)
		if ra == rb || conflicts(nodes[ra], nodes[rb]) {
			continue
		}
		// Value decides only where a slot is unknown on one side, and
		// only between values of one order: "about 4,800 containers" is
		// not the port's 2.9 million a year.
		if !sameKnown(nodes[ra].slots, nodes[rb].slots) && p.d > math.Log(tieSpread) {
			continue
		}
		a, b := nodes[ra], nodes[rb]
		if len(a.figs) < len(b.figs) {
			a, b, ra, rb = b, a, rb, ra
		}
		b.parent = ra
		a.slots.join(b.slots)
		a.min, a.max = math.Min(a.min, b.min), math.Max(a.max, b.max)
		for k, c := range b.claims {
			a.addClaim(k, c[0], c[1])
		}
		a.figs = append(a.figs, b.figs...)
		b.figs = nil
	}
	var out [][]*Figure
	for i, n := range nodes {
		if find(i) == i {
			out = append(out, n.figs)
		}
	}
	return out
}

// clusterValue is where a figure sits among its frame's values: its value,
// or for a vague one ("Tausende") the middle of its bounds on a log scale.
func clusterValue(f *Figure) float64 {
	if f.Qualifier != Vague {
		return f.Value
	}
	lo, hi := f.Bounds()
	return math.Sqrt(lo * hi)
}

// claimSource is who a claim is on: the attribution's entity, its text,
// or none.
func claimSource(f *Figure) string {
	if f.SourceID > 0 {
		return "#" + strconv.Itoa(f.SourceID)
	}
	return f.Attribution
}

// tieSpread is the largest ratio between two values that a figure leaving
// a slot unknown may bridge to join a cluster.
const tieSpread = 2.0

// anyUnknown reports clusters whose slots differ, one knowing what the
// other leaves unknown.
func anyUnknown(nodes []*node) bool {
	for _, n := range nodes {
		if !sameKnown(n.slots, nodes[0].slots) {
			return true
		}
	}
	return false
}

// sameKnown: two clusters with one known measure and the same other
// slots, whose values may lie however far apart.
func sameKnown(a, b slots) bool { return a == b && a.measure != "" }

func anyConflict(nodes []*node) bool {
	seen := map[string][2]float64{}
	var all slots
	for _, n := range nodes {
		if !all.agree(n.slots) {
			return true
		}
		all.join(n.slots)
		for k, c := range n.claims {
			if d, ok := seen[k]; ok {
				if math.Max(c[1], d[1]) > math.Min(c[0], d[0])*sameClaimSpread {
					return true
				}
				c = [2]float64{math.Min(c[0], d[0]), math.Max(c[1], d[1])}
			}
			seen[k] = c
		}
	}
	return false
}
