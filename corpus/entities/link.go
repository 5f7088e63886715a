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

// key is translitKey, remembered: news repeats its names.
func (lk *linker) key(s string) string {
	k, ok := lk.keys[s]
	if !ok {
		k = translitKey(s)
		lk.keys[s] = k
	}
	return k
}

// singleKey is the key a one-word name is grouped under: an acronym as
// written, since the translit key drops doubled letters and "UNN" is not
// "UN", nor "APP" "AP".
func singleKey(name string) string {
	if isAcronym(name) {
		return acronymKey(name)
	}
	return translitKey(name)
}

// acronymKey folds an acronym's case and umlauts, as transliteration
// writes them: "ÖL" and the English "OeL" are one, "VdM" and "VDM".
func acronymKey(name string) string {
	return "acr:" + strings.ToUpper(umlautSpelling.Replace(name))
}

var umlautSpelling = strings.NewReplacer("Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ä", "ae", "ö", "oe", "ü", "ue")

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
	into     *cluster // the cluster this one was merged into
	legal    bool     // named by a company's name with its legal form
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
	keys     map[string]string
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
	lk := &linker{byKey: map[string]*cluster{}, aliases: aliases, adjStems: adjStems, keys: map[string]string{}}
	singles := lk.placeNames(cands)
	lk.mergeGivenVariants()
	lk.linkSingles(singles)
	return lk.entities()
}

// placeNames puts every name of two words or more, and every well-known
// name, in its cluster, and returns the one-word names left.
func (lk *linker) placeNames(cands []candidate) []*candidate {
	names := map[string]bool{} // keys of every candidate, to resolve genitives
	for i := range cands {
		names[lk.key(cands[i].text)] = true
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
		if forced := lk.aliases.canonical(c.name); forced != "" {
			cl := lk.get(translitKey(forced))
			cl.forced = forced
			lk.put(cl, c)
			continue
		}
		switch core := legalCore(c.name); {
		case c.gaz != nil:
			cl := lk.get("gaz:" + c.gaz.names[0])
			cl.gaz = c.gaz
			lk.put(cl, c)
		case c.short != "":
			lk.put(lk.get(translitKey(c.short)), c) // "Republic of Varkonia" is Varkonia
		case c.words > 1 && !strings.Contains(core, " "):
			cl := lk.get(singleKey(core)) // "Pellmark Inc" is Pellmark
			cl.legal = true
			lk.put(cl, c)
		case c.words > 1:
			lk.put(lk.get(lk.key(core)), c)
		default:
			singles = append(singles, c)
		}
	}
	return singles
}

// spelled reports a cluster that holds name as written (case aside): an
// ordinary word opening a sentence joins a name only as itself, not by
// its transliteration key.
func (cl *cluster) spelled(name string) bool {
	if cl.gaz != nil && cl.gaz.lists(name) {
		return true
	}
	for _, m := range cl.cands {
		if strings.EqualFold(m.name, name) {
			return true
		}
	}
	return false
}

// linkSingles links the one-word names: to their full name, to the
// cluster of the same word, to the person whose family name or the
// organisation whose short name they are, or to a cluster of their own.
func (lk *linker) linkSingles(singles []*candidate) {
	family := lk.familyNames()
	short := lk.shortNames(placeLike(singles))
	for _, c := range singles {
		if c.fullName != nil {
			if full := lk.owner[c.fullName]; full != nil {
				lk.put(full, c)
			}
			continue
		}
		key := acronymKey(c.name)
		if !isAcronym(c.name) {
			key = lk.key(c.name)
		}
		people, org := family[key], short[key]
		if cl := lk.byKey[key]; cl != nil && (cl.gaz != nil || len(strings.Fields(cl.key)) == 1) && !(cl.legal && c.personCue && len(people) > 0) &&
			!(c.weak && !cl.spelled(c.name)) { // "Room" opening a sentence is no spelling of Rom
			lk.put(cl, c)
			continue
		}
		if org != nil && (len(people) == 0 || orgMeant(c, people, org)) {
			lk.put(org, c) // "Corvane" of "Corvane Holdings Ltd"
			continue
		}
		// a word opening a sentence ("More than ...") joins a person only
		// with a sign of being one ("Kraus sagte")
		if len(people) > 0 && (!c.weak || c.score[sPerson] > 0) {
			lk.put(choose(people, c), c)
			continue
		}
		if c.weak {
			continue // an ordinary word opening a sentence, and no known name
		}
		lk.put(lk.get(key), c)
	}
}

// familyNames maps the family names of the people found so far to them,
// and notes where their full names stand.
func (lk *linker) familyNames() map[string][]*cluster {
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
	return family
}

// stripGenitive turns "Putins" into "Putin" and "Nordkoreas" into
// "Nordkorea" when the shorter name occurs too, or is a known place.
func stripGenitive(text string, names map[string]bool) string {
	base, ok := strings.CutSuffix(text, "s")
	if !ok || len(base) < 3 || gazExact(text) != nil || strings.HasSuffix(base, "s") {
		return text // "Kompass", "Continental Press": no genitive ends in -ss
	}
	k := translitKey(base)
	if names[k] || gazLookup(base) != nil {
		return base
	}
	if stem, ok := strings.CutSuffix(base, "ien"); ok && names[translitKey(stem+"ia")] {
		return base // "Taldoriens": Taldorien, the German name of Taldoria
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
