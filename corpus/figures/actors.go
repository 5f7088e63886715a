package figures

import (
	"strings"
)

// Whose the counted are: adjectives, genitives, sides, own, parts of a whole.

// sideActor reads "auf russischer Seite", "on the Ukrainian side" in the
// figure's sentence: whose the counted are.
func (x *extractor) sideActor(f *Figure) {
	from, to := x.window(f.sentence, f.first)
	for k := from; k+2 < to; k++ {
		w := x.word(k)
		switch {
		case (w == "auf" || w == "von") && (x.word(k+2) == "seite" || x.word(k+3) == "seite"):
			for j := k + 1; j <= k+2; j++ {
				if a := x.actorAt(j); a != "" {
					f.actor = actorRef{code: a, text: x.toks[j].text}
					return
				}
				if x.nationalityLike(j) {
					f.actor = actorRef{text: x.toks[j].text, start: x.toks[j].start, end: x.toks[j].end}
					return
				}
			}
		case w == "on" && x.word(k+1) == "the" && (x.word(k+3) == "side" || x.word(k+4) == "side"):
			if a := x.actorAt(k + 2); a != "" {
				f.actor = actorRef{code: a, text: x.toks[k+2].text}
				return
			}
		}
	}
}

// genitiveBase strips the genitive of a capitalised name: "Nordkoreas",
// "Russia's", "Pyongyang’s".
func genitiveBase(t token) (string, bool) {
	if !isUpperWord(t) {
		return "", false
	}
	w := t.low
	if b := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); b != w {
		return b, true
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && len(b) >= 3 {
		return b, true
	}
	return "", false
}

// ofThem gives a part its whole's thing and actor: "rund 1500 von ihnen
// starben", "900 of them were killed", "davon 11 im Landkreis".
func (x *extractor) ofThem(f *Figure, figs []*Figure, i int) {
	if !x.partMarked(f) || i == 0 {
		return
	}
	whole := figs[i-1]
	if whole.sentence < f.sentence-1 || whole.Kind != KindCount {
		return
	}
	if f.Thing == "people" || f.Thing == "" {
		f.Thing = whole.Thing
	}
	if f.actor == (actorRef{}) {
		f.actor = whole.actor
	}
}

// partMarked: the figure's words say it is a part of the figure before
// ("1500 von ihnen", "900 of them", "davon 11", "47 davon").
func (x *extractor) partMarked(f *Figure) bool {
	w1, w2 := x.word(f.last+1), x.word(f.last+2)
	return (w1 == "von" || w1 == "of") && (w2 == "ihnen" || w2 == "them" || w2 == "these") ||
		x.word(f.first-1) == "davon" || x.word(f.first-1) == "darunter" || w1 == "davon" ||
		w1 == "among" && w2 == "them"
}

// nationalityLike reports a word at token k shaped like an adjective of
// nationality: German lower case on "-isch" ("orvandische"), English
// capitalised on "-ian", "-ean", "-ese", "-ish" ("Karsenian").
func (x *extractor) nationalityLike(k int) bool {
	t := x.toks[k]
	if t.kind != tWord || len(t.low) < 6 {
		return false
	}
	if x.lang == "de" {
		st, _ := adjStem(t.low)
		return !isUpperWord(t) && strings.HasSuffix(st, "isch")
	}
	if !isUpperWord(t) || enStopWords[t.low] {
		return false
	}
	for _, end := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(t.low, end) {
			return true
		}
	}
	return false
}

// genitiveActor reads whose the counted are from a genitive after the
// phrase ending at token e: "Soldaten der orvandischen Armee", "fighters
// of the Liberation Front". resolveNames keeps it when an entity is named
// there.
func (x *extractor) genitiveActor(f *Figure, e int) {
	k := e + 1
	switch w := x.word(k); {
	case x.lang == "de" && (w == "der" || w == "des"):
		j := k + 1
		for j < len(x.toks) && isDeAdjective(x.toks[j]) {
			j++
		}
		if isUpperWord(x.tokAt(j)) {
			f.actor = actorRef{text: x.span(k+1, j), start: x.toks[k+1].start, end: x.toks[j].end}
		}
	case x.lang == "en" && w == "of" && x.word(k+1) == "the" && isUpperWord(x.tokAt(k+2)):
		j := k + 2
		for j+1 < len(x.toks) && isUpperWord(x.toks[j+1]) && j < k+6 {
			j++
		}
		f.actor = actorRef{text: x.span(k+2, j), start: x.toks[k+2].start, end: x.toks[j].end}
	}
}

// ownSide reports a count of the source's own people or things: "310 of
// its soldiers", "310 eigene Soldaten", "ihre eigenen Verluste".
func (x *extractor) ownSide(first, last int) bool {
	for k := first; k <= last+3 && k < len(x.toks); k++ {
		switch x.word(k) {
		case "eigene", "eigenen", "eigener", "own":
			return true
		case "its", "their":
			return x.word(k-1) == "of"
		}
	}
	return false
}
