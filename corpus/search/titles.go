package search

import (
	"slices"

	"quellen/corpus/article"
)

// Titles. Headlines often say what the story is about in words its
// paragraphs never repeat ("Hochwasser" in the title, "Pegel" and "Tote" in
// the text), and many formats keep the title out of the paragraphs (front
// matter, og:title). So every passage may take a query word from its
// article's title, at a lower rank than passages that hold every word
// themselves; and an article whose title alone holds the query is shown at
// its lead passage.

// titleContextFactor scales the quality of a word found only in the title.
const titleContextFactor = 0.5

// titleShard indexes the titles of the articles numbered in only (of all
// when only is nil); its lists hold article numbers.
func titleShard(ix *Index, only []uint32) *shard {
	sh := &shard{ids: map[string]uint32{}}
	var tz tokenizer
	for ai := range ix.narts {
		if only != nil {
			if len(only) == 0 {
				break
			}
			if only[0] != uint32(ai) {
				continue
			}
			only = only[1:]
		}
		tz.scan(ix.article(ai).Title, func(t token) {
			id, ok := sh.ids[string(t.term)]
			if !ok {
				id = uint32(len(sh.terms))
				term := string(t.term)
				sh.ids[term] = id
				sh.terms = append(sh.terms, term)
				sh.lists = append(sh.lists, nil)
			}
			if l := sh.lists[id]; len(l) == 0 || l[len(l)-1] != uint32(ai) {
				sh.lists[id] = append(l, uint32(ai))
			}
		})
	}
	return sh
}

// layoutTitles lays the title postings out by the merged vocabulary.
func (ix *Index) layoutTitles(terms []string, titles *shard) {
	ix.toffsets = make([]uint32, len(terms)+1)
	for id, t := range terms {
		ix.toffsets[id] = uint32(len(ix.tpost))
		if sid, ok := titles.ids[t]; ok {
			ix.tpost = append(ix.tpost, titles.lists[sid]...)
		}
	}
	ix.toffsets[len(terms)] = uint32(len(ix.tpost))
}

// titlePostings returns the articles whose title contains term id, ascending.
func (ix *Index) titlePostings(id uint32) []uint32 {
	return ix.tpost[ix.toffsets[id]:ix.toffsets[id+1]]
}

// withTitles returns the passages that match every word only when their
// article's title is taken as context, ascending, each with its sum of
// qualities; passages that match every word themselves are left to
// intersect. A passage qualifies when each word is in it or in the title,
// and at least one word is in it, or it is the article's lead passage.
func (ix *Index) withTitles(words []*wordMatch) []candidate {
	arts := titleArticles(words)
	if len(arts) == 0 {
		return nil
	}
	n := len(words)
	hitAt := make([]int, n)   // cursor into words[i].hits
	titleAt := make([]int, n) // cursor into words[i].titleHits
	titleQ := make([]float32, n)
	var out []candidate
	// check adds passage p of article a if it qualifies, and reports how
	// many words p holds itself (-1 for a word neither p nor a's title has).
	check := func(a, p uint32) int {
		own, sum := 0, float32(0)
		for i, wm := range words {
			k := hitAt[i]
			for k < len(wm.hits) && wm.hits[k] < p {
				k++
			}
			hitAt[i] = k
			switch {
			case k < len(wm.hits) && wm.hits[k] == p:
				own++
				sum += wm.best[k]
			case titleQ[i] > 0:
				sum += titleQ[i]
			default:
				return -1
			}
		}
		if own < n && (own > 0 || int32(p) == ix.lead[a]) {
			out = append(out, candidate{pid: p, sum: sum, title: true})
		}
		return own
	}
	for _, a := range arts {
		lo, hi := ix.first[a], ix.first[a+1]
		driver := -1 // a word missing from the title: only its passages can qualify
		for i, wm := range words {
			titleAt[i] += gallop(wm.titleHits[titleAt[i]:], a)
			titleQ[i] = 0
			if k := titleAt[i]; k < len(wm.titleHits) && wm.titleHits[k] == a {
				titleQ[i] = titleContextFactor * wm.titleBest[k]
			} else if driver < 0 || len(wm.hits) < len(words[driver].hits) {
				driver = i
			}
			hitAt[i] += gallop(wm.hits[hitAt[i]:], lo)
		}
		if driver >= 0 {
			hits := words[driver].hits
			for k := hitAt[driver]; k < len(hits) && hits[k] < hi; k++ {
				check(a, hits[k])
			}
			continue
		}
		// Every word is in the title. The lead passage stands for a title
		// that alone matches, unless a passage holds every word itself.
		whole, leadAt := false, -1 // leadAt: out's title-only lead passage
		if n == 1 {
			whole = hitAt[0] < len(words[0].hits) && words[0].hits[hitAt[0]] < hi
			if !whole && ix.lead[a] >= 0 {
				check(a, uint32(ix.lead[a]))
			}
			continue
		}
		for p := lo; p < hi; p++ {
			before := len(out)
			own := check(a, p)
			whole = whole || own == n
			if own == 0 && len(out) > before {
				leadAt = before
			}
		}
		if whole && leadAt >= 0 {
			out = slices.Delete(out, leadAt, leadAt+1)
		}
	}
	return out
}

// titleArticles returns, ascending, the articles whose title holds at least
// one of the words: only their passages can need the title as context.
func titleArticles(words []*wordMatch) []uint32 {
	var arts []uint32
	for _, wm := range words {
		arts = mergeUnique(arts, wm.titleHits)
	}
	return arts
}

// mergeUnique merges two ascending lists into one without duplicates.
func mergeUnique(a, b []uint32) []uint32 {
	if len(a) == 0 {
		return b
	}
	out := make([]uint32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// titleSpans returns where the words match in the title of article a.
func (s *Searcher) titleSpans(a int32, words []*wordMatch) []article.Span {
	return mergeSpans(s.occurrences(s.ix.article(int(a)).Title, words))
}
