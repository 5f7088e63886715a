package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// A group's label says its frame in words, in one language: what happened
// (the measure), to whose (the actor), what (the thing): "getötete
// nordkoreanische Soldaten", "North Korean troops", "Tote", "Evakuierte",
// "ausgefallene Züge (%)", "Schaden (EUR)", "Pegel (m)". The counted noun
// is the one the group's figures use most, when it fits the thing.

// frameLabel is the label of g's frame without its place and period, and
// the unit that goes after the place ("EUR", "m", "%"), if any.
func frameLabel(g *Group, l string) (string, string) {
	fr := g.Frame
	switch g.Kind {
	case KindMoney:
		return moneyLabel(g, l)
	case KindPercent:
		if _, ok := thingNames[fr.Thing]; ok || writtenNoun(g, l) != "" {
			return withPart(withAmong(withActorName(countLabel(g, l), g, l), fr.Among, l), fr.Part, l), "%"
		}
		return withPart(withAmong(withActorName(topicLabel("percent", groupTopic(g, "share"), l), g, l), fr.Among, l), fr.Part, l), "%"
	case KindCount:
		return withPart(withRate(countLabel(g, l), fr.Per, l), fr.Part, l), ""
	}
	if named := namedTopicOf(g, l); named != "" {
		return named, unitLabel(g.Unit)
	}
	t := groupTopic(g, fr.Thing)
	if t == "" {
		if list := topics[g.Unit]; len(list) > 0 {
			t = list[len(list)-1].en // the unit's general name: "area", "height"
		}
	}
	if t == "" {
		return unitLabel(g.Unit), ""
	}
	return topicLabel(g.Unit, t, l), unitLabel(g.Unit)
}

// namedTopicOf is the named topic most of the group's figures of language
// l write ("Pegel der Oder"), or "".
func namedTopicOf(g *Group, l string) string {
	n := map[string]int{}
	best := ""
	for _, f := range g.Figures {
		if t := f.topicText; t != "" && f.lang == l {
			n[t]++
			if n[t] > n[best] || n[t] == n[best] && t < best {
				best = t
			}
		}
	}
	return best
}

// groupTopic is the topic most of a group's figures name (before money
// topics were put in families: "damage", not "cost"), else def.
func groupTopic(g *Group, def string) string {
	n := map[string]int{}
	best := ""
	for _, f := range g.Figures {
		if t := f.topic; t != "" {
			n[t]++
			if n[t] > n[best] || n[t] == n[best] && t < best {
				best = t
			}
		}
	}
	if best == "" {
		return def
	}
	return best
}

// countLabel: "getötete nordkoreanische Soldaten", "Tote", "strikers".
func countLabel(g *Group, l string) string {
	fr := g.Frame
	noun := writtenNoun(g, l)
	if noun != "" {
		head := noun
		if i := strings.LastIndexByte(noun, ' '); i >= 0 {
			head = noun[i+1:]
		}
		if l == "en" && fr.Measure == Killed && (head == "death" || head == "toll") {
			return withActorName("dead", g, l) // "the death toll rose to 2,874": the dead
		}
		if thingOf(strings.ToLower(strings.Trim(head, ",")), "").measure == fr.Measure && fr.Measure != "" || measureNouns(noun) {
			return withActorName(noun, g, l) // "Tote", "Streikende", "Tote und Verletzte": the noun says it all
		}
	}
	if noun == "" {
		noun = thingName(fr.Thing, l)
	}
	adj, ok := actorAdjective(g, l)
	if ok {
		noun = adj + " " + noun
	}
	out := measurePhrase(fr.Measure, fr.Thing, noun, l)
	if !ok {
		out = withActorName(out, g, l)
	}
	return out
}

// measurePhrase puts the measure around a counted phrase.
func measurePhrase(m Measure, thing, noun, l string) string {
	people := thing == "people" && (noun == "Menschen" || noun == "people")
	if l == "de" {
		if people {
			if n, ok := deNouns[m]; ok {
				return n
			}
		}
		if thing == "workers" && m == Participating {
			return "Streikende"
		}
		if adj, ok := deParticiples[m]; ok {
			return adj + " " + noun
		}
		return noun
	}
	if people {
		if n, ok := enNouns[m]; ok {
			return n
		}
	}
	if thing == "workers" && m == Participating {
		return "strikers"
	}
	if m == Sent {
		return "additional " + noun
	}
	if p, ok := enParticiples[m]; ok {
		return noun + " " + p
	}
	return noun
}

