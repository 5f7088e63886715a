package entities

import "strings"

// Organisations go by a short name after the first mention: "Corvane" for
// "Corvane Holdings Ltd", "Achterberg" for "Achterberg & Söhne GmbH",
// "Morgenrot" for "Hilfswerk Morgenrot". A legal form never makes another
// entity: "Pellmark Inc" and "Pellmark Inc." are "Pellmark".

// legalCore is a company's name without its legal forms: "Kesseltalbahn"
// of "Kesseltalbahn GmbH", "Pellmark" of "Pellmark Inc.".
func legalCore(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !legalForms[strings.ToLower(strings.TrimSuffix(name[i+1:], "."))] {
		return name
	}
	words := strings.Fields(name)
	n := len(words)
	for n > 1 && legalForms[strings.ToLower(strings.TrimSuffix(words[n-1], "."))] {
		n--
	}
	for n > 1 && words[n-1] == "&" {
		n-- // "GmbH & Co KG"
	}
	if n == len(words) {
		return name
	}
	return strings.Join(words[:n], " ")
}

// genericOrgWords follow a company's own name: "Corvane Holdings",
// "Achterberg & Söhne", "Brenner Gruppe".
var genericOrgWords = map[string]bool{"holdings": true, "holding": true, "group": true, "gruppe": true,
	"konzern": true, "&": true}

// shortName returns the short name an organisation's name allows, or "".
func shortName(name string) string {
	words := strings.Fields(legalCore(name))
	if len(words) < 2 {
		return ""
	}
	generic := true
	for _, w := range words[1:] {
		l := strings.ToLower(w)
		generic = generic && (genericOrgWords[l] || firmJoiners[l])
	}
	if generic {
		return words[0]
	}
	// "Hilfswerk Morgenrot", "Stiftung Gemeinsinn": a German head word
	// and a name
	if len(words) == 2 {
		head := strings.ToLower(words[0])
		if hasSuffixIn(head, orgSet) || institutionCompound(words[0]) {
			return words[1]
		}
	}
	return ""
}

// shortNames maps the short names of the organisations found so far to
// them; a short name of two organisations, or of a place ("Landratsamt
// Kesselbrunn" is not "Kesselbrunn"), maps to none.
func (lk *linker) shortNames(places map[string]bool) map[string]*cluster {
	out := map[string]*cluster{}
	taken := map[string]bool{}
	for _, cl := range lk.order {
		if len(cl.cands) == 0 || cl.gaz != nil || cl.forced != "" || cl.score[sOrg] <= cl.score[sPerson] || cl.score[sOrg] <= cl.score[sPlace] {
			continue
		}
		for _, name := range cl.names() {
			s := shortName(name)
			if s == "" || gazLookup(s) != nil || places[singleKey(s)] || s != strings.Fields(name)[0] && placeForm(name) {
				continue
			}
			k := singleKey(s)
			if prev, ok := out[k]; ok && prev != cl || taken[k] {
				delete(out, k)
				taken[k] = true
				continue
			}
			out[k] = cl
		}
	}
	return out
}

// placeLike holds the keys of the one-word names that stand where places
// do somewhere: "in Pirna". (A name that only looks like a place, as
// "Achterberg" does, may still be a company's.)
func placeLike(singles []*candidate) map[string]bool {
	out := map[string]bool{}
	for _, c := range singles {
		if c.score[sPlace] >= 1.5 { // "in Pirna", not "of Achterberg machines"
			out[singleKey(c.name)] = true
		}
	}
	return out
}

// placeForm: a German head word before a name that looks like a place
// names an office of that place: "Verkehrsverbund Kesseltal",
// "Landratsamt Kesselbrunn". Their short name would be the place's.
func placeForm(name string) bool {
	_, last, ok := strings.Cut(name, " ")
	return ok && endsIn(strings.ToLower(last), toponymEnds)
}

// orgMeant: a lone name that is both a person's family name and an
// organisation's short name ("Achterberg") means the organisation when
// the words around it say so, or when nothing speaks for the person and
// her full name is not in the article.
func orgMeant(c *candidate, people []*cluster, org *cluster) bool {
	if c.score[sOrg] > 0 {
		return true
	}
	if c.personCue || c.score[sPerson] > 0 {
		return false
	}
	for _, p := range people {
		if len(p.fullPos[c.article]) > 0 {
			return false
		}
	}
	return true
}
