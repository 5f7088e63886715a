package figures

import (
	"strconv"
	"strings"

	"quellen/corpus/internal/lang"
)

// Names links what figures name to the entities of the corpus, so that an
// actor or a source written differently in two articles or two languages
// ("nordkoreanische", "North Korean", "Pyongyang's", "DPRK") is compared
// as one. The corpus facade implements it on the entity index.
type Names interface {
	// Mentions returns the entities named in bytes [start, end) of a
	// paragraph of an article (-1: its headline), in text order.
	Mentions(article string, paragraph, start, end int) []NameRef
	// ByKey returns the place or organisation one of whose names folds to
	// key (lang.PlaceKey), if exactly one does.
	ByKey(key string) (NameRef, bool)
}

// NameRef is one entity as figures see it.
type NameRef struct {
	ID         int
	Name       string
	Place, Org bool
	// Start and End are the byte offsets of a mention, when it is one;
	// Capitalised says its text begins with a capital (no adjective).
	Start, End  int
	Capitalised bool
	Possessive  bool // "Kyiv's": whose, not who
}

// actorKey is the ID actors are compared by: an entity's ("e12"), else a
// country code ("kp"), else the folded name ("k:valdon").
func entityKey(id int) string { return "e" + strconv.Itoa(id) }

// resolveNames links each figure's actor and source to an entity and
// finds the owner of figures whose phrase names none: an organisation,
// or a place standing as a subject ("Deutschland sagte 3,5 Milliarden
// zu"), before the number in its clause.
func resolveNames(figs []*Figure, names Names) {
	for _, f := range figs {
		f.SourceID = 0
		if names == nil {
			switch {
			case countryNames[f.ActorID] != [2]string{}:
				f.Actor = countryNames[f.ActorID][0]
			case f.ActorID != "":
				f.ActorID = "k:" + lang.PlaceKey(f.actorText)
			}
			continue
		}
		if f.Attribution != "" {
			if ms := names.Mentions(f.Article, f.Paragraph, f.srcStart, f.srcEnd); len(ms) > 0 {
				f.SourceID = ms[len(ms)-1].ID + 1
			}
		}
		switch {
		case f.ActorID != "" && countryNames[f.ActorID] != [2]string{}:
			// A known country: its entity, when the corpus names it, so
			// that its capital or an acronym standing for it meet.
			f.Actor = countryNames[f.ActorID][0]
			if e, ok := names.ByKey(lang.PlaceKey(countryNames[f.ActorID][0])); ok {
				f.ActorID, f.Actor = entityKey(e.ID), e.Name
			}
		case f.actorText != "":
			if e, ok := names.ByKey(lang.PlaceKey(f.actorText)); ok {
				f.ActorID, f.Actor = entityKey(e.ID), e.Name
			} else {
				f.ActorID = "k:" + lang.PlaceKey(f.actorText)
			}
		case ownsThings(f):
			if e, ok := owner(f, names); ok {
				f.ActorID, f.Actor = entityKey(e.ID), e.Name
			}
		}
	}
}

// ownsThings: figures whose owner the clause's subject names: money paid
// or pledged, shares of votes, seats. (Soldiers are not: "Der Staat
// unterstützt den russischen Angriff, hat 12.000 Soldaten geschickt"
// names everyone but their owner.)
func ownsThings(f *Figure) bool {
	switch {
	case f.Kind == KindMoney:
		return f.Measure != Cost
	case f.Kind == KindPercent:
		return f.Thing == "" || f.Thing == "votes" || f.Thing == "vote share"
	}
	return f.Thing == "seats" || f.Thing == "votes"
}

// owner is the entity nearest before the number in the figure's clause
// that is an organisation, or a place not after a preposition; never the
// figure's source.
func owner(f *Figure, names Names) (NameRef, bool) {
	ms := names.Mentions(f.Article, f.Paragraph, f.clauseFrom, f.Start)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.ID+1 == f.SourceID || f.srcEnd > f.srcStart && m.Start >= f.srcStart && m.End <= f.srcEnd {
			continue
		}
		if !m.Capitalised {
			continue // "russischen Angriff": an adjective names no owner
		}
		// Money's owner is a country that gives it ("Japan sagte 10 Mio.
		// zu"), never an organisation: governments and institutes are its
		// sources as often as its owners. Votes and seats are a party's.
		if m.Org && f.Kind != KindMoney || m.Place && !m.Possessive && !possessiveAt(f.Sentence, f.sentenceOffset, m.End) && !afterPreposition(f.Sentence, f.sentenceOffset, m.Start) {
			return m, true
		}
	}
	return NameRef{}, false
}

// afterPreposition reports whether the word before byte at of the
// paragraph (the sentence starts at off) is a preposition: "in Pirna".
func afterPreposition(sentence string, off, at int) bool {
	i := at - off
	if i <= 0 || i > len(sentence) {
		return false
	}
	before := strings.Fields(sentence[:i])
	if len(before) == 0 {
		return false
	}
	w := strings.ToLower(before[len(before)-1])
	if determiners[w] && len(before) > 1 {
		w = strings.ToLower(before[len(before)-2])
	}
	return prepositions[w] || contractedPreps[w]
}

// possessiveAt reports "'s" right after byte at of the paragraph (the
// sentence starts at off): "Kyiv's largest donor".
func possessiveAt(sentence string, off, at int) bool {
	i := at - off
	if i < 0 || i > len(sentence) {
		return false
	}
	rest := sentence[i:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}
