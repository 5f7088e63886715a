package entities

import (
	"strings"
	"unicode/utf8"
)

// A run is a sequence of name words from a capitalised token on; these
// decide how far it goes and what of it is a name.

// run returns the end of the run of name words from i (cName, cWordCap,
// cOrgHead, joined by connectors), and whether it holds a name and an
// organisation word.
func (s *scan) run(i int) (j int, hasName, hasOrg bool) {
	toks, cls, d := s.toks, s.cls, s.d
	s.adjNoun = false
	j = i
	for j < len(toks) {
		if j > i && ampersandJoin(s.text, toks, cls, j) {
			hasOrg = true // "Achterberg & Söhne"
			j++
			continue
		}
		if j > i && toks[j].gapBreak {
			break
		}
		c := cls[j]
		if (c == cPlaceNoun || c == cWeak) && (j == i || orgRunAhead(toks, cls, j+1)) {
			c, cls[j] = cWordCap, cWordCap // "Town" in "Kesselbrunn Town Council"
		}
		if toks[j].cap && !toks[j].truncated && nameClass(c) {
			if j > i && d.gaz(toks[j].text) != nil && !hasOrg && c != cOrgHead && !nextIsOrgHead(toks, cls, j) &&
				(j > i+1 || d.gaz(toks[i].text) != nil || cls[i] != cName) {
				break // "Japan Russia": two places, unless an org name goes on; "Mira Havel" is one name
			}
			if d.gazExact(toks[j].text) == nil && d.gaz(toks[j].text) != nil {
				// a genitive ("Russlands Armee") names the place alone
				if j == i {
					s.emit(i, i+1, candidate{gaz: d.gaz(toks[j].text)})
					j++
				}
				break
			}
			if parts := splitHyphen(toks[j].text); len(parts) > 1 && (isAcronym(parts[0]) || gazLookup(parts[0]) != nil) {
				hasName = true // "UN-Menschenrechtsrat"
			}
			hasName = hasName || c == cName || c == cOrgName
			hasOrg = hasOrg || c == cOrgHead || c == cOrgName
			j++
			continue
		}
		// "die Freien Wähler": German writes an adjective in capitals
		// only inside a name
		if s.german && j == i+1 && c == cNoun && toks[j].cap && capAdjective(toks[i], cls[i]) {
			hasName, s.adjNoun = true, true
			j++
			continue
		}
		// "Stiftung Gemeinsinn", "Gewerkschaft Schiene und Fahrdienst": a
		// German institution named by a noun
		// "Food Route Monitor": a noun before an org head of the run
		if c == cNoun && toks[j].cap && (cls[j-1] == cOrgHead && s.german && nounComplement(s.text, toks, cls, j) || j > i && orgRunAhead(toks, cls, j+1)) {
			hasName = true
			j++
			continue
		}
		if end, more := s.connector(i, j, hasOrg); more {
			j = end
			continue
		} else if end >= 0 {
			j = end
			break
		}
		// "Verband der Chemischen Industrie": a noun after a capitalised
		// adjective inside an organisation's name ends it
		// "Pro Bahn": nor does a name end on a short word
		if hasOrg && c == cNoun && toks[j].cap && cls[j-1] == cWordCap &&
			(adjStem(toks[j-1].lower) != toks[j-1].lower || utf8.RuneCountInString(toks[j-1].text) <= 4) {
			j++
		}
		break
	}
	return j, hasName, hasOrg
}

// finishRun trims and extends the run toks[i:j], emits it if it is a
// name, and returns where reading goes on.
func (s *scan) finishRun(i, j int, hasName, hasOrg bool) int {
	toks, cls, d := s.toks, s.cls, s.d
	// "Hotline der Sächsischen Aufbaubank": a word before a genitive
	// organisation name is not part of it
	if k := genitiveOrgStart(toks, cls, i, j); k > i {
		i = k
	}
	if k := legalStart(s.text, toks, cls, i, j); k < i {
		i, hasName = k, true
	}
	if descriptorBefore(toks, cls, i, j) {
		i++ // "Fahrgastverband Pro Kesseltal": the kind, then the name
	}
	j, place := s.extendName(i, j, hasOrg)
	if place < 0 {
		return j // emitted
	}
	if j == i {
		return i + 1
	}
	if j == i+1 && d.gazExact(toks[i].text) == nil && d.gaz(toks[i].text) != nil {
		return j // emitted by run
	}
	// a lone org head ("Universität") or ordinary words are no name
	if !hasName && place == 0 && !(hasOrg && j-i > 1 && hasCapWord(cls[i:j])) {
		return j
	}
	// "des ukrainischen Militärs Budanov": after an article or an
	// adjective the first word is a noun, and the name follows it.
	if j-i > 1 && !hasOrg && !s.adjNoun && afterArticle(toks, i) && d.gaz(toks[i].text) == nil {
		if hasCapWordFrom(cls[i+1 : j]) {
			i++
		}
	}
	// "German Economic Institute": a nationality opens an organisation's name
	if hasOrg && i > 0 && !toks[i].gapBreak && toks[i-1].cap && nationality(toks[i-1].lower) {
		i--
	}
	c := candidate{}
	if place > 0 {
		c.score[sPlace] += 4
	}
	if hasOrg && (j-i > 1 || strings.ContainsAny(toks[i].text, "-‐‑") || cls[i] == cOrgName) || isProName(toks, i, j) {
		c.score[sOrg] += 4
	}
	if s.adjNoun && place == 0 {
		c.adjNoun = true // no person: "Kalter Krieg"
		if peopleNoun(toks[i+1].lower) {
			c.score[sOrg] += 2 // "Freie Wähler", "Junge Liberale"
		}
	}
	s.emit(i, j, c)
	if end := legalDot(s.text, toks[j-1]); end > toks[j-1].end {
		last := &s.out[len(s.out)-1]
		last.end, last.text = end, s.text[last.start:end]
		last.name = last.text
	}
	return j
}

