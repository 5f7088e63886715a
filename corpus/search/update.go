package search

import (
	"slices"

	"quellen/corpus/article"
)

// Updating an index. When a few files of a large folder change, the index
// of the earlier load is not rebuilt: the changed and new articles are
// indexed alone, as a small segment, and merged with the old index in one
// pass over its postings, which drops the passages of changed and removed
// articles and renumbers the rest (as Lucene merges segments and drops
// deleted documents). Nothing of the old articles is read: their passages,
// postings and case flags are all in the old index.

// Update returns the index of len(from) articles, made from old, the index
// of an earlier set of articles: from[i] is the number in old of the article
// that article i is unchanged from, or -1 when it is new or changed.
// Articles keep their order: from's non-negative values ascend. The result
// is the index NewIndex builds of the same articles, table for table; only
// the articles with from -1 are read (through article, which the index
// keeps), and their number is returned too.
func Update(old *Index, from []int, article func(int) *article.Article) (*Index, int) {
	ix := &Index{article: article, narts: len(from)}
	pidMap := slices.Repeat([]int32{-1}, len(old.passages))
	artMap := slices.Repeat([]int32{-1}, old.narts)
	var fresh []uint32
	ix.first = make([]uint32, len(from)+1)
	ix.lead = make([]int32, len(from))
	for ai, o := range from {
		if o < 0 {
			fresh = append(fresh, uint32(ai))
			ix.addPassages(ai, article(ai))
			continue
		}
		artMap[o] = int32(ai)
		ix.first[ai] = uint32(len(ix.passages))
		ix.lead[ai] = -1
		if l := old.lead[o]; l >= 0 {
			ix.lead[ai] = l - int32(old.first[o]) + int32(len(ix.passages))
		}
		for p := old.first[o]; p < old.first[o+1]; p++ {
			pidMap[p] = int32(len(ix.passages))
			r := old.passages[p]
			r.article = int32(ai)
			ix.passages = append(ix.passages, r)
		}
	}
	ix.first[len(from)] = uint32(len(ix.passages))
	delta := &shard{ids: map[string]uint32{}}
	for _, a := range fresh {
		delta.build(ix, int(ix.first[a]), int(ix.first[a+1]))
	}
	ix.mergeWith(old, delta, titleShard(ix, fresh), pidMap, artMap)
	return ix, len(fresh)
}

// mergeWith lays out the vocabulary and postings of old (renumbered by
// pidMap and artMap, -1 dropping a passage or article) and of the new
// segment (delta and its titles) in one sorted vocabulary; a term left
// without postings and titles is dropped.
func (ix *Index) mergeWith(old *Index, delta, titles *shard, pidMap, artMap []int32) {
	newTerms := slices.Concat(delta.terms, titles.terms)
	slices.Sort(newTerms)
	newTerms = slices.Compact(newTerms)
	ix.post = make([]uint32, 0, len(old.post))
	ix.pflags = make([]uint8, 0, len(old.post))
	var terms []string
	var m merger
	groups := map[string][]uint32{}
	oldKeys := old.spellings.keyOfTerm(old.terms.Len())
	i, j := 0, 0
	for i < old.terms.Len() || j < len(newTerms) {
		var t string
		oid := -1
		switch {
		case j == len(newTerms) || (i < old.terms.Len() && old.terms.at(uint32(i)) <= newTerms[j]):
			t, oid = old.terms.at(uint32(i)), i
			i++
			if j < len(newTerms) && newTerms[j] == t {
				j++
			}
		default:
			t = newTerms[j]
			j++
		}
		start, tstart := len(ix.post), len(ix.tpost)
		m.postings(ix, old, oid, delta, t, pidMap)
		m.titles(ix, old, oid, titles, t, artMap)
		if len(ix.post) == start && len(ix.tpost) == tstart {
			continue // every passage and title of the term is gone
		}
		id := uint32(len(terms))
		terms = append(terms, t)
		ix.offsets = append(ix.offsets, uint32(start))
		ix.toffsets = append(ix.toffsets, uint32(tstart))
		fl := orFlags(ix.pflags[start:])
		if oid >= 0 && oldKeys[oid] >= 0 && isName(t, fl) {
			k := old.spellings.keys.at(uint32(oldKeys[oid])) // known: no need to transliterate again
			groups[k] = append(groups[k], id)
			continue
		}
		addSpelling(groups, id, t, fl)
	}
	ix.offsets = append(ix.offsets, uint32(len(ix.post)))
	ix.toffsets = append(ix.toffsets, uint32(len(ix.tpost)))
	ix.terms = newVocab(terms)
	ix.suffixes = suffixOrder(ix.terms)
	ix.spellings = newSpellGroups(groups)
}

// keyOfTerm returns, for each of n terms, its group, or -1 for a term that
// is no name.
func (sg spellGroups) keyOfTerm(n int) []int32 {
	keys := slices.Repeat([]int32{-1}, n)
	for g := range sg.keys.Len() {
		for _, id := range sg.ids[sg.off[g]:sg.off[g+1]] {
			keys[id] = int32(g)
		}
	}
	return keys
}

// merger holds the buffers of mergeWith.
type merger struct {
	post  []uint32
	flags []uint8
}

// postings appends term t's postings: old term oid's (when >= 0) that
// survive, renumbered, merged in order with the new segment's.
func (m *merger) postings(ix, old *Index, oid int, delta *shard, t string, pidMap []int32) {
	m.post, m.flags = m.post[:0], m.flags[:0]
	if oid >= 0 {
		for k := old.offsets[oid]; k < old.offsets[oid+1]; k++ {
			if p := pidMap[old.post[k]]; p >= 0 {
				m.post = append(m.post, uint32(p))
				m.flags = append(m.flags, old.pflags[k])
			}
		}
	}
	var add []uint32
	var addFlags []uint8
	if sid, ok := delta.ids[t]; ok {
		add, addFlags = delta.lists[sid], delta.flags[sid]
	}
	a, b := 0, 0
	for a < len(m.post) || b < len(add) {
		if b == len(add) || (a < len(m.post) && m.post[a] < add[b]) {
			ix.post, ix.pflags = append(ix.post, m.post[a]), append(ix.pflags, m.flags[a])
			a++
		} else {
			ix.post, ix.pflags = append(ix.post, add[b]), append(ix.pflags, addFlags[b])
			b++
		}
	}
}

// titles appends term t's title postings the same way.
func (m *merger) titles(ix, old *Index, oid int, titles *shard, t string, artMap []int32) {
	m.post = m.post[:0]
	if oid >= 0 {
		for _, a := range old.titlePostings(uint32(oid)) {
			if na := artMap[a]; na >= 0 {
				m.post = append(m.post, uint32(na))
			}
		}
	}
	var add []uint32
	if sid, ok := titles.ids[t]; ok {
		add = titles.lists[sid]
	}
	ix.tpost = append(ix.tpost, mergeUnique(m.post, add)...)
}
