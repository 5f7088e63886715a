package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// modelCodeEnd skips a model or type code at token j, letters glued to
// digits ("NH90", "CL-415", "A400M"), and returns the token after it (j
// when there is none): a code names the type of what is counted.
func (x *extractor) modelCodeEnd(j int) int {
	t := x.tokAt(j)
	if t.kind != tWord || !x.glued(j+1) {
		return j
	}
	k := j + 1
	if x.isDash(k) && x.tokAt(k+1).kind == tNum && x.glued(k+1) {
		k++
	}
	if x.tokAt(k).kind != tNum {
		return j
	}
	k++
	if x.tokAt(k).kind == tWord && x.glued(k) && len(x.toks[k].text) <= 2 {
		k++ // "A400M"
	}
	return k
}

// deStop are German words that end a counted-noun phrase although they look
// like inflected adjectives.
var deStop = lang.Words(`der die das den dem des ein eine einen einem einer eines sein seine seinen seiner ihre ihren ihrer
	unsere unserer diese dieser diesen dieses jene jener welche welcher sie er es wir ihr nicht auch noch aber oder und sowie
	haben werden wurden sind waren worden seien hätten wären könnten sollen sollten müssen dürfen wollen wollten gegen
	neben unter über hinter zwischen ohne seit bereits mehr weniger je pro jede jeder jedes alle allen aller man eben
	eine gerade schon gleiche gleichen`)

// isDeAdjective: a lower-case word with an adjective ending ("aktiven",
// "nordkoreanische", "verletzten").
func isDeAdjective(t token) bool {
	if t.kind != tWord || isUpperWord(t) || deStop[t.low] || len(t.low) < 4 {
		return false
	}
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(t.low, suf) {
			return true
		}
	}
	return false
}

// countedAfter reads what is counted after the number: a unit ("Prozent",
// "US-Dollar", "km") or a noun phrase ("nordkoreanische Soldaten",
// "Containern mit Munition", "North Korean troops"). It sets f.Kind and
// f.Unit for units and returns the token after the phrase and the subject's
// token range (-1 when there is no subject).
func (x *extractor) countedAfter(j int, f *Figure) (end, subjStart, subjEnd int) {
	end, subjStart, subjEnd = j, -1, -1
	if j >= len(x.toks) {
		return
	}
	t := x.toks[j]
	key := t.low
	if t.kind == tPunct {
		key = t.text
	}
	if x.lang == "en" && key == "per" && x.word(j+1) == "cent" {
		key, j = "percent", j+1
	}
	key, j = x.compoundUnit(key, j)
	if u, ok := unitWords[key]; ok && (f.Kind == "" || f.Kind == KindMoney && u.kind == KindMoney) {
		f.Kind, f.Unit, f.scale = u.kind, u.unit, u.scale
		end = j + 1
		if u.kind == KindPercent {
			// "40 Prozent der ... Munition", "40 percent of the ammunition".
			w := x.word(end)
			if w == "der" || w == "des" || w == "von" || w == "of" {
				if s, e, ok := x.sharePhrase(end + 1); ok {
					return e + 1, s, e
				}
			}
		}
		return end, -1, -1
	}
	if f.Kind == KindMoney {
		return end, -1, -1
	}
	// A quoted figure: "von „rund 8000“ Teilnehmenden".
	if t.kind == tPunct && (t.text == "“" || t.text == "”" || t.text == "\"") && x.glued(j) && j+1 < len(x.toks) && !x.glued(j+1) {
		j++
	}
	var s, e int
	var ok bool
	if x.lang == "en" {
		s, e, ok = x.enNounPhrase(j)
	} else {
		s, e, ok = x.deNounPhrase(j)
	}
	if !ok {
		return end, -1, -1
	}
	return e + 1, s, e
}

// compoundUnit joins a unit written in several tokens into one key and
// returns it with its last token: "km/h", "km²", "square kilometres",
// "Kilometer pro Stunde", "kilometres per hour".
func (x *extractor) compoundUnit(key string, j int) (string, int) {
	switch key {
	case "cubic":
		switch x.word(j + 1) {
		case "metres", "meters", "metre", "meter", "m":
			return "cubic-metres", j + 1
		}
	case "nautical":
		if w := x.word(j + 1); w == "miles" || w == "mile" {
			return "nautical-miles", j + 1
		}
	case "square", "sq":
		switch w := x.word(j + 1); w {
		case "kilometres", "kilometers", "kilometre", "kilometer", "km":
			return "square-kilometres", j + 1
		case "miles", "mile", "mi":
			return "square-miles", j + 1
		}
	case "km", "kilometer", "kilometern", "kilometres", "kilometers":
		if x.glued(j+1) && x.tokText(j+1) == "/" && x.word(j+2) == "h" && x.glued(j+2) {
			return "km/h", j + 2
		}
		if key == "km" && x.glued(j+1) && (x.tokText(j+1) == "²" || x.tokText(j+1) == "2") {
			return "km²", j + 1
		}
		if w := x.word(j + 1); (w == "pro" || w == "per" || w == "an" || w == "in" || w == "je") && (x.word(j+2) == "stunde" || x.word(j+2) == "hour") {
			return "km/h", j + 2
		}
	}
	return key, j
}

