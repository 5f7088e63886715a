package entities

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Organisations that no list knows are told by their form: an English head
// word of institutions ("Authority", "Watch", "Guild"), a German compound
// ending in one ("Landratsamt", "Verkehrsverbund"), a legal form ("GmbH",
// "Ltd"), or one word made of a name and such a head ("Kesseltalbahn").

// orgWords are English heads of organisation names, matched as whole words
// with a plural -s: unlike German heads they never end a compound, so
// "Keyboard" is no board.
var orgWords = lang.Words(`office offices authority authorities board boards watch monitor guild guard
	assembly alliance railway railroad exchange holdings holding federation league bureau coalition movement
	relief ledger gazette chronicle courier telegraph observer bulletin brigade brigades battalion militia
	command directorate secretariat tribunal corps navy police society trust network front fund
	line lines shipping salvage marine logistics list`)

// institutionHeads end German compounds that name an institution after a
// common noun ("Landrats|amt", "Kreis|tag"): short heads that the general
// org heads may not match inside a word, as "Tag" or "Rat" would in
// "Geburtstag" and "Vorrat" without the noun before them.
var institutionHeads = []string{"amt", "rat", "tag"}

// legalForms are the legal forms of companies; they end an organisation's
// name but are none themselves. Lower-case, without their period.
var legalForms = lang.Words(`gmbh ag se kg kgaa ohg gbr ug mbh ev e.v ltd inc llc llp plc corp co sa nv bv
	oy ab spa srl sarl`)

// isLegalForm: "GmbH", "Ltd", "Inc", "AG", written as companies write them.
func isLegalForm(t token) bool {
	return legalForms[t.lower] && t.text != strings.ToLower(t.text) && len(t.text) <= 5
}

// isOrgWord reports an English head of organisation names.
func isOrgWord(lower string) bool {
	if orgWords[lower] {
		return true
	}
	base, ok := strings.CutSuffix(lower, "s")
	return ok && orgWords[base]
}

// institutionCompound: a German compound of a noun and a short institution
// head, inflected or not: "Landratsamt", "Gesundheitsamts", "Kreistag",
// "Integrationsbeirat". w is the word as written.
func institutionCompound(w string) bool {
	lower := strings.ToLower(w)
	if len(lower) != len(w) {
		return false
	}
	for _, end := range []string{"", "s", "es", "e", "en"} {
		base, ok := strings.CutSuffix(lower, end)
		if !ok {
			continue
		}
		for _, h := range institutionHeads {
			if p, ok := strings.CutSuffix(base, h); ok && len(p) >= 3 && compoundPart(w[:len(p)], 0) {
				return true
			}
		}
	}
	return false
}

// orgHeadPrefix returns what stands before the org head a German compound
// ends with ("Kesseltal" of "Kesseltalbahn"), or "" when the word is no
// compound of an org head.
func orgHeadPrefix(w string) string {
	lower := strings.ToLower(w)
	if len(lower) != len(w) {
		return ""
	}
	for i := max(3, len(lower)-orgSet.longest); i < len(lower)-2; i++ { // no head is longer
		if lower[i]&0xC0 != 0x80 && orgSet.tail[lower[i:]] {
			return w[:i]
		}
	}
	return ""
}

// properOrgCompound: a one-word organisation's name, a German compound of
// an org head after a name rather than a common noun ("Kesseltalbahn",
// not "Straßenbahn"), or a federal institution ("Bundeskartellamt",
// "Bundeswirtschaftsministerium": there is one of each).
func properOrgCompound(w string) bool {
	if lex().isNoun(w) {
		return false
	}
	if rest, ok := strings.CutPrefix(w, "Bundes"); ok && len(rest) >= 3 {
		return true
	}
	p := orgHeadPrefix(w)
	return p != "" && !compoundPart(p, 0) && !isCompoundNoun(w) && !strings.ContainsAny(w, "-‐‑")
}

// properAidCompound: a relief organisation named "<name>hilfe" after a
// place or a name no dictionary holds ("Wernauhilfe"); "Soforthilfe" and
// "Ukrainehilfe" are aid, no body. "Hilfe" is no org head elsewhere.
func properAidCompound(w string) bool {
	p, ok := strings.CutSuffix(w, "hilfe")
	return ok && len(p) >= 3 && !strings.ContainsAny(w, "-‐‑") && !lex().isNoun(w) && !compoundPart(p, 0) && !isCompoundNoun(w)
}

// hyphenOrgName: an institution named after a person or a place, joined
// by a hyphen: "Kepler-Gymnasium", "Gauß-Institut". "UN-Sicherheitsrat"
// and "Kreml-Sprecher" are told apart elsewhere.
func hyphenOrgName(w string) bool {
	parts := splitHyphen(w)
	if len(parts) != 2 || !hasSuffixIn(strings.ToLower(parts[1]), orgSet) {
		return false
	}
	first := parts[0]
	return !lex().isWord(first) && !isAcronym(first) && gazLookup(first) == nil
}

