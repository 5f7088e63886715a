package corpus

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/entities"
	"quellen/corpus/figures"
	"quellen/corpus/internal/lang"
	"quellen/corpus/stories"
)

// Figures are compared within stories and by frames whose actors and
// sources are entities: this file hands the entity list to package
// stories and to figures.Groups.

// storiesOf assigns every article a story from the entities it names.
func storiesOf(arts []*Article, ents []*Entity) map[string]int {
	docs := make([]stories.Doc, len(arts))
	at := make(map[string]int, len(arts))
	for i, a := range arts {
		docs[i] = stories.Doc{Date: a.Date, Names: map[int]int{}}
		at[a.ID] = i
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			if i, ok := at[m.Article]; ok {
				docs[i].Names[e.ID]++
			}
		}
	}
	of := stories.Assign(docs)
	out := make(map[string]int, len(arts))
	for i, a := range arts {
		out[a.ID] = of[i]
	}
	return out
}

// entityNames implements figures.Names on the entity list.
type entityNames struct {
	byPara map[entities.ParaRef][]figures.NameRef // by start
	byKey  map[string]figures.NameRef
}

func newEntityNames(ents []*Entity) *entityNames {
	n := &entityNames{byKey: map[string]figures.NameRef{}}
	// Every mention once, sorted by paragraph and start, then cut into one
	// slice per paragraph: no append per mention into a map.
	type mention struct {
		article, paragraph int // article by first mention, for buckets
		at                 entities.ParaRef
		ref                figures.NameRef
	}
	articleIndex := map[string]int{}
	total := 0
	for _, e := range ents {
		total += len(e.Mentions)
	}
	all := make([]mention, 0, total)
	ambiguous := map[string]bool{}
	mentions := map[string]int{}
	for _, e := range ents {
		ref := figures.NameRef{ID: e.ID, Name: e.Name, Place: e.Type == entities.Place, Org: e.Type == entities.Org}
		if ref.Place {
			ref.Key = figures.ActorKey(append([]string{e.Name}, e.Aliases...)...)
		}
		for _, m := range e.Mentions {
			r := ref
			r.Start, r.End = m.Start, m.End
			first, _ := utf8.DecodeRuneInString(m.Text)
			r.Capitalised = unicode.IsUpper(first)
			r.Possessive = strings.HasSuffix(m.Text, "'s") || strings.HasSuffix(m.Text, "’s")
			a, ok := articleIndex[m.Article]
			if !ok {
				a = len(articleIndex)
				articleIndex[m.Article] = a
			}
			all = append(all, mention{a, m.Paragraph, entities.ParaRef{Article: m.Article, Paragraph: m.Paragraph}, r})
		}
		if !ref.Place && !ref.Org {
			continue
		}
		// A place split into several entities ("Karsenia", "Karsenien")
		// shares one key: the entity with the most mentions stands for it.
		// Organisations must be unique under a key.
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			k := lang.PlaceKey(name)
			prev, ok := n.byKey[k]
			switch {
			case !ok || prev.ID == e.ID:
				n.byKey[k] = ref
				mentions[k] = len(e.Mentions)
			case prev.Place && ref.Place:
				if len(e.Mentions) > mentions[k] {
					n.byKey[k], mentions[k] = ref, len(e.Mentions)
				}
			default:
				ambiguous[k] = true
			}
		}
	}
	for k := range ambiguous {
		delete(n.byKey, k)
	}
	// Bucket by article (a counting sort), then sort each article's small
	// keys by paragraph and start; the index breaks ties, so the order is
	// the same on every run.
	type key struct{ paragraph, start, i int32 }
	offset := make([]int, len(articleIndex)+1)
	for _, m := range all {
		offset[m.article+1]++
	}
	for a := 1; a < len(offset); a++ {
		offset[a] += offset[a-1]
	}
	keys := make([]key, len(all))
	next := slices.Clone(offset[:len(articleIndex)])
	for i, m := range all {
		keys[next[m.article]] = key{int32(m.paragraph), int32(m.ref.Start), int32(i)}
		next[m.article]++
	}
	for a := 0; a < len(articleIndex); a++ {
		slices.SortFunc(keys[offset[a]:offset[a+1]], func(x, y key) int {
			return cmp.Or(cmp.Compare(x.paragraph, y.paragraph), cmp.Compare(x.start, y.start), cmp.Compare(x.i, y.i))
		})
	}
	refs := make([]figures.NameRef, len(all))
	n.byPara = make(map[entities.ParaRef][]figures.NameRef)
	for i := 0; i < len(keys); {
		at := all[keys[i].i].at
		j := i
		for ; j < len(keys) && all[keys[j].i].at == at; j++ {
			refs[j] = all[keys[j].i].ref
		}
		n.byPara[at] = refs[i:j:j]
		i = j
	}
	return n
}

func (n *entityNames) Mentions(article string, paragraph, start, end int) []figures.NameRef {
	l := n.byPara[entities.ParaRef{Article: article, Paragraph: paragraph}]
	i := sort.Search(len(l), func(i int) bool { return l[i].Start >= start })
	j := i
	for j < len(l) && l[j].End <= end {
		j++
	}
	return l[i:j]
}

func (n *entityNames) ByKey(key string) (figures.NameRef, bool) {
	r, ok := n.byKey[key]
	return r, ok
}