// deNounPhrase reads "[adjectives] Noun [, Noun oder Noun] [mit|aus Noun]".
func (x *extractor) deNounPhrase(j int) (start, end int, ok bool) {
	start = j
	if e := x.modelCodeEnd(j); e > j {
		j = e // "NH90-Hubschrauber"
		if x.isDash(j) && x.glued(j) && x.glued(j+1) {
			j++
		}
	}
	n := 0
	for j < len(x.toks) && n < 5 && x.sent[j] == x.sent[start] {
		t := x.toks[j]
		if isDeAdjective(t) {
			j++
			n++
			continue
		}
		if (t.low == "oder" || t.low == "und" || t.low == "bzw") && n > 0 && isDeAdjective(x.tokAt(j+1)) {
			j++
			continue
		}
		break
	}
	if j >= len(x.toks) || !isUpperWord(x.toks[j]) || x.sent[j] != x.sent[start] {
		return 0, 0, false
	}
	end = j
	// Coordinated nouns of the same sort: "Toten, Verletzten oder Vermissten".
	for {
		k := end + 1
		w := x.tokAt(k)
		if !(isPunct(w, ",") || w.low == "oder" || w.low == "und" || w.low == "sowie") {
			break
		}
		nxt := x.tokAt(k + 1)
		if !isUpperWord(nxt) || !isCountedNoun(nxt.low) {
			break
		}
		end = k + 1
	}
	// One attachment: "Containern mit Munition", "Soldaten aus Nordkorea".
	if w := x.word(end + 1); (w == "mit" || w == "aus") && isUpperWord(x.tokAt(end+2)) && x.sent[end+2] == x.sent[start] {
		end += 2
	}
	return start, end, true
}

// enNounPhrase reads "[Nationality] [modifiers] noun [of noun]".
// ofDeterminers may stand between "of" and the counted noun.
var ofDeterminers = lang.Words(`the its their his her our these those`)

func (x *extractor) enNounPhrase(j int) (start, end int, ok bool) {
	if x.word(j) == "of" { // "thousands of troops", "310 of its soldiers"
		j++
		if ofDeterminers[x.word(j)] {
			j++
		}
		// "500 of the company's 640 drivers": a part of a figure, no noun.
		for k := j; k < len(x.toks) && k < j+3; k++ {
			if x.toks[k].kind == tNum {
				return 0, 0, false
			}
		}
	}
	start, end = j, -1
	for n := 0; j < len(x.toks) && n < 5 && x.sent[j] == x.sent[start]; n++ {
		if e := x.modelCodeEnd(j); e > j && e < len(x.toks) && x.sent[e-1] == x.sent[start] {
			end, j = e-1, e // "NH90 helicopters", "Canadair CL-415 water bombers"
			continue
		}
		t := x.toks[j]
		if t.kind != tWord || enStopWords[t.low] || months[t.low] && isUpperWord(t) {
			break
		}
		if end >= 0 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) {
			break
		}
		if end < 0 && strings.HasSuffix(t.low, "ed") && !isCountedNoun(t.low) && !stateAdjectives[t.low] {
			break // "the 46 needed for a majority", "21 000 damaged": the noun is elided
		}
		end = j
		j++
		if isCountedNoun(t.low) && !stateAdjectives[t.low] {
			// A singular noun before a plural one modifies it: "container
			// ships", "fire engines", "police officers".
			if nx := x.tokAt(j); !strings.HasSuffix(t.low, "s") && nx.kind == tWord && !isUpperWord(nx) &&
				strings.HasSuffix(nx.low, "s") && isCountedNoun(nx.low) && x.sent[j] == x.sent[start] {
				continue
			}
			break
		}
		if stateAdjectives[t.low] && (x.tokAt(j).kind != tWord || enStopWords[x.word(j)]) {
			break // "300 killed", but "500 wounded soldiers"
		}
	}
	if end < 0 {
		return 0, 0, false
	}
	if x.word(end+1) == "of" && x.tokAt(end+2).kind == tWord && !enStopWords[x.word(end+2)] && x.sent[end+2] == x.sent[start] {
		end += 2 // "containers of ammunition"
	}
	return start, end, true
}

// sharePhrase reads what a percentage is a share of: "der gegen die
// Ukraine verwendeten Munition" -> ends at "Munition".
func (x *extractor) sharePhrase(j int) (start, end int, ok bool) {
	if x.lang == "en" {
		if x.word(j) == "the" {
			j++
		}
		return x.enNounPhrase(j)
	}
	start, end = j, -1
	for ; j < len(x.toks) && j-start < 9 && x.sent[j] == x.sent[start]; j++ {
		t := x.toks[j]
		if isUpperWord(t) {
			end = j
			// An embedded phrase goes on to a later noun: "der gegen die
			// Ukraine verwendeten Munition"; otherwise this is the head.
			k := j + 1
			for k < len(x.toks) && isDeAdjective(x.toks[k]) {
				k++
			}
			if k == j+1 || !isUpperWord(x.tokAt(k)) {
				break
			}
			continue
		}
		if !determiners[t.low] && !isDeAdjective(t) && !deSharePreps[t.low] {
			break
		}
	}
	return start, end, end >= 0
}

var deSharePreps = lang.Words(`gegen für von in an auf aus mit bei nach zu im am vom zum zur`)
