package figures

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
)

// Options are what grouping needs beyond the figures themselves.
type Options struct {
	// Stories gives each article's story (package stories); articles it
	// does not list share story 0.
	Stories map[string]int
	// Names links actors and sources to the corpus's entities; nil keeps
	// the figures' own keys.
	Names Names
	// Lang is the language of the labels ("de", "en"); "" takes the
	// language of most of a group's figures.
	Lang string
}

// sameClaimSpread is the largest ratio between two values one article gives
// on one authority that may still be one claim (rounded differently in
// teaser and body).
const sameClaimSpread = 1.25

// Groups puts the figures about the same thing into comparison groups,
// sets each figure's Group, and returns the groups with the most sources
// first.
//
// A group is one story and one frame: the same measure, actor, thing, rate
// and period, whatever the values. Value only breaks ties: a figure whose
// measure is unknown joins the nearest in value of its frame's measures,
// and when one article states two clearly different values for one frame
// on one authority (or on none) and says no figure was revised, those are
// two things, such as a part and its whole ("12.000 Soldaten ... 1.500
// bereits in Wladiwostok"), and the frame is split by value around them.
// Only frames reported by two articles or more make groups.
func Groups(figs []*Figure, opt Options) []*Group {
	setPeriods(figs)
	for _, f := range figs {
		f.Group = -1
		f.Story = opt.Stories[f.Article]
	}
	resolveNames(figs, opt.Names)
	placeFrames(figs)
	var eligible []*Figure
	for _, f := range figs {
		if comparable(f) {
			eligible = append(eligible, f)
		}
	}
	adoptActors(eligible)
	buckets := bucketize(eligible)
	var groups []*Group
	for _, b := range buckets {
		for _, c := range splitByClaims(b) {
			if g := newGroup(c); g != nil {
				groups = append(groups, g)
			}
		}
	}
	labelGroups(groups, opt.Lang)
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.Sources != b.Sources {
			return a.Sources > b.Sources
		}
		if len(a.Figures) != len(b.Figures) {
			return len(a.Figures) > len(b.Figures)
		}
		return a.Label < b.Label
	})
	for i, g := range groups {
		g.ID = i
		for _, f := range g.Figures {
			f.Group = i
		}
	}
	return groups
}

// comparable: a positive value of a kind that compares, with something
// known about what it counts. Vague figures ("Tausende") take part only
// when their clause says what happened.
func comparable(f *Figure) bool {
	if f.Value <= 0 || math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
		return false
	}
	if f.Qualifier == Vague && f.Measure == "" {
		return false
	}
	switch f.Kind {
	case KindCount:
		return f.Thing != ""
	case KindPercent, KindMoney:
		return true
	case KindDistance, KindOther:
		return measureUnits[f.Unit]
	}
	return false
}

// measureUnits are the units of measures that are compared across
// articles: a gauge in metres, an area in hectares, a speed, a volume, a
// weight.
var measureUnits = map[string]bool{"m": true, "ha": true, "km/h": true, "l": true, "t": true}

// dimension is what a figure's value is a number of: a count, a share, an
// amount in one currency, a measure in one unit.
func dimension(f *Figure) string {
	switch f.Kind {
	case KindCount:
		return "count|" + f.status
	case KindPercent, KindMoney:
		return string(f.Kind) + "|" + f.Unit
	}
	return "measure|" + f.Unit
}

// frameKey is the whole comparison key, with the measure and actor given.
func frameKey(f *Figure, m Measure, actor string) string {
	return strconv.Itoa(f.Story) + "|" + dimension(f) + "|" + string(m) + "|" + actor + "|" + f.Thing + "|" + f.Per + "|" + f.Period
}

// bucketKey is the part of a frame that must be equal for two figures to
// meet at all; the other slots (slotsOf) must agree where both are known.
func bucketKey(f *Figure) string {
	thing := f.Thing
	switch {
	case f.Kind != KindCount:
		thing = "" // what money, a share or a measure is of is often left to the clause before
	case losses[f.Measure] && animate[f.Thing]:
		thing = "alive" // one side's dead may be its "people" or its soldiers
	}
	return strconv.Itoa(f.Story) + "|" + dimension(f) + "|" + thing + "|" + f.Per + "|" + f.Period
}

// slots are the frame slots a figure may leave unknown; value decides
// where such a figure goes.
type slots struct {
	measure Measure
	actor   string
	thing   string // of money and rises only
}

func slotsOf(f *Figure) slots {
	s := slots{measure: f.Measure, actor: f.ActorID}
	switch {
	case f.Kind != KindCount:
		s.thing = f.Thing
	case losses[f.Measure] && animate[f.Thing]:
		s.thing = f.Thing
		if f.Thing == "people" && f.ActorID != "" {
			s.thing = "" // "600.000 Tote auf russischer Seite": Russia's people, soldiers or not
		}
	}
	return s
}

// losses are the measures of what happened to people in a war or a
// disaster.
var losses = map[Measure]bool{Killed: true, Wounded: true, Casualties: true, Missing: true, Captured: true}

// agree: no slot known on both sides with two values.
func (a slots) agree(b slots) bool {
	return (a.measure == "" || b.measure == "" || a.measure == b.measure) &&
		(a.actor == "" || b.actor == "" || a.actor == b.actor) &&
		(a.thing == "" || b.thing == "" || a.thing == b.thing)
}

// join fills a's unknown slots from b.
func (a *slots) join(b slots) {
	if a.measure == "" {
		a.measure = b.measure
	}
	if a.actor == "" {
		a.actor = b.actor
	}
	if a.thing == "" {
		a.thing = b.thing
	}
}

// adoptActors gives a figure whose phrase names no actor the one actor the
// other figures of its frame name in its article: the article's main actor
// for that thing and measure. Where two actors are named (two sides), or
// none, it stays without, and value decides where it goes (splitByClaims).
func adoptActors(figs []*Figure) {
	for _, scope := range []func(*Figure) string{
		func(f *Figure) string { return f.Article + "|" + frameKey(f, f.Measure, "") },
	} {
		// Shares and sums are each someone's own (a party's vote, a
		// country's pledge): an article naming one owner says nothing of
		// the others.
		actors := map[string]map[string]bool{}
		for _, f := range figs {
			if f.ActorID != "" {
				k := scope(f)
				if actors[k] == nil {
					actors[k] = map[string]bool{}
				}
				actors[k][f.ActorID] = true
			}
		}
		names := map[string]string{}
		for _, f := range figs {
			if f.Actor != "" {
				names[f.ActorID] = f.Actor
			}
		}
		for _, f := range figs {
			if f.ActorID != "" || f.Kind != KindCount {
				continue
			}
			if as := actors[scope(f)]; len(as) == 1 {
				for a := range as {
					f.ActorID, f.Actor = a, names[a]
				}
			}
		}
	}
}

// bucketize puts together the figures that may meet (bucketKey):
// splitByClaims then keeps different measures, actors and things apart
// and lets a figure that leaves one unknown join the nearest in value.
func bucketize(figs []*Figure) [][]*Figure {
	byKey := map[string][]*Figure{}
	var keys []string
	for _, f := range figs {
		k := bucketKey(f)
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], f)
	}
	out := make([][]*Figure, 0, len(keys))
	for _, k := range keys {
		out = append(out, byKey[k])
	}
	return out
}

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
// closest first, never across a conflict. Without any conflict the frame
// stays whole.
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
	if !anyConflict(nodes) {
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
	g := &Group{Kind: figs[0].Kind, Unit: figs[0].Unit, Figures: figs, Sources: len(arts), Frame: groupFrame(figs)}
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