// extendName extends the name toks[i:j] by a family name that is also a
// noun, a name particle, or the form of a place. It returns the new end
// and 1 when the form makes it a place, or -1 when it emitted the name
// itself.
func (s *scan) extendName(i, j int, hasOrg bool) (int, int) {
	toks, cls, d := s.toks, s.cls, s.d
	// a family name that is also a noun, after a title and a given name:
	// "Professor Hans Weber"; or one that only looks like a compound
	// noun: "Renate Großmann", "Katrin Wendland"
	if j == i+1 && j < len(toks) && cls[i] == cName && cls[j] == cNoun && !toks[j].gapBreak && d.gaz(toks[i].text) == nil &&
		(i > 0 && cls[i-1] == cTitle || !lex().isNoun(toks[j].text) && !afterArticle(toks, i)) {
		j++
	}
	// a Slavic place particle: "Ústí nad Labem", "Mladá Boleslav pod ..."
	if j > i && j+1 < len(toks) && (toks[j].lower == "nad" || toks[j].lower == "pod") && !toks[j].gapBreak &&
		toks[j+1].cap && !toks[j+1].gapBreak && (cls[j+1] == cName || cls[j+1] == cWordCap) {
		s.emit(i, j+2, candidate{score: [4]float64{sPlace: 4}})
		return j + 2, -1
	}
	// a name particle: "Thomas de Maizière", "Ursula von der Leyen"
	if j == i+1 && cls[i] == cName && d.gaz(toks[i].text) == nil {
		if k := particleEnd(toks, j); k > j && k < len(toks) && toks[k].cap && !toks[k].gapBreak &&
			(cls[k] == cName || cls[k] == cWordCap) && d.gaz(toks[k].text) == nil {
			j = k + 1
		}
	}
	if j > i && !hasOrg {
		if end, ok := placeRun(s, i, j); ok {
			return end, 1
		}
	}
	return j, 0
}

// connector reads toks[j] as a connector inside an organisation's name,
// "Institute for Defence". It returns where the run goes on and whether it
// does; end < 0 when toks[j] joins nothing.
//
// "and" joins only inside a name that is already one ("Institute for
// Science and International Security"): "Rheinmetall and Diehl Defence"
// and "Feuerwehr und Bundeswehr" are two, and so are two names of an
// org head and a place.
func (s *scan) connector(i, j int, hasOrg bool) (end int, more bool) {
	toks, cls := s.toks, s.cls
	and := toks[j].lower == "and" || toks[j].lower == "und"
	andOK := !and || hasOrg && j-i >= 2 && j+1 < len(toks) && gazLookup(toks[j+1].text) == nil && !secondOrg(toks, cls, j+1)
	k := j + 1
	if !andOK || !connectors[toks[j].lower] || toks[j].cap || k >= len(toks) || toks[k].gapBreak {
		return -1, false
	}
	if !and && connectors[toks[k].lower] && !toks[k].cap && k+1 < len(toks) && !toks[k+1].gapBreak {
		k++ // "for the"
	}
	// "Demmer of Lindach Watch" is a person of an organisation
	if toks[k].cap && (hasOrg || j-i == 1 && cls[i] == cName && nextIsOrgHead(toks, cls, k)) && nameClass(cls[k]) {
		return k, true
	}
	// "Institut für Weltwirtschaft": one noun ends the name, or a place
	// after it: "Institut für Sozialforschung Belosar", "Front zur
	// Befreiung von Tarsk"
	if toks[k].cap && hasOrg && cls[k] == cNoun && !strings.ContainsAny(toks[k].text, "-‐‑") {
		return placeAfterNoun(toks, cls, k+1), false
	}
	return -1, false
}
