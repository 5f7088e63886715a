package figures

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// maxSpread is the largest ratio between the highest and the lowest value in
// one group. Magnitude is a weak signal: sources that disagree threefold
// ("10 000" against "30 000" soldiers) belong together, while a part and its
// whole ("1 500 of 12 000") usually differ more.
const maxSpread = 6.0

// sameClaimSpread is the largest ratio between two values one article gives
// on one authority that may still be one claim (rounded differently in
// teaser and body).
const sameClaimSpread = 1.25

// Groups puts figures about the same thing, across articles, into
// groups, sets each figure's Group, and returns the groups with the most
// sources first.
//
// Figures can share a group when they have the same kind, the same unit
// family ("Soldaten", "Truppen" and "troops" are all soldiers; killed,
// wounded and "killed or wounded" are three things) and no different actors
// ("nordkoreanische" and "russische Soldaten"). Within that, values are
// clustered, closest first, as long as the group's spread stays within
// maxSpread and no two different values come from one paragraph with the
// same attribution (there they are two things, such as a part and a whole).
// Only clusters reported by at least two articles become groups: a group is
// a comparison of sources. Vague figures ("Tausende") take no part.
func Groups(figs []*Figure) []*Group {
	setPeriods(figs)
	buckets := map[string][]*Figure{}
	var keys []string
	for _, f := range figs {
		f.Group = -1
		if k, ok := bucketKey(f); ok {
			if buckets[k] == nil {
				keys = append(keys, k)
			}
			buckets[k] = append(buckets[k], f)
		}
	}
	stories := newStoryIndex(figs)
	var groups []*Group
	for _, k := range keys {
		for _, c := range clusterBucket(buckets[k], stories) {
			if g := newGroup(c); g != nil {
				groups = append(groups, g)
			}
		}
	}
	labelGroups(groups)
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

// bucketKey says which figures may be compared at all.
func bucketKey(f *Figure) (string, bool) {
	if f.Qualifier == Vague || f.Value <= 0 || f.Unit == "" || math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
		return "", false
	}
	switch f.Kind {
	case KindCount, KindMoney:
		return string(f.Kind) + "|" + f.Unit + "|" + f.status + "|" + f.Period, true
	case KindPercent:
		// A share of what: "40 Prozent der Munition" is not "40 Prozent der Wähler".
		return string(f.Kind) + "|" + f.Unit + "|" + subjectHead(f.Subject) + "|" + f.Period, true
	case KindDistance, KindOther:
		// Measures compare within their unit: a gauge in metres, an area
		// in hectares, a speed. Other figures without a unit do not.
		if measureUnits[f.Unit] {
			return string(f.Kind) + "|" + f.Unit + "|" + f.Period, true
		}
	}
	return "", false // durations and other distances rarely name what they measure
}

// measureUnits are the units of measures that are compared across
// articles.
var measureUnits = map[string]bool{"m": true, "ha": true, "km/h": true, "l": true, "t": true}

// subjectHead is the stem of the last word of a subject phrase.
func subjectHead(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	w := strings.Trim(fs[len(fs)-1], ".,;:!?\"'()")
	if fam := nounFamilies[stem(w)]; fam != "" {
		return fam
	}
	return stem(w)
}

// node is one distinct value with one actor inside a bucket.
type node struct {
	value  float64
	actor  string
	figs   []*Figure
	parent int
	// cluster state, valid at the root
	min, max float64
	actors   map[string]bool
	keys     map[string]bool // article|paragraph|attribution
	stories  []int32         // a sample of the cluster's articles (storyIndex)
	// claims: per article and attribution, the lowest and highest value.
	claims map[string][2]float64
}

// addClaim records value v stated by an article on an authority.
func (n *node) addClaim(key string, v float64) {
	c, ok := n.claims[key]
	if !ok {
		c = [2]float64{v, v}
	}
	n.claims[key] = [2]float64{math.Min(c[0], v), math.Max(c[1], v)}
}

// fitsStory reports whether a figure of story s may join the node.
func (n *node) fitsStory(s int32, stories *storyIndex) bool {
	for _, t := range n.stories {
		if !stories.same(s, t) {
			return false
		}
	}
	return true
}

// addStory keeps up to storySample distinct articles of a cluster.
func (n *node) addStory(s int32) {
	if s < 0 || len(n.stories) >= storySample {
		return
	}
	for _, t := range n.stories {
		if t == s {
			return
		}
	}
	n.stories = append(n.stories, s)
}

