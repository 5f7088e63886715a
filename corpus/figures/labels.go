package figures

import (
	"math"
	"sort"
	"strings"
)

// Group labels say what is counted, so that a reader tells groups apart
// without their numbers: the counted noun phrase in the nominative plural,
// its nationality, and the place that sets the group's sentences apart
// from the other groups' ("nordkoreanische Soldaten in Wladiwostok",
// "North Korean troops in Russia", "Tote, Verletzte oder Vermisste
// (Russland)"). The label's language is that of most of its figures.

// labelGroups names every group; places are scored against the other
// groups, so all groups are labelled together. lang "" takes each group's
// majority language.
func labelGroups(groups []*Group, lang string) {
	total := map[string]float64{}
	weights := make([]map[string]float64, len(groups))
	nfigs := 0
	for i, g := range groups {
		weights[i] = placeWeights(g)
		for k, w := range weights[i] {
			total[k] += w
		}
		nfigs += len(g.Figures)
	}
	for i, g := range groups {
		l := lang
		if l == "" {
			l = groupLang(g)
		}
		base, unit := frameLabel(g, l)
		p := bestPlace(g, weights[i], total, nfigs-len(g.Figures), l)
		switch {
		case p.loc != "":
			base += " " + p.loc
		case p.name != "" && unit != "":
			unit = p.name + ", " + unit // "Hilfe (Deutschland, EUR)"
		case p.name != "":
			base += " (" + p.name + ")"
		}
		if unit != "" {
			base += " (" + unit + ")"
		}
		if p.name != "" && sameName(p, g) {
			p = placeRef{} // the actor, named already
		}
		if p.name != "" {
			g.Frame.Place = p.name
		}
		if pl := periodLabel(g.Frame.Period, l); pl != "" {
			base += " · " + pl
		}
		g.Label = base
	}
	disambiguateLabels(groups)
}

// unitLabel writes a normalised unit for a label: "%" for percent.
func unitLabel(u string) string {
	if u == "percent" {
		return "%"
	}
	return u
}

// groupLang is "en" when most figures come from English articles.
func groupLang(g *Group) string {
	en := 0
	for _, f := range g.Figures {
		if f.lang == "en" {
			en++
		}
	}
	if en*2 > len(g.Figures) {
		return "en"
	}
	return "de"
}

// placeWeights sums, per place, how strongly each figure of the group names
// it: 1 near the figure, ½ elsewhere in its sentence.
func placeWeights(g *Group) map[string]float64 {
	w := map[string]float64{}
	for _, f := range g.Figures {
		for _, p := range f.near {
			w[p.key]++
		}
		for _, p := range f.wide {
			w[p.key] += 0.5
		}
	}
	return w
}

// bestPlace picks the place with the highest lift: how much more often the
// group's sentences name it than the other groups' (a tf-idf-like score,
// smoothed). A place must be named by two sources at least, and never the
// group's own actor. With no place that stands out, the place most of the
// group names is taken.
func bestPlace(g *Group, w, total map[string]float64, others int, lang string) placeRef {
	const smooth = 0.1
	refs, sources := placeRefs(g, lang)
	n := float64(len(g.Figures))
	keys := make([]string, 0, len(w))
	for k := range w {
		if sources[k] >= 2 && k != groupActor(g) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	best, bestScore := "", 0.0
	common, commonP := "", 0.0
	for _, k := range keys {
		p := w[k] / n
		q := 0.0
		if others > 0 {
			q = (total[k] - w[k]) / float64(others)
		}
		if s := p * math.Log((p+smooth)/(q+smooth)); s > bestScore+1e-9 {
			best, bestScore = k, s
		}
		if p > commonP+1e-9 {
			common, commonP = k, p
		}
	}
	if best == "" && commonP >= 0.5 {
		best = common
	}
	return refs[best]
}

// placeRefs chooses, per place, how the label writes it (in the label's
// language, a locative phrase when the text has one) and counts the
// articles that name it.
func placeRefs(g *Group, lang string) (map[string]placeRef, map[string]int) {
	refs := map[string]placeRef{}
	arts := map[string]map[string]bool{}
	for _, f := range g.Figures {
		for _, p := range append(append([]placeRef(nil), f.near...), f.wide...) {
			if arts[p.key] == nil {
				arts[p.key] = map[string]bool{}
			}
			arts[p.key][f.Article] = true
			if f.lang != lang {
				if _, ok := refs[p.key]; !ok {
					refs[p.key] = translatePlace(p, lang)
				}
				continue
			}
			if r, ok := refs[p.key]; !ok || r.loc == "" && p.loc != "" || r.lang != lang {
				p.lang = lang
				refs[p.key] = p
			}
		}
	}
	sources := map[string]int{}
	for k, a := range arts {
		sources[k] = len(a)
	}
	return refs, sources
}

// translatePlace writes a country from the other language's text in the
// label's language; other names stay as written.
func translatePlace(p placeRef, lang string) placeRef {
	names, ok := countryNames[p.key]
	if !ok {
		return p
	}
	i := 0
	if lang == "en" {
		i = 1
	}
	r := placeRef{key: p.key, name: names[i]}
	if p.loc != "" {
		r.loc = "in " + r.name
		if l, ok := deLocatives[p.key]; ok && lang == "de" {
			r.loc = l
		}
	}
	return r
}

// groupActor is the country code of a group's actor, the key places are
// known by, or "".
func groupActor(g *Group) string { return countryCode(g) }

// withActor puts the nationality before the phrase: "nordkoreanische
// Soldaten", "US-Soldaten", "North Korean troops", else "Soldaten
// (Nordkorea)".
func withActor(phrase, actor, lang string) string {
	if actor == "" {
		return phrase
	}
	adj := nationalities[actor]
	switch {
	case lang == "en" && adj[1] != "":
		return adj[1] + " " + phrase
	case lang == "de" && actor == "us" && isUpperWord(token{kind: tWord, text: phrase}) && !strings.Contains(phrase, " "):
		return "US-" + phrase
	case lang == "de" && adj[0] != "":
		return adj[0] + "e " + phrase
	}
	i := 0
	if lang == "en" {
		i = 1
	}
	return phrase + " (" + countryNames[actor][i] + ")"
}

// disambiguateLabels tells groups apart that still share a label by their
// typical value.
func disambiguateLabels(groups []*Group) {
	byLabel := map[string][]*Group{}
	for _, g := range groups {
		byLabel[g.Label] = append(byLabel[g.Label], g)
	}
	for label, gs := range byLabel {
		if len(gs) < 2 {
			continue
		}
		for _, g := range gs {
			g.Label = label + " – ≈" + FormatValue(g.Figures[len(g.Figures)/2].Value)
		}
	}
}

// sameName reports a place that is the group's actor under one of its
// names ("Germany" for the actor Deutschland).
func sameName(p placeRef, g *Group) bool {
	if "c:"+p.key == g.Frame.ActorID || p.name == g.Frame.Actor {
		return true
	}
	if names, ok := countryNames[p.key]; ok {
		a := actorName(g, "de")
		return names[0] == a || names[1] == a || names[0] == g.Frame.Actor || names[1] == g.Frame.Actor
	}
	return false
}
