package corpus

import (
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
	n := &entityNames{byPara: map[entities.ParaRef][]figures.NameRef{}, byKey: map[string]figures.NameRef{}}
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
			p := entities.ParaRef{Article: m.Article, Paragraph: m.Paragraph}
			n.byPara[p] = append(n.byPara[p], r)
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
	for _, l := range n.byPara {
		sort.Slice(l, func(i, j int) bool { return l[i].Start < l[j].Start })
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