// termIntros introduce a short form: "kurz PFAS", "abgekürzt ...".
var termIntros = lang.Words(`kurz abgekürzt abbreviated`)

// nameClass: the classes a run of name words is made of.
func nameClass(c class) bool {
	return c == cName || c == cWordCap || c == cOrgHead || c == cOrgName
}

// orgRunAhead: capitalised name words from i on, within a few words and
// without punctuation, reach an org head, so that a place noun or a word
// opening a sentence starts or continues an organisation's name: "State
// Fisheries Authority", "Kesselbrunn Town Council", "Urgent Nutrition
// Relief" at a sentence start.
func orgRunAhead(toks []token, cls []class, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		if k > i && toks[k].gapBreak || !toks[k].cap {
			return false
		}
		switch cls[k] {
		case cOrgHead, cOrgName:
			return true
		case cName, cWordCap, cPlaceNoun, cWeak:
		default:
			return false
		}
	}
	return false
}

// firmJoiners follow an ampersand in a company's name: "Achterberg &
// Söhne", "Smith & Sons", "Müller & Co".
var firmJoiners = lang.Words(`söhne sohn töchter tochter brüder partner partners sons son brothers co cie
	associates`)

// ampersandJoin: toks[j] goes on a company's name after an ampersand: a
// firm joiner, or a name before a legal form ("Kuhn & Weber GmbH").
func ampersandJoin(text string, toks []token, cls []class, j int) bool {
	if j == 0 || !toks[j].cap || strings.TrimSpace(text[toks[j-1].end:toks[j].start]) != "&" {
		return false
	}
	if firmJoiners[toks[j].lower] {
		return true
	}
	k := j + 1
	return (nameClass(cls[j]) || cls[j] == cNoun) && k < len(toks) && !toks[k].gapBreak && isLegalForm(toks[k])
}

// companyKinds end the nouns that say what kind of company follows
// ("der Werkzeugmaschinenbauer Achterberg GmbH", "die Beteiligungsgesellschaft
// Corvane Ltd"); they are no part of its name.
var companyKinds = []string{"bauer", "hersteller", "gesellschaft", "konzern", "firma", "unternehmen", "betrieb",
	"händler", "investor", "lieferer", "anbieter", "betreiber", "dienstleister", "versorger", "produzent"}

// legalStart returns where a company's name before a legal form starts:
// the nouns right before the run belong to it ("Galvanik Pröll GmbH",
// "Brenner Maschinenbau GmbH"), up to two, unless they name the kind of
// company.
func legalStart(text string, toks []token, cls []class, i, j int) int {
	if !isLegalForm(toks[j-1]) {
		return i
	}
	start := i
	for start > 0 && i-start < 2 {
		prev := toks[start-1]
		amp := strings.TrimSpace(text[prev.end:toks[start].start]) == "&"
		if toks[start].gapBreak && !amp || !prev.cap || cls[start-1] != cNoun && !amp || strings.ContainsAny(prev.text, "-‐‑") || isCompanyKind(prev.lower) {
			break
		}
		start--
	}
	return start
}

func isCompanyKind(lower string) bool {
	for _, kind := range companyKinds {
		if strings.HasSuffix(lower, kind) {
			return true
		}
	}
	return false
}

// dottedLegal are the legal forms written with a period, which belongs to
// the name: "Pellmark Inc.".
var dottedLegal = lang.Words(`inc ltd corp co`)

// legalDot returns where a name ending on last ends: after the period of
// a dotted legal form.
func legalDot(text string, last token) int {
	if dottedLegal[last.lower] && isLegalForm(last) && last.end < len(text) && text[last.end] == '.' {
		return last.end + 1
	}
	return last.end
}

// nounComplement: the German noun toks[j] after an institution's head
// word names it ("Stiftung Gemeinsinn", "Hilfswerk Morgenrot",
// "Zweckverband Wasserversorgung Lindachgau") when what follows ends or
// goes on with the name, not with a verb: punctuation, a name, "und" and
// another capitalised word, or a preposition. "der Bank Geld leihen" is
// no name.
func nounComplement(text string, toks []token, cls []class, j int) bool {
	k := j + 1
	if k == len(toks) || toks[k].gapBreak {
		return true
	}
	next := toks[k]
	switch {
	case next.cap:
		return cls[k] == cName || cls[k] == cOrgName || cls[k] == cOrgHead
	case next.lower == "und" || next.lower == "&":
		return k+1 < len(toks) && toks[k+1].cap && !toks[k+1].gapBreak
	}
	return lang.Prepositions[next.lower]
}

