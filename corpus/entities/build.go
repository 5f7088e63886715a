package entities

import (
	"sort"
	"strings"
)

// Clusters become entities: each gets a type from the evidence of its
// mentions, clusters without evidence of a name are dropped, and each
// entity gets its display name and aliases.

// entities turns clusters into entities: names, types, aliases, mentions;
// clusters that are only sentence openers or noun phrases are dropped.
func (lk *linker) entities() []*Entity {
	lk.types = map[*cluster]Type{}
	for _, cl := range lk.order {
		if len(cl.cands) > 0 {
			lk.types[cl] = lk.typeOf(cl)
		}
	}
	// types spread along lists, one name per round
	for round := 0; round < 4; round++ {
		changed := false
		for _, cl := range lk.order {
			if len(cl.cands) > 0 && lk.types[cl] == Other {
				if t := lk.coordinatedType(cl); t != Other {
					lk.types[cl], changed = t, true
				}
			}
		}
		if !changed {
			break
		}
	}
	lk.mergeParenPairs()
	lk.mergeForms()
	var out []*Entity
	for _, cl := range lk.order {
		if len(cl.cands) == 0 {
			continue
		}
		typ := lk.types[cl]
		if cl.forced == "" && cl.gaz == nil && !keep(cl, typ) {
			continue
		}
		e := &Entity{Type: typ}
		counts := map[string]int{}
		for _, c := range cl.cands {
			counts[c.name]++
			e.Mentions = append(e.Mentions, Mention{Article: c.article, Paragraph: c.para, Start: c.start, End: c.end, Text: c.text})
		}
		e.Name = pickName(cl, counts)
		for n := range counts {
			if n != e.Name {
				e.Aliases = append(e.Aliases, n)
			}
		}
		sort.Strings(e.Aliases)
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		out = append(out, e)
	}
	out = lk.aliases.apply(out)
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Mentions) != len(out[j].Mentions) {
			return len(out[i].Mentions) > len(out[j].Mentions)
		}
		return out[i].Name < out[j].Name
	})
	for i, e := range out {
		e.ID = i + 1
		sort.SliceStable(e.Mentions, func(a, b int) bool {
			ma, mb := e.Mentions[a], e.Mentions[b]
			if ma.Article != mb.Article {
				return ma.Article < mb.Article
			}
			if ma.Paragraph != mb.Paragraph {
				return ma.Paragraph < mb.Paragraph
			}
			return ma.Start < mb.Start
		})
	}
	return out
}

// typeOf weighs the evidence of all mentions.
func (lk *linker) typeOf(cl *cluster) Type {
	if cl.gaz != nil {
		return cl.gaz.typ
	}
	s := cl.score
	if cl.cands[0].words == 1 && !allDet(cl) && lk.fromAdjective(nameFold(cl.cands[0].name)) {
		s[sPlace] += 2
	}
	if !personEvidence(cl) {
		s[sPerson] = 0 // a Slavic-looking ending alone makes no person: "Transdev", "Knowhow"
		if toponymic(cl) {
			s[sPlace] += 2 // "zwischen Hohenfurt und Wiesenau"
		}
	}
	best, bestScore := Other, 0.0
	for i, t := range []Type{Person, Place, Org} {
		if s[i] > bestScore {
			best, bestScore = t, s[i]
		}
	}
	if s[sProduct] >= bestScore && s[sProduct] > 0 {
		return Other // a model or a weapon
	}
	return best
}

// personEvidence: a cluster of one-word names is a person only when a
// title, a speech verb or an apposition says so somewhere; full names
// (two words or more) are their own evidence.
func personEvidence(cl *cluster) bool {
	for _, c := range cl.cands {
		if c.words > 1 || c.personCue {
			return true
		}
	}
	return false
}

// toponymic: a mention of the cluster looks and stands like a German place.
func toponymic(cl *cluster) bool {
	for _, c := range cl.cands {
		if c.toponym {
			return true
		}
	}
	return false
}

// fromAdjective: a name that an adjective in -isch was made from is a
// country or region ("ukrainisch" -> "Ukraine", "chinesisch" -> "China").
func (lk *linker) fromAdjective(key string) bool {
	for _, st := range lk.adjStems {
		if strings.HasPrefix(key, st) && len(key)-len(st) <= 5 {
			return true
		}
	}
	return false
}

