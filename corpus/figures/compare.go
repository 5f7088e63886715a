package figures

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Options are what grouping needs beyond the figures themselves.
type Options struct {
	// Stories gives each article's story (package stories); articles it
	// does not list share story 0.
	Stories map[string]int
	// Names links actors and sources to the corpus's entities; nil keeps
	// the figures' own keys.
	Names Names
	// Lang is the language of the labels ("de", "en"); "" takes the
	// language of most of a group's figures.
	Lang string
	// CopyOf names the article a span of an article's text was copied
	// from (shared agency copy, see package reuse), or "" for its own text.
	CopyOf func(article string, paragraph, start, end int) string
}

// sameClaimSpread is the largest ratio between two values one article gives
// on one authority that may still be one claim (rounded differently in
// teaser and body).
const sameClaimSpread = 1.25

// Groups puts the figures about the same thing into comparison groups,
// sets each figure's Group, and returns the groups with the most sources
// first.
//
// A group is one story and one frame: the same measure, actor, thing, rate
// and period, whatever the values. Value only breaks ties: a figure whose
// measure or actor is unknown joins the nearest in value of its frame's
// clusters, and only within a factor of two (tieSpread),
// and when one article states two clearly different values for one frame
// on one authority (or on none) and says no figure was revised, those are
// two things, such as a part and its whole ("12.000 Soldaten ... 1.500
// bereits in Wladiwostok"), and the frame is split by value around them.
// Only frames reported by two articles or more make groups.
func Groups(figs []*Figure, opt Options) []*Group {
	setPeriods(figs)
	for _, f := range figs {
		f.Group = -1
		f.Story = opt.Stories[f.Article]
		f.CopyOf = ""
		if opt.CopyOf != nil {
			f.CopyOf = opt.CopyOf(f.Article, f.Paragraph, f.sentenceOffset, f.sentenceOffset+len(f.Sentence))
		}
	}
	resolveNames(figs, opt.Names)
	placeFrames(figs)
	var eligible []*Figure
	for _, f := range figs {
		if comparable(f) {
			eligible = append(eligible, f)
		}
	}
	adoptActors(eligible)
	buckets := bucketize(eligible)
	var groups []*Group
	for _, b := range buckets {
		for _, c := range splitByClaims(b) {
			if g := newGroup(c); g != nil {
				groups = append(groups, g)
			}
		}
	}
	labelGroups(groups, opt.Lang)
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.Sources != b.Sources {
			return a.Sources > b.Sources
		}
		if len(a.Figures) != len(b.Figures) {
			return len(a.Figures) > len(b.Figures)
		}
		return a.Label < b.Label
	})
	for i, g := range groups {
		g.ID = i
		for _, f := range g.Figures {
			f.Group = i
		}
	}
	return groups
}

// comparable: a positive value of a kind that compares, with something
// known about what it counts. Vague figures ("Tausende") take part only
// when their clause says what happened.
func comparable(f *Figure) bool {
	if f.Value <= 0 || math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
		return false
	}
	if f.Qualifier == Vague && f.Measure == "" {
		return false
	}
	switch f.Kind {
	case KindCount:
		return f.Thing != "" || f.Measure != ""
	case KindPercent, KindMoney:
		return true
	case KindDistance, KindOther:
		return measureUnits[f.Unit]
	}
	return false
}

// measureUnits are the units of measures that are compared across
// articles: a gauge in metres, a length in kilometres or miles, an area in
// hectares, a speed, a volume, a weight.
var measureUnits = map[string]bool{"m": true, "km": true, "mi": true, "ha": true, "km/h": true, "l": true, "m³": true, "nmi": true, "t": true, "kg": true}

// dimension is what a figure's value is a number of: a count, a share, an
// amount in one currency, a measure in one unit.
func dimension(f *Figure) string {
	switch {
	case f.Kind == KindCount:
		return "count|" + f.status
	case f.Kind == KindPercent, f.Kind == KindMoney:
		return string(f.Kind) + "|" + f.Unit
	}
	return "measure|" + f.Unit
}

// frameKey is the whole comparison key, with the measure and actor given.
func frameKey(f *Figure, m Measure, actor string) string {
	return strconv.Itoa(f.Story) + "|" + dimension(f) + "|" + string(m) + "|" + actor + "|" + f.Thing + "|" + f.Per + "|" + f.Among + "|" + f.Part + "|" + f.Period
}

// bucketKey is the part of a frame that must be equal for two figures to
// meet at all; the other slots (slotsOf) must agree where both are known.
func bucketKey(f *Figure) string {
	// What is counted is a slot (slotsOf): a bare number leaves it to
	// the figures it meets, money, shares and measures to the clause before.
	return strconv.Itoa(f.Story) + "|" + dimension(f) + "|" + f.Per + "|" + f.Among + "|" + f.Part + "|" + f.Period
}

