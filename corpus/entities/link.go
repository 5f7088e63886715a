package entities

import (
	"sort"
	"strings"

	"quellen/corpus/internal/translit"
)

// Linking: candidates from all articles become entities. Full names are
// grouped by a transliteration key ("Budanov" = "Budanow"); a single word
// joins the person whose family name it is ("Putin" -> "Wladimir Putin"),
// choosing the nearest full name in the same article when two people share
// it; everything else is grouped by its key.

// nameFold and translitKey are the spelling keys entities shares with
// search (see package translit).
func nameFold(s string) string    { return translit.Fold(s) }
func translitKey(s string) string { return translit.Key(s) }

// singleKey is the key a one-word name is grouped under: an acronym as
// written, since the translit key drops doubled letters and "UNN" is not
// "UN", nor "APP" "AP".
func singleKey(name string) string {
	if isAcronym(name) {
		return "acr:" + name
	}
	return translitKey(name)
}

// cluster is an entity under construction.
type cluster struct {
	key      string
	gaz      *gazEntry
	cands    []*candidate
	score    [4]float64
	korean   bool
	forced   string           // canonical name from the user's corrections
	fullPos  map[string][]int // per article, where the full name stands (people only)
	articles map[string]bool
}

func (lk *linker) put(c *cluster, cd *candidate) {
	lk.owner[cd] = c
	c.add(cd)
}

func (c *cluster) add(cd *candidate) {
	c.cands = append(c.cands, cd)
	for i := range cd.score {
		c.score[i] += cd.score[i]
	}
	c.korean = c.korean || cd.korean
}

// familyName is the word a person is called by alone.
func (c *cluster) familyNames() []string {
	words := strings.Fields(c.key)
	if len(words) < 2 {
		return nil
	}
	if c.korean {
		return []string{words[0]}
	}
	return []string{words[len(words)-1]}
}

func (c *cluster) isPerson() bool {
	return c.gaz == nil && c.score[sPerson] >= c.score[sPlace] && c.score[sPerson] >= c.score[sOrg]
}

// linker holds the clusters while linking.
type linker struct {
	types    map[*cluster]Type
	owner    map[*candidate]*cluster
	byKey    map[string]*cluster
	order    []*cluster
	aliases  *Aliases
	adjStems []string // stems of -isch adjectives seen: "ukrain", "russ"
}

func (lk *linker) get(key string) *cluster {
	c := lk.byKey[key]
	if c == nil {
		c = &cluster{key: key}
		lk.byKey[key] = c
		lk.order = append(lk.order, c)
	}
	return c
}

// link groups the candidates of all articles into entities.
func link(cands []candidate, aliases *Aliases, adjStems []string) []*Entity {
	lk := &linker{byKey: map[string]*cluster{}, aliases: aliases, adjStems: adjStems}
	names := map[string]bool{} // keys of every candidate, to resolve genitives
	for i := range cands {
		names[translitKey(cands[i].text)] = true
	}
	var singles []*candidate
	lk.owner = make(map[*candidate]*cluster, len(cands))
	for i := range cands {
		c := &cands[i]
		if c.coord > 0 {
			c.coordWith = &cands[i-c.coord]
			cands[i-c.coord].coordNext = c
		}
		if c.paren > 0 {
			c.expands = &cands[i-c.paren]
		}
		if c.headOf > 0 {
			c.fullName = &cands[i-c.headOf]
			singles = append(singles, c) // linked to its full name below
			continue
		}
		c.name = displayName(stripGenitive(c.text, names), c.gaz)
		if c.words > 1 && c.gaz == nil {
			c.name = nominativeHead(c.name)
		}
		if forced := aliases.canonical(c.name); forced != "" {
			cl := lk.get(translitKey(forced))
			cl.forced = forced
			lk.put(cl, c)
			continue
		}
		switch {
		case c.gaz != nil:
			cl := lk.get("gaz:" + c.gaz.names[0])
			cl.gaz = c.gaz
			lk.put(cl, c)
		case c.short != "":
			lk.put(lk.get(translitKey(c.short)), c) // "Republic of Varkonia" is Varkonia
		case c.words > 1:
			lk.put(lk.get(translitKey(c.name)), c)
		default:
			singles = append(singles, c)
		}
	}
	lk.mergeGivenVariants()
	// family names of the people found so far
	family := map[string][]*cluster{}
	for _, cl := range lk.order {
		if cl.gaz == nil && cl.forced == "" && cl.isPerson() {
			for _, f := range cl.familyNames() {
				family[f] = append(family[f], cl)
			}
			cl.fullPos = map[string][]int{}
			for _, m := range cl.cands { // in text order
				cl.fullPos[m.article] = append(cl.fullPos[m.article], mentionPos(m))
			}
		}
	}
	for _, c := range singles {
		if c.fullName != nil {
			if full := lk.owner[c.fullName]; full != nil {
				lk.put(full, c)
			}
			continue
		}
		key := singleKey(c.name)
		if cl := lk.byKey[key]; cl != nil && (cl.gaz != nil || len(strings.Fields(cl.key)) == 1) {
			lk.put(cl, c)
			continue
		}
		// a word opening a sentence ("More than ...") joins a person only
		// with a sign of being one ("Kraus sagte")
		if people := family[key]; len(people) > 0 && (!c.weak || c.score[sPerson] > 0) {
			lk.put(choose(people, c), c)
			continue
		}
		if c.weak {
			continue // an ordinary word opening a sentence, and no known name
		}
		lk.put(lk.get(key), c)
	}
	return lk.entities()
}

// stripGenitive turns "Putins" into "Putin" and "Nordkoreas" into
// "Nordkorea" when the shorter name occurs too, or is a known place.
func stripGenitive(text string, names map[string]bool) string {
	base, ok := strings.CutSuffix(text, "s")
	if !ok || len(base) < 3 || gazExact(text) != nil {
		return text
	}
	k := translitKey(base)
	if names[k] || gazLookup(base) != nil {
		return base
	}
	// a family name inside a full name: "Putins" and "Wladimir Putin"
	for n := range names {
		if strings.HasSuffix(n, " "+k) || strings.HasPrefix(n, k+" ") {
			return base
		}
	}
	return text
}

// choose picks, among people sharing a family name, the one a lone name
// means: the nearest full name before it in the same article, else the
// one most mentioned there, else the one most mentioned overall.
func choose(people []*cluster, c *candidate) *cluster {
	if len(people) == 1 {
		return people[0]
	}
	pos := mentionPos(c)
	var best *cluster
	bestPos := -1
	for _, p := range people {
		full := p.fullPos[c.article]
		// the last full mention before pos
		if i := sort.SearchInts(full, pos); i > 0 && full[i-1] > bestPos {
			best, bestPos = p, full[i-1]
		}
	}
	if best != nil {
		return best
	}
	bestCount := -1
	for _, p := range people {
		count := len(p.fullPos[c.article])*1_000_000 + len(p.cands)
		if count > bestCount {
			best, bestCount = p, count
		}
	}
	return best
}

// mentionPos orders mentions within an article.
func mentionPos(c *candidate) int { return c.para<<24 | c.start }

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
	for _, c := range cl.cands {
		if c.term {
			return false
		}
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