// coordinatedType: a name listed with others takes their type: "die Städte
// Wladiwostok, Ussurijsk und Chabarowsk" are all places.
func (lk *linker) coordinatedType(cl *cluster) Type {
	for _, c := range cl.cands {
		for _, other := range []*candidate{c.coordWith, c.coordNext} {
			if other == nil {
				continue
			}
			if o := lk.owner[other]; o != nil && o != cl {
				if t := lk.types[o]; t != Other {
					return t
				}
			}
		}
	}
	return Other
}

// allDet: every mention follows a determiner, as nouns do ("des Militärs").
func allDet(cl *cluster) bool {
	for _, c := range cl.cands {
		if !c.det {
			return false
		}
	}
	return true
}

// keep drops clusters with no evidence of being a name: every mention
// opens a sentence or follows a determiner, and nothing else speaks for it;
// and acronyms defined for common words ("Chemikalien, kurz PFAS").
func keep(cl *cluster, typ Type) bool {
	adjectives := true
	for _, c := range cl.cands {
		if c.term {
			return false
		}
		adjectives = adjectives && c.words == 1 && c.sentStart && germanAdjective(c.name)
	}
	if adjectives {
		return false // "Orvandische Soldaten: bis zu 7000": an adjective opening a line
	}
	if typ != Other {
		return true
	}
	for _, c := range cl.cands {
		if !c.sentStart && !c.det {
			return true
		}
	}
	return false
}

// germanAdjective: a word on "-isch" with an adjective ending
// ("Orvandische", "Karsenischen"), which German capitalises only first in
// a sentence or inside a name.
func germanAdjective(w string) bool {
	lw := strings.ToLower(w)
	for _, end := range []string{"isch", "ische", "ischen", "ischer", "isches", "ischem"} {
		if strings.HasSuffix(lw, end) && len(lw) > len(end)+2 {
			return true
		}
	}
	return false
}

// pickName prefers the user's canonical name, then the gazetteer's name in
// the text's own spelling, then the fullest and most frequent form.
func pickName(cl *cluster, counts map[string]int) string {
	if cl.forced != "" {
		return cl.forced
	}
	best := ""
	if cl.gaz != nil {
		listed := false
		for n := range counts {
			listed = listed || cl.gaz.lists(n)
		}
		if !listed {
			return cl.gaz.names[0] // only inflected forms: "der Deutschen Bahn"
		}
	}
	for n, k := range counts {
		if best == "" {
			best = n
			continue
		}
		// "Kim Jong-un" and "Kim Jong Un" have the same number of words
		wn, wb := len(strings.Fields(nameFold(n))), len(strings.Fields(nameFold(best)))
		switch {
		case cl.gaz != nil && cl.gaz.lists(n) != cl.gaz.lists(best):
			if cl.gaz.lists(n) {
				best = n
			}
		case cl.gaz != nil && isAcronym(n) != isAcronym(best):
			if !isAcronym(n) {
				best = n
			}
		case cl.gaz != nil && k != counts[best]:
			if k > counts[best] {
				best = n
			}
		case cl.gaz != nil && len(n) != len(best):
			if len(n) > len(best) {
				best = n
			}
		case wn != wb:
			if wn > wb {
				best = n
			}
		case k != counts[best]:
			if k > counts[best] {
				best = n
			}
		case n < best:
			best = n
		}
	}
	return best
}

// adjectiveStems collects the stems of -isch adjectives in the texts, folded:
// "ukrainischen" -> "ukrain", "chinesische" -> "chin", "koreanisch" -> "kore".
func adjectiveStems(words map[string]bool) []string {
	set := map[string]bool{}
	for w := range words {
		k := nameFold(w)
		i := strings.LastIndex(k, "isch")
		if i < 3 || len(k)-i > 6 {
			continue
		}
		stem := k[:i]
		set[stem] = true
		for _, end := range []string{"es", "an"} {
			if s, ok := strings.CutSuffix(stem, end); ok && len(s) >= 4 {
				set[s] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		if len(s) >= 4 {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