// pastPeriods gives, per bucket key without its period, the one year or
// decade in the past that figures of that bucket name, when there is only
// one: a figure that only says "damals" or "back then" is about it.
func pastPeriods(figs []*Figure) map[string]string {
	periods := map[string]string{}
	for _, f := range figs {
		if f.Period == "" || f.Period == "past" {
			continue
		}
		k := strings.TrimSuffix(bucketKey(f), f.Period)
		if p, ok := periods[k]; ok && p != f.Period {
			periods[k] = "" // two past years: no telling which
		} else if !ok {
			periods[k] = f.Period
		}
	}
	for k, p := range periods {
		if p == "" {
			delete(periods, k)
		}
	}
	return periods
}

// slots are the frame slots a figure may leave unknown; value decides
// where such a figure goes.
type slots struct {
	measure Measure
	actor   string
	thing   string // what is counted, or what money or a share is of
}

func slotsOf(f *Figure) slots {
	s := slots{measure: f.Measure, actor: f.ActorID, thing: f.Thing}
	if losses[f.Measure] && f.Thing == "people" && f.ActorID != "" {
		s.thing = "" // "600.000 Tote auf russischer Seite": Russia's people, soldiers or not
	}
	if f.Thing == "payments" {
		s.thing = "" // a payment is any sum handed over: a bonus, a donation, aid
	}
	if f.Thing == "distance" {
		// A distance is from somewhere: two places, two distances; one
		// that names none is compared by value.
		s.thing = ""
		if f.from != "" {
			s.thing = "distance from " + f.from
		}
	}
	if f.Measure == Measured && s.thing == "" {
		s.measure = "" // "90 km": a length of what, the value must tell
	}
	return s
}

// losses are the measures of what happened to people in a war or a
// disaster.
var losses = map[Measure]bool{Killed: true, Wounded: true, Casualties: true, Missing: true, Captured: true}

// agree: no slot known on both sides with two values.
func (a slots) agree(b slots) bool {
	return (a.measure == "" || b.measure == "" || a.measure == b.measure) &&
		(a.actor == "" || b.actor == "" || a.actor == b.actor) &&
		(a.thing == "" || b.thing == "" || a.thing == b.thing)
}

// join fills a's unknown slots from b.
func (a *slots) join(b slots) {
	if a.measure == "" {
		a.measure = b.measure
	}
	if a.actor == "" {
		a.actor = b.actor
	}
	if a.thing == "" {
		a.thing = b.thing
	}
}

// adoptActors gives a figure whose phrase names no actor the one actor the
// other figures of its frame name in its article: the article's main actor
// for that thing and measure. Where two actors are named (two sides), or
// none, it stays without, and value decides where it goes (splitByClaims).
func adoptActors(figs []*Figure) {
	for _, scope := range []func(*Figure) string{
		func(f *Figure) string { return f.Article + "|" + frameKey(f, f.Measure, "") },
	} {
		// Shares and sums are each someone's own (a party's vote, a
		// country's pledge): an article naming one owner says nothing of
		// the others.
		actors := map[string]map[string]bool{}
		for _, f := range figs {
			if f.ActorID != "" {
				k := scope(f)
				if actors[k] == nil {
					actors[k] = map[string]bool{}
				}
				actors[k][f.ActorID] = true
			}
		}
		names := map[string]string{}
		for _, f := range figs {
			if f.Actor != "" {
				names[f.ActorID] = f.Actor
			}
		}
		for _, f := range figs {
			if f.ActorID != "" || f.Kind != KindCount {
				continue
			}
			if as := actors[scope(f)]; len(as) == 1 {
				for a := range as {
					f.ActorID, f.Actor = a, names[a]
				}
			}
		}
	}
}

// bucketize puts together the figures that may meet (bucketKey):
// splitByClaims then keeps different measures, actors and things apart
// and lets a figure that leaves one unknown join the nearest in value.
func bucketize(figs []*Figure) [][]*Figure {
	byKey := map[string][]*Figure{}
	var keys []string
	pastOf := pastPeriods(figs)
	for _, f := range figs {
		k := bucketKey(f)
		if f.Period == "past" {
			if p, ok := pastOf[strings.TrimSuffix(k, "past")]; ok {
				// "Damals starben sieben Menschen": the one past year named.
				k, f.Period = strings.TrimSuffix(k, "past")+p, p
			}
		}
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], f)
	}
	out := make([][]*Figure, 0, len(keys))
	for _, k := range keys {
		out = append(out, byKey[k])
	}
	return out
}
