package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// contextScore adds the evidence of the words around toks[i:j].
func contextScore(c *candidate, text string, toks []token, cls []class, i, j int) {
	if c.gaz != nil {
		return
	}
	words := toks[i:j]
	// Korean names: "Kim Jong-un", "Yoon Suk-yeol": family name, then a
	// hyphenated given name with a lower-case second part.
	if len(words) >= 2 {
		last := words[len(words)-1].text
		if parts := splitHyphen(last); len(parts) == 2 && unicode.IsLower(firstRune(parts[1])) && len(words) == 2 {
			c.korean = true
			c.score[sPerson] += 3
		}
		if givenNames[words[0].lower] {
			c.score[sPerson] += 2
		}
		if c.score[sOrg] == 0 && !c.adjNoun {
			c.score[sPerson] += 1
		}
	}
	if j-i == 1 && !afterArticle(toks, i) {
		for _, end := range surnameEndings {
			if strings.HasSuffix(words[0].lower, end) && len(words[0].lower) > len(end)+2 {
				c.score[sPerson] += 1
				break
			}
		}
	}
	productScore(c, toks, i, j)
	if quotedName(text, toks, i, j) || i > 0 && (toks[i-1].lower == "aboard" || i > 1 && toks[i-2].lower == "aboard") {
		// „Helmsdale Spirit“, "aboard the Nordic Tern": a ship, a work or
		// a brand; news put no person's name in quotes.
		c.score[sPerson] = 0
		c.score[sProduct] += 3
	}
	if j-i == 1 && words[0].acronym {
		c.score[sPerson] = 0 // "SPD", "VCI": people are not written in capitals
	}
	if i > 0 {
		prev := toks[i-1]
		switch {
		case cls[i-1] == cTitle:
			c.score[sPerson] += 3
			c.personCue = true
		case placePreps[prev.lower] && !toks[i].gapBreak:
			c.score[sPlace] += 1.5
		case prev.lower == "von" || prev.lower == "vom" || prev.lower == "of":
			c.score[sPlace] += 0.5
			if i > 1 && placeNouns[toks[i-2].lower] {
				c.score[sPlace] += 3
			}
		case cls[i-1] == cPlaceNoun:
			c.score[sPlace] += 3
		case speechVerbs[prev.lower]:
			c.score[sPerson] += 2
			c.personCue = true
		}
		quoted := brandWords[prev.lower] && strings.ContainsAny(text[prev.end:toks[i].start], "\"„“‚'")
		if j-i == 1 && (!toks[i].gapBreak || quoted) && orgCue(toks, i) {
			c.score[sOrg] += 3 // "der Konzern Rheinmetall", "the heads of Rheinmetall"
		}
		if cls[i-1] == cOrgHead && j-i == 1 && !toks[i].gapBreak && c.score[sOrg] == 0 {
			c.score[sOrg] += 1 // "Geheimdienst NIS"
		}
	}
	if j < len(toks) {
		nextScore(c, text, toks, cls, i, j)
	}
	if c.adjNoun {
		c.score[sPerson] = 0 // "die Freien Wähler forderten": no person
	}
}

// nextScore adds the evidence of the words after toks[i:j].
func nextScore(c *candidate, text string, toks []token, cls []class, i, j int) {
	next := toks[j]
	if j-i == 1 && orgThings[next.lower] && !next.gapBreak {
		c.score[sOrg] += 2 // "Achterberg machines", "Pellmark's plants"
	}
	if riverWords[next.lower] && !next.gapBreak {
		c.score[sPlace] += 3 // "the Lindach river"
	}
	if speechVerbs[next.lower] {
		c.score[sPerson] += 2
		c.personCue = true
	}
	// apposition: "Vladimir Tikhonov, Professor für ..."
	comma := strings.TrimSpace(text[toks[j-1].end:next.start]) == ","
	for k := j; comma && k < len(toks) && k < j+3; k++ {
		if cls[k] == cTitle {
			c.score[sPerson] += 2
			c.personCue = true
			break
		}
	}
}

// quotedName reports a name of two words or more standing alone in
// quotation marks.
func quotedName(text string, toks []token, i, j int) bool {
	if j-i < 2 {
		return false
	}
	before := strings.TrimRight(text[:toks[i].start], " ")
	after := strings.TrimLeft(text[toks[j-1].end:], " ")
	open, _ := utf8.DecodeLastRuneInString(before)
	closing, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("\"„“«»‚'", open) && strings.ContainsRune("\"“”«»‘'", closing)
}

// productScore: a model code ("CL-415", "NH90") or a product noun around
// the name ("vom Typ Taurus", "Taurus cruise missiles") marks a product.
func productScore(c *candidate, toks []token, i, j int) {
	for _, t := range toks[i:j] {
		if strings.ContainsAny(t.text, "0123456789") {
			c.score[sProduct] += 3
			return
		}
	}
	if i > 0 && !toks[i].gapBreak && (productCues[toks[i-1].lower] || vesselNoun(toks[i-1].lower)) {
		c.score[sProduct] += 3 // "vom Typ Taurus", "the container ship Helmsdale Spirit"
	}
	for k := j; k < len(toks) && k < j+2; k++ {
		if toks[k].gapBreak {
			break
		}
		if isProductNoun(toks[k].lower) {
			c.score[sProduct] += 3
			break
		}
	}
}

// orgThings are what a company has, after its name: "Achterberg
// machines", "Pellmark's shareholders".
var orgThings = lang.Words(`shares stock plant plants factory factories employees workforce staff products
	machines vehicles technology customers subsidiary subsidiaries shareholders headquarters`)

// riverWords follow the name of a river or lake, which they do not belong
// to: "the Lindach river".
var riverWords = lang.Words(`river lake stream`)

// productCues stand before a model name.
var productCues = lang.Words(`typ typs type model modell modells baureihe`)

// vesselNoun: a ship named after it is a thing, no person ("the freighter
// Nordic Tern", "das Containerschiff Helmsdale Spirit").
func vesselNoun(lower string) bool {
	switch lower {
	case "ship", "vessel", "freighter", "tanker", "ferry", "trawler", "yacht", "schiff", "frachter", "fähre", "kutter":
		return true
	}
	return strings.HasSuffix(lower, "schiff") || strings.HasSuffix(lower, "frachter") || strings.HasSuffix(lower, "tanker")
}

// productNouns follow a model name, or end a compound with it
// ("Taurus-Marschflugkörper").
var productNouns = []string{"missile", "missiles", "rocket", "rockets", "tank", "tanks", "jet", "jets",
	"fighter", "fighters", "launcher", "launchers", "drone", "drones", "aircraft", "helicopter", "helicopters",
	"howitzer", "howitzers", "marschflugkörper", "rakete", "raketen", "panzer", "kampfjet", "kampfjets",
	"drohne", "drohnen", "flugzeug", "flugzeuge", "hubschrauber", "haubitze", "haubitzen", "cruise", "ballistic",
	"smartphone", "smartphones", "modell", "modelle", "luftabwehrsystem", "luftabwehrsysteme"}

func isProductNoun(lower string) bool {
	for _, n := range productNouns {
		if strings.HasSuffix(lower, n) && (len(lower) == len(n) || len(n) >= 5) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