func clusterBucket(figs []*Figure, stories *storyIndex) [][]*Figure {
	// One node per value, actor and story: equal values from two stories
	// must not meet before the story check.
	index := map[string][]int{}
	var nodes []*node
	for _, f := range figs {
		k := strconv.FormatFloat(f.Value, 'g', -1, 64) + "|" + f.Actor
		story := stories.story(f.story)
		i := -1
		for _, j := range index[k] {
			if nodes[j].fitsStory(story, stories) {
				i = j
				break
			}
		}
		if i < 0 {
			i = len(nodes)
			index[k] = append(index[k], i)
			n := &node{value: f.Value, actor: f.Actor, parent: i, min: f.Value, max: f.Value, actors: map[string]bool{}, keys: map[string]bool{}, claims: map[string][2]float64{}}
			if f.Actor != "" {
				n.actors[f.Actor] = true
			}
			nodes = append(nodes, n)
		}
		n := nodes[i]
		n.figs = append(n.figs, f)
		n.addStory(story)
		n.addClaim(f.Article+"|"+f.Attribution, f.Value)
		for _, a := range f.headlineAttr {
			n.addClaim(f.Article+"|"+a, f.Value)
		}
		n.keys[f.Article+"|"+strconv.Itoa(f.Paragraph)+"|"+f.Attribution] = true
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
	const window = 64 // neighbours looked at per value; keeps big corpora near-linear
	for x := range order {
		for y := x + 1; y < len(order) && y-x <= window; y++ {
			a, b := nodes[order[x]], nodes[order[y]]
			if b.value > a.value*maxSpread {
				break
			}
			pairs = append(pairs, pair{order[x], order[y], math.Log(b.value / a.value)})
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
		if ra == rb {
			continue
		}
		a, b := nodes[ra], nodes[rb]
		if math.Max(a.max, b.max) > math.Min(a.min, b.min)*maxSpread || !canJoin(a, b, stories) {
			continue
		}
		if len(a.keys)+len(a.figs) < len(b.keys)+len(b.figs) {
			a, b, ra, rb = b, a, rb, ra
		}
		b.parent = ra
		a.min, a.max = math.Min(a.min, b.min), math.Max(a.max, b.max)
		for k := range b.actors {
			a.actors[k] = true
		}
		for k := range b.keys {
			a.keys[k] = true
		}
		for _, s := range b.stories {
			a.addStory(s)
		}
		for k, c := range b.claims {
			a.addClaim(k, c[0])
			a.addClaim(k, c[1])
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

// canJoin: one story, at most one actor, and no paragraph that states two
// of the values on the same authority.
func canJoin(a, b *node, stories *storyIndex) bool {
	for _, s := range a.stories {
		for _, t := range b.stories {
			if !stories.same(s, t) {
				return false
			}
		}
	}
	if len(a.actors) > 0 && len(b.actors) > 0 {
		for k := range b.actors {
			if !a.actors[k] {
				return false
			}
		}
	}
	// One article states one value per claim: two clearly different values
	// on the same authority (or on none) are two things, such as the
	// dead in two countries or a demand and a bonus.
	for k, c := range b.claims {
		if d, ok := a.claims[k]; ok && math.Max(c[1], d[1]) > math.Min(c[0], d[0])*sameClaimSpread {
			return false
		}
	}
	small, large := a.keys, b.keys
	if len(small) > len(large) {
		small, large = large, small
	}
	for k := range small {
		if large[k] {
			return false
		}
	}
	return true
}

// newGroup makes a group of a cluster reported by two articles or more.
func newGroup(figs []*Figure) *Group {
	arts := map[string]bool{}
	for _, f := range figs {
		arts[f.Article] = true
	}
	if len(arts) < 2 {
		return nil
	}
	sort.SliceStable(figs, func(i, j int) bool { return figs[i].ID < figs[j].ID })
	g := &Group{Kind: figs[0].Kind, Unit: figs[0].Unit, Figures: figs, Sources: len(arts)}
	g.Low, g.High = math.Inf(1), math.Inf(-1)
	for _, f := range figs {
		g.IDs = append(g.IDs, f.ID)
		lo, hi := f.Value, f.Value
		if f.Low != nil {
			lo = *f.Low
		}
		if f.High != nil {
			hi = *f.High
		}
		g.Low, g.High = math.Min(g.Low, lo), math.Max(g.High, hi)
	}
	return g
}
