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
	// Key is a place's ActorKey.
	Key string
	// Start and End are the byte offsets of a mention, when it is one;
	// Capitalised says its text begins with a capital (no adjective).
	Start, End  int
	Capitalised bool
	Possessive  bool // "Kyiv's": whose, not who
}

// ActorKey is the key actors that are places are compared by, for a place
// known under names: the country table's code ("c:kp") when one of the
// names is in it, so that "Nordkorea", "North Korea" and "nordkoreanische"
// meet, else the folded first name ("k:valdon" for "Valdonien", which
// "Valdonia" and "valdonisch" fold to as well).
func ActorKey(names ...string) string {
	for _, n := range names {
		if c := actorOf(strings.ToLower(n)); c != "" {
			return "c:" + c
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "k:" + lang.PlaceKey(names[0])
}

// refKey is the actor key of an entity: a place's ActorKey, an
// organisation's ID.
func refKey(e NameRef) string {
	if e.Place && e.Key != "" {
		return e.Key
	}
	return "e" + strconv.Itoa(e.ID)
}

// resolveNames links each figure's actor and source to an entity and
// finds the owner of figures whose phrase names none: an organisation,
// or a place standing as a subject ("Deutschland sagte 3,5 Milliarden
// zu"), before the number in its clause. It reads only what extraction
// found (f.actor), so grouping twice gives the same.
func resolveNames(figs []*Figure, names Names) {
	for _, f := range figs {
		f.SourceID, f.ActorID, f.Actor, f.actorText = 0, "", "", ""
		a := f.actor
		switch {
		case a.code != "":
			f.ActorID, f.Actor = "c:"+a.code, countryNames[a.code][0]
		case a.text != "" && names == nil:
			f.ActorID = "k:" + lang.PlaceKey(a.text)
		case a.text != "":
			// A guess from the phrase: kept only if an entity confirms it.
			if e, ok := actorEntity(f, names); ok {
				f.ActorID, f.Actor = refKey(e), e.Name
			}
		}
		if names == nil {
			continue
		}
		if f.Attribution != "" {
			if ms := names.Mentions(f.Article, f.Paragraph, f.srcStart, f.srcEnd); len(ms) > 0 {
				f.SourceID = ms[len(ms)-1].ID + 1
			}
		}
		if f.ActorID == "" && a.own {
			if e, ok := placeIn(names.Mentions(f.Article, f.Paragraph, f.srcStart, f.srcEnd)); ok {
				f.ActorID, f.Actor = refKey(e), e.Name // "Karsenia's Defence Ministry said 310 of its soldiers"
			}
		}
		if f.ActorID == "" && ownsThings(f) {
			if e, ok := owner(f, names); ok {
				f.ActorID, f.Actor, f.actorText = refKey(e), e.Name, writtenAt(f, e)
				if f.Attribution == "" && saysItself[f.Measure] && e.End > e.Start {
					// "Nordmark-Bahn has offered 4.2 percent", "The VNL is
					// demanding 8.5 percent": who offers or demands says so.
					f.Attribution, f.AttributionText, f.SourceID = e.Name, e.Name, e.ID+1
					f.srcStart, f.srcEnd = e.Start, e.End
				}
			} else if e, ok := ownerIsSource(f, names); ok {
				// "Der Sozialbund (SB) kam auf 22,4 Prozent": a party is
				// not the source of its own vote share.
				f.ActorID, f.Actor, f.actorText = refKey(e), e.Name, writtenAt(f, e)
				c := f.carried // the list's source, if it had one
				f.Attribution, f.AttributionText, f.SourceID = c.name, c.written, 0
				if c.name != "" {
					f.srcStart, f.srcEnd = c.start, c.end
					if ms := names.Mentions(f.Article, f.Paragraph, c.start, c.end); len(ms) > 0 {
						f.SourceID = ms[len(ms)-1].ID + 1
					}
				}
			}
		}
	}
}

// writtenAt is a mention's text as the figure's sentence writes it
// ("Heimatbewegung", "Homeland Movement"), for labels in its language; ""
// when the mention lies outside the sentence.
func writtenAt(f *Figure, m NameRef) string {
	i, j := m.Start-f.sentenceOffset, m.End-f.sentenceOffset
	if i < 0 || j > len(f.Sentence) || i >= j {
		return ""
	}
	return f.Sentence[i:j]
}

// saysItself are the measures of a sum its owner states by giving,
// promising, demanding or offering it.
var saysItself = map[Measure]bool{Offered: true, Demanded: true, Paid: true, Agreed: true}

// ownsThings: figures whose owner the clause's subject names: money paid
// or pledged, shares of votes, seats, soldiers sent ("Orvand has sent
// 5,000 soldiers"; for soldiers only a place, since "Der Staat unterstützt
// den russischen Angriff, hat 12.000 Soldaten geschickt" names an
// organisation or none).
func ownsThings(f *Figure) bool {
	switch {
	case f.Kind == KindMoney:
		return f.Measure != Cost
	case f.Kind == KindPercent:
		return f.Thing == "" || f.Thing == "votes" || f.Thing == "vote share"
	}
	return f.Thing == "seats" || f.Thing == "votes" || f.Thing == "soldiers"
}

// owner is the entity nearest before the number in the figure's clause
// that is an organisation, or a place not after a preposition, other than
// the figure's source; else a place right after the number; else the
// source itself when it is a place.
func owner(f *Figure, names Names) (NameRef, bool) {
	ms := names.Mentions(f.Article, f.Paragraph, f.clauseFrom, f.Start)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if !m.Capitalised {
			continue // "russischen Angriff": an adjective names no owner
		}
		if m.ID+1 == f.SourceID || f.srcEnd > f.srcStart && m.Start >= f.srcStart && m.End <= f.srcEnd {
			continue
		}
		subject := m.Place && !m.Possessive && !possessiveAt(f.Sentence, f.sentenceOffset, m.End) &&
			!afterPreposition(f.Sentence, f.sentenceOffset, m.Start)
		// Money's owner is a country that gives it ("Japan sagte 10 Mio.
		// zu"), never an organisation: governments and institutes are its
		// sources as often as its owners. Votes and seats are a party's.
		org := m.Org && f.Kind != KindMoney && f.Thing != "soldiers"
		if org || subject {
			return m, true
		}
	}
	if m, ok := ownerAfter(f, names); ok {
		return m, true
	}
	if m, ok := relativeSubject(f, names); ok {
		return m, true
	}
	if f.pronounOwner && f.Kind == KindPercent {
		// "Die Freien Bürger (FB) zittern, sie liegen bei 4,9 Prozent",
		// "Mit 4,97 Prozent verfehlten sie": the party named last before.
		ms := names.Mentions(f.Article, f.Paragraph, 0, f.clauseFrom)
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].Org && ms[i].ID+1 != f.SourceID {
				return ms[i], true
			}
		}
	}
	// A country that says it of itself: "Orvand hat nach eigenen Angaben
	// 5000 Soldaten nach Karsenien entsandt", "Japan says it pledged".
	if f.SourceID > 0 {
		for _, m := range names.Mentions(f.Article, f.Paragraph, f.srcStart, f.srcEnd) {
			// Only the place itself, not "Ukraine's General Staff".
			if m.ID+1 == f.SourceID && m.Place && m.Capitalised && !m.Possessive &&
				m.Start == f.srcStart && m.End == f.srcEnd {
				return m, true
			}
		}
	}
	return NameRef{}, false
}