var (
	deNouns = map[Measure]string{Killed: "Tote", Wounded: "Verletzte", Casualties: "Tote und Verletzte",
		Missing: "Vermisste", Captured: "Gefangene", Released: "Freigelassene", Rescued: "Gerettete",
		Evacuated: "Evakuierte", Sheltered: "Menschen in Notunterkünften", Treated: "im Krankenhaus Behandelte", Affected: "Betroffene",
		Participating: "Teilnehmende"}
	deParticiples = map[Measure]string{Killed: "getötete", Wounded: "verletzte", Casualties: "getötete oder verletzte",
		Missing: "vermisste", Captured: "gefangene", Released: "freigelassene", Rescued: "gerettete",
		Evacuated: "evakuierte", Affected: "betroffene", Participating: "beteiligte", Cancelled: "ausgefallene",
		Damaged: "beschädigte", Destroyed: "zerstörte", Delivered: "gelieferte", Sent: "zusätzlich entsandte",
		Lost: "verlorene", Recovered: "geborgene", Needed: "nötige", Treated: "behandelte"}
	enNouns = map[Measure]string{Killed: "dead", Wounded: "injured", Casualties: "dead and injured",
		Missing: "missing", Captured: "people captured", Released: "people released", Rescued: "people rescued",
		Evacuated: "people evacuated", Sheltered: "people in shelters", Treated: "people in hospital", Affected: "people affected",
		Participating: "participants"}
	enParticiples = map[Measure]string{Killed: "killed", Wounded: "wounded", Casualties: "killed or wounded",
		Missing: "missing", Captured: "captured", Released: "released", Rescued: "rescued", Evacuated: "evacuated",
		Affected: "affected", Participating: "taking part", Cancelled: "cancelled", Damaged: "damaged",
		Destroyed: "destroyed", Delivered: "delivered", Lost: "lost", Recovered: "recovered", Needed: "needed", Treated: "treated"}
)

// moneyLabel: the topic, with the measure when the topic does not say it,
// the actor, the rate and the currency: "Hilfe (Deutschland, EUR)".
func moneyLabel(g *Group, l string) (string, string) {
	fr := g.Frame
	name := topicLabel("money", groupTopic(g, fr.Thing), l)
	if fr.Thing == "" {
		name = map[Measure][2]string{Cost: {"Kosten", "cost"}, Paid: {"Zahlung", "payment"},
			Demanded: {"Forderung", "demand"}, Offered: {"Angebot", "offer"}, Agreed: {"Einigung", "agreement"}}[fr.Measure][langIndex(l)]
		if name == "" {
			name = topicLabel("money", "amount", l)
		}
	} else if n := map[Measure][2]string{Demanded: {"Forderung", "demand"}, Offered: {"Angebot", "offer"},
		Agreed: {"Einigung", "agreement"}}[fr.Measure][langIndex(l)]; n != "" {
		name = n + ": " + name
	}
	name = withRate(name, fr.Per, l)
	if a := actorName(g, l); a != "" {
		return name, a + ", " + unitLabel(g.Unit)
	}
	return name, unitLabel(g.Unit)
}

func langIndex(l string) int {
	if l == "en" {
		return 1
	}
	return 0
}

// thingName is a family's name in a language, else the thing as it is.
func thingName(thing, l string) string {
	if n, ok := thingNames[thing]; ok {
		return n[langIndex(l)]
	}
	return thing
}

// writtenNoun is the counted noun the group's figures of language l use
// most (shortest on a tie), when it names the group's thing.
func writtenNoun(g *Group, l string) string {
	count := map[string]int{}
	best := ""
	for _, f := range g.Figures {
		n := f.noun
		if f.lang != l || n == "" || genericNouns[strings.ToLower(lastWord(n))] {
			continue
		}
		if thingOf(strings.ToLower(lastWord(n)), "").thing != g.Frame.Thing && thingOf(strings.ToLower(firstWord(n)), "").thing != g.Frame.Thing {
			continue
		}
		n = withoutMeasureWords(n, f.lang)
		count[n]++
		if best == "" || count[n] > count[best] || count[n] == count[best] && len(n) < len(best) {
			best = n
		}
	}
	return best
}