// descriptorBefore: the run toks[i:j] opens with a German compound that
// says what kind of body follows ("Fahrgast|verband", "Beobachtungs|gruppe",
// "Bürger|initiative"), and the rest is an organisation's name of its own
// form: "Pro Kesseltal", "Relief Route Monitor".
func descriptorBefore(toks []token, cls []class, i, j int) bool {
	if j-i < 3 || cls[i] != cOrgHead || orgHeadPrefix(toks[i].text) == "" || toks[i+1].gapBreak {
		return false
	}
	if isProName(toks, i+1, j) {
		return true
	}
	for k := i + 1; k < j; k++ {
		if cls[k] == cOrgHead || cls[k] == cOrgName {
			return true
		}
	}
	return false
}

// isProName: "Pro Bahn", "Pro Asyl": an association named for what it
// stands for.
func isProName(toks []token, i, j int) bool {
	return j-i >= 2 && toks[i].text == "Pro"
}

// bodyTitles are titles that also name the body: "Stadtrat" is a town
// councillor and the town council.
var bodyTitles = lang.Words(`stadtrat stadtrats gemeinderat gemeinderats ortsrat ortsrats kreisrat`)

// bodyTitle: toks[i] is a body title before a place name ("der Stadtrat
// Kesselbrunn"), not a councillor's name ("Stadtrat Müller sagte").
func bodyTitle(toks []token, cls []class, i int) bool {
	k := i + 1
	if !bodyTitles[toks[i].lower] || k >= len(toks) || toks[k].gapBreak || !toks[k].cap || cls[k] != cName {
		return false
	}
	if k+1 < len(toks) && (speechVerbs[toks[k+1].lower] || toks[k+1].cap && !toks[k+1].gapBreak) {
		return false
	}
	return gazLookup(toks[k].text) != nil || endsIn(toks[k].lower, toponymEnds)
}

// acronymName returns the end of an organisation named by an acronym and
// a place, perhaps with its founding year ("IHK Grauweiler", "SV
// Fahlenried 1911"), or i. A well-known acronym ("SPD Berlin") and an
// acronym before a person's name ("GSF Volker Brandhuber") stay apart.
func acronymName(toks []token, cls []class, i int) int {
	k := i + 1
	if gazExact(toks[i].text) != nil || k >= len(toks) || toks[k].gapBreak || !toks[k].cap || cls[k] != cName {
		return i
	}
	if k+1 < len(toks) && toks[k+1].cap && !toks[k+1].gapBreak {
		return i
	}
	if y := k + 1; y < len(toks) && !toks[y].gapBreak && isYear(toks[y].text) {
		return y + 1
	}
	return k + 1
}

func isYear(w string) bool {
	if len(w) != 4 || strings.Trim(w, "0123456789") != "" {
		return false
	}
	return w >= "1800" && w <= "2099"
}

// placeAfterNoun returns the end of an organisation's name after its last
// noun at k: a place right after it, or after "von", "in" or "aus".
func placeAfterNoun(toks []token, cls []class, k int) int {
	if k < len(toks) && !toks[k].gapBreak && toks[k].cap && cls[k] == cName {
		return k + 1
	}
	if m := k + 1; m < len(toks) && !toks[k].gapBreak && !toks[m].gapBreak && (toks[k].lower == "von" || toks[k].lower == "of") &&
		toks[m].cap && cls[m] == cName {
		return m + 1
	}
	return k
}

// capAdjective: a German adjective written in capitals inside a sentence,
// inflected ("Freien", "Grüne"), which only names do.
func capAdjective(t token, c class) bool {
	if t.sentStart || c != cWordCap || determiners[t.lower] || ordinals[t.lower] || stopWords[t.lower] {
		return false
	}
	return adjStem(t.lower) != t.lower && lex().isWord(t.lower)
}

// peopleNoun: a noun for people in the plural or an agent, as parties and
// groups of "Adjective Noun" are named: "Wähler", "Liberale", "Bürger".
func peopleNoun(lower string) bool {
	for _, end := range []string{"er", "ern", "ale", "alen", "aten", "isten"} {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	return false
}

// secondOrg: after "und" another organisation's name starts at k, a head
// and a name ("Ordnungsamt Hollfeld und Kreistag Hollfeld"), or an
// article does ("und der Kreistag").
func secondOrg(toks []token, cls []class, k int) bool {
	if k >= len(toks) || determiners[toks[k].lower] {
		return true
	}
	m := k + 1
	return (cls[k] == cOrgHead || cls[k] == cOrgName) && m < len(toks) && !toks[m].gapBreak && toks[m].cap && cls[m] == cName
}