// relativeSubject is the subject opening the sentence before a relative
// clause: "Germany, which pledged €10 million on the day after the quake,
// raised its contribution to €25 million", "Japan, das zuvor 5 Mio. Euro
// zugesagt hatte, ...": the owner of both sums.
func relativeSubject(f *Figure, names Names) (NameRef, bool) {
	ms := names.Mentions(f.Article, f.Paragraph, f.sentenceOffset, f.Start)
	if len(ms) == 0 || !ms[0].Place || !ms[0].Capitalised || ms[0].Start-f.sentenceOffset > 4 {
		return NameRef{}, false
	}
	after := ms[0].End - f.sentenceOffset
	if after < 0 || after > len(f.Sentence) {
		return NameRef{}, false
	}
	rest := f.Sentence[after:]
	for _, rel := range []string{", which ", ", das ", ", die ", ", der "} {
		if strings.HasPrefix(rest, rel) {
			return ms[0], true
		}
	}
	return NameRef{}, false
}

// ownerAfter is a place standing as the subject right after the number,
// at most a verb between: "Rund 12.000 Soldaten hat Karsenien
// zusammengezogen", "of the 6,000 men Orvand has deployed". Later places
// are where.
func ownerAfter(f *Figure, names Names) (NameRef, bool) {
	if ms := names.Mentions(f.Article, f.Paragraph, f.End, f.clauseTo); len(ms) > 0 {
		m := ms[0]
		gap := ""
		if i, j := m.Start-f.sentenceOffset, f.End-f.sentenceOffset; j >= 0 && i >= j && i <= len(f.Sentence) {
			gap = f.Sentence[j:i]
		}
		if m.Place && m.Capitalised && !m.Possessive && m.ID+1 != f.SourceID && len(strings.Fields(gap)) <= 1 &&
			!strings.ContainsAny(gap, ",;:()") && !afterPreposition(f.Sentence, f.sentenceOffset, m.Start) {
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
	if prepositions[w] || contractedPreps[w] {
		return true // "an Russland"; "an" is an English article too
	}
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

// actorEntity is the place or organisation named in the figure's actor
// span, or whose name folds like the adjective there.
func actorEntity(f *Figure, names Names) (NameRef, bool) {
	var org NameRef
	if f.actor.end > f.actor.start {
		ms := names.Mentions(f.Article, f.Paragraph, f.actor.start, f.actor.end)
		if m, ok := placeIn(ms); ok {
			return m, true
		}
		for _, m := range ms {
			if m.Org {
				org = m
				break
			}
		}
	}
	// "The Karsenian Defence Ministry's": the soldiers are the country's,
	// not the ministry's.
	if e, ok := names.ByKey(lang.PlaceKey(f.actor.text)); ok && (e.Place || org.Name == "") {
		return e, true
	}
	return org, org.Name != ""
}

// placeIn is the first place among mentions.
func placeIn(ms []NameRef) (NameRef, bool) {
	for _, m := range ms {
		if m.Place {
			return m, true
		}
	}
	return NameRef{}, false
}

// ownerIsSource is the organisation a share, a seat count or votes were
// attributed to when it stands before the number in the figure's clause
// with no word of saying: the party itself, not its source. Soldiers are
// a country's: "The Karsenian Defence Ministry's latest figure is 420"
// names the source.
func ownerIsSource(f *Figure, names Names) (NameRef, bool) {
	if f.SourceID == 0 || f.Kind == KindMoney || f.Thing == "soldiers" || f.saidBy {
		return NameRef{}, false
	}
	for _, m := range names.Mentions(f.Article, f.Paragraph, f.clauseFrom, f.Start) {
		if m.ID+1 == f.SourceID && m.Org {
			return m, true
		}
	}
	return NameRef{}, false
}