func lastWord(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	return strings.Trim(fs[len(fs)-1], ".,;:!?\"'()")
}

func firstWord(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	return strings.Trim(fs[0], ".,;:!?\"'()")
}

// genericNouns say that people or things were counted, not who or what:
// "crowd", "members", "Zahl". A label names the counted thing instead.
var genericNouns = lang.Words(`crowd crowds menge menschenmenge number numbers zahl anzahl gruppe group groups total
	summe`)

// actorAdjective is the adjective of the group's actor in language l: a
// known country's ("nordkoreanische", "North Korean"), else the one the
// figures of that language wrote ("valdonische", "Valdonian").
func actorAdjective(g *Group, l string) (string, bool) {
	id := g.Frame.ActorID
	if id == "" {
		return "", false
	}
	for _, f := range g.Figures {
		if f.ActorID == id && f.lang == l && f.actor.text != "" && isAdjective(f.actor.text, l) {
			if l == "de" {
				st, _ := adjStem(strings.ToLower(f.actor.text))
				return st + "e", true
			}
			return f.actor.text, true
		}
	}
	if code := countryCode(g); code != "" {
		if adj := nationalities[code]; l == "en" && adj[1] != "" {
			return adj[1], true
		} else if l == "de" && adj[0] != "" {
			return adj[0] + "e", true
		}
	}
	return "", false
}

// isAdjective: a nationality adjective as written, not a country's name
// or genitive ("nordkoreanische", "North Korean"; not "Russlands").
func isAdjective(w, l string) bool {
	low := strings.ToLower(w)
	if l == "de" {
		return strings.Contains(low, "isch")
	}
	return !strings.HasSuffix(low, "'s") && !strings.HasSuffix(low, "’s") && countries[low] == "" ||
		strings.HasSuffix(low, "an") || strings.HasSuffix(low, "ese") || strings.HasSuffix(low, "ish")
}

// countryCode is the country table's code of the group's actor, found
// through any of its figures.
func countryCode(g *Group) string {
	for _, f := range g.Figures {
		if f.ActorID == g.Frame.ActorID && f.actor.text != "" {
			if c := actorOf(strings.ToLower(f.actor.text)); c != "" {
				return c
			}
			if base, ok := genitiveBase(token{kind: tWord, text: f.actor.text, low: strings.ToLower(f.actor.text)}); ok && countries[base] != "" {
				return countries[base]
			}
		}
	}
	if c, ok := strings.CutPrefix(g.Frame.ActorID, "c:"); ok {
		return c
	}
	return ""
}

// withoutMeasureWords drops the participles that say what happened from a
// counted phrase ("gefallene Soldaten" -> "Soldaten"), since the label says
// the measure once; a noun that is the measure itself ("Tote") stays.
func withoutMeasureWords(n, l string) string {
	fs := strings.Fields(n)
	var out []string
	for i, w := range fs {
		low := strings.ToLower(strings.Trim(w, ","))
		if i < len(fs)-1 && (l == "de" && !isCapitalised(w) || l == "en") && isMeasureWord(low, l) {
			continue
		}
		out = append(out, w)
	}
	for len(out) > 0 && coordinators[strings.ToLower(out[0])] {
		out = out[1:]
	}
	return strings.Join(out, " ")
}

// isMeasureWord reports a word that a measure cue of language l matches.
func isMeasureWord(low, l string) bool {
	for _, c := range measureCues[l] {
		if len(c.seq) == 1 && (c.exact && low == c.seq[0] || !c.exact && strings.HasPrefix(low, c.seq[0])) {
			return true
		}
	}
	return false
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// measureNouns: a phrase of coordinated nouns that each say a measure
// ("Tote und Verletzte", "Toten, Verletzten oder Vermissten").
func measureNouns(phrase string) bool {
	n := 0
	for _, w := range strings.Fields(phrase) {
		low := strings.ToLower(strings.Trim(w, ",;"))
		if coordinators[low] {
			continue
		}
		if thingOf(low, "").measure == "" {
			return false
		}
		n++
	}
	return n >= 2
}
