package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
	"quellen/corpus/internal/translit"
)

// Merges across languages and forms, once every cluster has a type: the
// German and English names of one body ("Kesseltalbahn" = "Kessel Valley
// Railway"), the German and English forms of an invented country
// ("Valdonien" = "Valdonia"), a name with and without its place ("IHK
// Grauweiler" = "IHK"), and an acronym and the one name its initials spell.

// mergeForms runs the merges after typing.
func (lk *linker) mergeForms() {
	lk.mergeTranslations()
	lk.mergeCountryEndings()
	lk.mergeQualified()
	lk.mergeInitials()
	lk.mergeAcronymSpellings()
	lk.dropAdjectives()
}

// mergeAcronymSpellings joins two organisations whose short forms are one
// acronym spelled two ways, by case or by umlaut: "Ökoliste (ÖL)" and
// "Eco List (OeL)". The same acronym written the same way stays with the
// name it was defined for: "FB" may be two bodies.
func (lk *linker) mergeAcronymSpellings() {
	spelled := map[string]map[string]*cluster{} // acronym key -> spelling -> cluster
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || lk.types[cl] != Org {
			continue
		}
		for _, n := range cl.names() {
			if shortForm(n) {
				k := acronymKey(n)
				if spelled[k] == nil {
					spelled[k] = map[string]*cluster{}
				}
				spelled[k][n] = cl
			}
		}
	}
	for _, forms := range spelled {
		if len(forms) != 2 {
			continue
		}
		var cls []*cluster
		for _, cl := range forms {
			cls = append(cls, cl)
		}
		lk.mergeCompatible(cls[0], cls[1])
	}
}

// dropAdjectives drops the English adjectives of places no list knows:
// "Varkonian" where "Varkonia" is a place, as "Russian" is no entity.
func (lk *linker) dropAdjectives() {
	places := map[string]bool{}
	for _, cl := range lk.order {
		if len(cl.cands) > 0 && lk.types[cl] == Place {
			for _, n := range cl.names() {
				places[nameStem(n)] = true
			}
		}
	}
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || cl.gaz != nil || cl.forced != "" || cl.cands[0].words != 1 {
			continue
		}
		adjective := true
		for _, n := range cl.names() {
			l := strings.ToLower(n)
			adjective = adjective && !strings.Contains(n, " ") && places[nameStem(n)] &&
				(strings.HasSuffix(l, "ian") || strings.HasSuffix(l, "ean") || strings.HasSuffix(l, "ese"))
		}
		for _, c := range cl.cands {
			adjective = adjective && !c.personCue
		}
		if adjective {
			cl.cands = nil
		}
	}
}

// conceptKey is what a name means regardless of its language: the
// concepts of its institutional words and the keys of its name words,
// sorted ("Landratsamt Kesselbrunn" and "Kesselbrunn District Office" are
// both "#district #office kesselbrun"). ok is false for a name that holds
// too little to be told apart by it: it needs a concept and a name word,
// or two concepts.
func conceptKey(name string) (key string, ok bool) {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == '-' || r == '\u2010' || r == '\u2011' || r == '&'
	}) {
		w = strings.Trim(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), ".,'’")
		if w == "" || connectors[w] || lang.FunctionWords[w] || legalForms[w] {
			continue
		}
		words = append(words, w)
	}
	var parts []string
	concepts, names := 0, 0
	for i := 0; i < len(words); {
		if c, n := lang.ConceptAt(words[i:]); n > 1 {
			parts = append(parts, "#"+c)
			concepts++
			i += n
			continue
		}
		for _, p := range conceptParts(words[i], 0) {
			if p == "" {
				continue // a word of no letters: "’’"
			}
			parts = append(parts, p)
			if p[0] == '#' {
				concepts++
			} else {
				names++
			}
		}
		i++
	}
	sort.Strings(parts)
	return strings.Join(parts, " "), concepts >= 2 || concepts >= 1 && names >= 1
}

// conceptParts splits a word into concepts and a name stem: German writes
// "Kessel|tal|bahn" as one word, English "Kessel Valley Railway" as three.
func conceptParts(w string, depth int) []string {
	if c := lang.Concept(w); c != "" {
		return []string{"#" + c}
	}
	if depth < 3 {
		// The longest head first; none is longer than LongestConcept, so a
		// long word costs linear time.
		for i := max(3, len(w)-lang.LongestConcept); i+3 <= len(w); i++ {
			if !utf8.RuneStart(w[i]) {
				continue
			}
			if c := lang.Concept(w[i:]); c != "" {
				prefix := w[:i]
				if lang.Concept(prefix) == "" {
					for _, link := range []string{"s", "es", "n", "en"} {
						if p, ok := strings.CutSuffix(prefix, link); ok && len(p) >= 3 && lang.Concept(p) != "" {
							prefix = p
							break
						}
					}
				}
				return append(conceptParts(prefix, depth+1), "#"+c)
			}
		}
	}
	return []string{nameStem(w)}
}

// nameStem folds a name word across languages: transliteration and the
// endings of country names and adjectives ("Tarsker", "Tarsk").
func nameStem(w string) string { return translit.Key(lang.PlaceKey(w)) }

// mergeTranslations joins the organisations and places whose names mean
// the same in German and English.
func (lk *linker) mergeTranslations() {
	byKey := map[string][]*cluster{}
	var keys []string
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || lk.types[cl] == Person {
			continue
		}
		for _, name := range cl.names() {
			if isAcronym(name) {
				continue
			}
			if k, ok := conceptKey(name); ok {
				if byKey[k] == nil {
					keys = append(keys, k)
				}
				byKey[k] = appendCluster(byKey[k], cl)
			}
		}
	}
	for _, k := range keys {
		group := byKey[k]
		for _, cl := range group[1:] {
			lk.mergeCompatible(group[0], cl)
		}
	}
}

