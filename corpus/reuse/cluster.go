package reuse

import (
	"cmp"
	"slices"
)

// cluster groups aligned spans into passages. Both spans of a segment are
// one passage; spans of one paragraph that overlap by at least half of the
// longer are the same text there, so their passages are one. Each
// passage comes back as its copies: per paragraph, the stretch its
// overlapping spans cover together.
func cluster(lists [][]segment, units []unit) [][]span {
	n := 0
	for _, l := range lists {
		n += 2 * len(l)
	}
	nodes := make([]span, 0, n)
	for _, l := range lists {
		for _, s := range l {
			nodes = append(nodes, s.a, s.b)
		}
	}
	uf := newUnionFind(len(nodes))
	for i := 0; i < len(nodes); i += 2 {
		uf.union(i, i+1)
	}
	order := make([]int32, len(nodes))
	for i := range order {
		order[i] = int32(i)
	}
	samePara := func(a, b span) bool {
		return units[a.unit].art == units[b.unit].art && units[a.unit].para == units[b.unit].para
	}
	slices.SortFunc(order, func(x, y int32) int {
		a, b := nodes[x], nodes[y]
		ua, ub := units[a.unit], units[b.unit]
		return cmp.Or(cmp.Compare(ua.art, ub.art), cmp.Compare(ua.para, ub.para),
			cmp.Compare(a.blo, b.blo), cmp.Compare(a.bhi, b.bhi))
	})
	// Sweep each paragraph's spans in text order into stretches.
	var stretches []span
	var heads []int32 // a node of each stretch
	for _, n := range order {
		s := nodes[n]
		if k := len(stretches) - 1; k >= 0 && samePara(stretches[k], s) && sameText(stretches[k], s) {
			uf.union(int(heads[k]), int(n))
			stretches[k].bhi = max(stretches[k].bhi, s.bhi)
			continue
		}
		stretches = append(stretches, s)
		heads = append(heads, n)
	}
	return components(stretches, heads, uf, order)
}

// components groups the stretches by the root of their heads, in the order
// the roots are first seen, so the result is deterministic. It counts
// first, so that all of them share one array; buf is scratch of a length
// of at least the number of nodes.
func components(stretches []span, heads []int32, uf *unionFind, buf []int32) [][]span {
	compOf := buf
	for k := range heads {
		compOf[uf.find(int(heads[k]))] = -1
	}
	var sizes []int32
	comp := make([]int32, len(stretches))
	for k := range heads {
		r := uf.find(int(heads[k]))
		if compOf[r] < 0 {
			compOf[r] = int32(len(sizes))
			sizes = append(sizes, 0)
		}
		comp[k] = compOf[r]
		sizes[comp[k]]++
	}
	all := make([]span, len(stretches))
	out := make([][]span, len(sizes))
	off := 0
	for c, n := range sizes {
		out[c] = all[off : off : off+int(n)]
		off += int(n)
	}
	for k, g := range stretches {
		out[comp[k]] = append(out[comp[k]], g)
	}
	return out
}

// sameText reports whether span s, starting no earlier than stretch g,
// overlaps it by at least half of the longer of the two. A sentence that
// one paragraph shares with another is not the same text as the whole
// paragraph: it makes a passage of its own, or it would join the copies of
// two different paragraphs into one passage.
func sameText(g, s span) bool {
	overlap := min(g.bhi, s.bhi) - s.blo
	return overlap > 0 && 2*overlap >= max(g.bhi-g.blo, s.bhi-s.blo)
}

// unionFind is a disjoint-set forest with path halving and union by size.
type unionFind struct{ parent, size []int32 }

func newUnionFind(n int) *unionFind {
	uf := &unionFind{parent: make([]int32, n), size: make([]int32, n)}
	for i := range uf.parent {
		uf.parent[i], uf.size[i] = int32(i), 1
	}
	return uf
}

func (uf *unionFind) find(x int) int {
	for int(uf.parent[x]) != x {
		uf.parent[x] = uf.parent[uf.parent[x]]
		x = int(uf.parent[x])
	}
	return x
}

func (uf *unionFind) union(x, y int) {
	x, y = uf.find(x), uf.find(y)
	if x == y {
		return
	}
	if uf.size[x] < uf.size[y] {
		x, y = y, x
	}
	uf.parent[y] = int32(x)
	uf.size[x] += uf.size[y]
}