// shortForm: an acronym, also in mixed case ("VdM", "OeL").
func shortForm(n string) bool {
	runes, upper := 0, 0
	for _, r := range n {
		runes++
		if unicode.IsUpper(r) {
			upper++
		} else if !unicode.IsLetter(r) {
			return false
		}
	}
	return upper >= 2 && runes <= 6
}

func appendCluster(l []*cluster, cl *cluster) []*cluster {
	for _, x := range l {
		if x == cl {
			return l
		}
	}
	return append(l, cl)
}

// mergeCompatible merges b into a (or a into b, the better known first)
// when both are what they seem the same kind of, and not two different
// well-known names.
func (lk *linker) mergeCompatible(a, b *cluster) {
	a, b = lk.live(a), lk.live(b)
	if a == b || len(a.cands) == 0 || len(b.cands) == 0 {
		return
	}
	ta, tb := lk.types[a], lk.types[b]
	if ta == Person || tb == Person || ta != tb && ta != Other && tb != Other {
		return
	}
	if a.gaz != nil && b.gaz != nil && a.gaz != b.gaz || a.forced != "" || b.forced != "" {
		return
	}
	if b.gaz != nil || ta == Other {
		a, b, ta = b, a, tb
	}
	lk.mergeInto(a, b)
	lk.types[a] = ta
}

// live follows a cluster merged away to the one that took its mentions.
func (lk *linker) live(cl *cluster) *cluster {
	for i := 0; i < 8 && len(cl.cands) == 0 && cl.into != nil; i++ {
		cl = cl.into
	}
	return cl
}

// countryEnd: German names of countries end in -ien where English ones
// end in -ia ("Valdonien", "Valdonia").
func countryEnd(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, "ien") || strings.HasSuffix(l, "ia")
}

// mergeCountryEndings joins one-word places whose names are the German and
// English forms of one country.
func (lk *linker) mergeCountryEndings() {
	byStem := map[string]*cluster{}
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || lk.types[cl] != Place || cl.gaz != nil {
			continue
		}
		for _, c := range cl.cands[:min(len(cl.cands), 64)] {
			name := c.name
			if c.short != "" {
				name = c.short
			}
			if strings.Contains(name, " ") || !countryEnd(name) {
				continue
			}
			k := nameStem(name)
			if other := byStem[k]; other != nil {
				lk.mergeCompatible(other, cl)
			} else {
				byStem[k] = cl
			}
			break
		}
	}
}

// mergeQualified joins a name qualified by its place with the name alone,
// when only one such qualified name exists: "IHK Grauweiler" and "IHK",
// "Freien Wähler Fahlenried" and "Freien Wähler". "IHK Grauweiler" and
// "IHK Lenzhausen" would leave "IHK" alone.
func (lk *linker) mergeQualified() {
	qualified := map[*cluster][]*cluster{} // the name alone -> its qualified names
	var bases []*cluster
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || lk.types[cl] != Org || cl.gaz != nil {
			continue
		}
		for _, name := range cl.names() {
			base := lk.unqualified(name)
			if base == nil || base == cl || lk.types[base] == Person {
				continue
			}
			if qualified[base] == nil {
				bases = append(bases, base)
			}
			qualified[base] = appendCluster(qualified[base], cl)
			break
		}
	}
	for _, base := range bases {
		if q := qualified[base]; len(q) == 1 {
			lk.mergeCompatible(base, q[0])
		}
	}
}

// unqualified returns the cluster of name without its last word, when
// that word is a place: "IHK" of "IHK Grauweiler", or nil.
func (lk *linker) unqualified(name string) *cluster {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return nil
	}
	base, place := name[:i], name[i+1:]
	if p := lk.byKey[singleKey(place)]; p == nil || lk.types[p] != Place {
		if e := gazLookup(place); e == nil || e.typ != Place {
			return nil
		}
	}
	if !strings.Contains(base, " ") {
		return lk.byKey[singleKey(base)]
	}
	return lk.byKey[translitKey(base)]
}

// initials are the first letters of a name's words, without its function
// words and legal forms: "Gewerkschaft Schiene und Fahrdienst" is "GSF".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		l := strings.ToLower(w)
		if connectors[l] || lang.FunctionWords[l] || legalForms[strings.Trim(l, ".")] || w == "&" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}

// mergeInitials joins an acronym that no parenthesis defined with the one
// organisation elsewhere whose initials it is.
func (lk *linker) mergeInitials() {
	long := map[string][]*cluster{}
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || lk.types[cl] != Org || cl.gaz != nil || hasAcronym(cl) {
			continue
		}
		for _, name := range cl.names() {
			if strings.Contains(name, " ") {
				long[initials(name)] = appendCluster(long[initials(name)], cl)
			}
		}
	}
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || cl.gaz != nil || lk.types[cl] != Org || !strings.HasPrefix(cl.key, "acr:") || !allAcronyms(cl) {
			continue
		}
		if l := long[strings.TrimPrefix(cl.key, "acr:")]; len(l) == 1 {
			lk.mergeCompatible(l[0], cl)
		}
	}
}

func hasAcronym(cl *cluster) bool {
	for _, n := range cl.names() {
		if isAcronym(n) {
			return true
		}
	}
	return false
}

func allAcronyms(cl *cluster) bool {
	for _, n := range cl.names() {
		if !isAcronym(n) {
			return false
		}
	}
	return true
}

// names returns the distinct names of the cluster's mentions, in order.
func (cl *cluster) names() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cl.cands {
		if !seen[c.name] {
			seen[c.name] = true
			out = append(out, c.name)
		}
	}
	return out
}
