package entities

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// A single capitalised word says little about what it names. The words
// before it often do: "der Konzern Rheinmetall", "the operator Transdev",
// "the heads of Rheinmetall", "rivals such as Metronom".

// orgNouns name a kind of company or body; a single name right after one
// of them (or after "such as"/"wie" after one) is an organisation.
var orgNouns = lang.Words(`company companies firm firms group groups operator operators carrier carriers
	provider providers competitor competitors rival rivals manufacturer manufacturers maker makers
	supplier suppliers contractor contractors insurer insurers lender lenders bank banks retailer retailers
	firma firmen konzern konzerns konzerne unternehmen unternehmens betreiber betreibers anbieter anbieters
	hersteller herstellers konkurrent konkurrenten wettbewerber rüstungskonzern rüstungskonzerns
	autobauer zulieferer versicherer händler`)

// brandWords stand before a brand, which names what a company sells
// under it: "der Marke „Emil“", "the brand Lumo".
var brandWords = lang.Words(`marke marken brand brands label`)

// orgLeaders head an organisation: "the heads of Rheinmetall", "Chef von
// Siemens". Places have governors and mayors, not these.
var orgLeaders = lang.Words(`head heads chief chiefs ceo ceos boss bosses owner owners shareholders
	executives board chef chefs chefin vorstand vorstandschef vorstandschefin eigentümer aktionäre`)

// orgCue: the words before toks[i] say that a single name is an
// organisation.
func orgCue(toks []token, i int) bool {
	prev := toks[i-1].lower
	if isOrgNoun(prev) || brandWords[prev] {
		return true
	}
	if i < 2 || toks[i-1].gapBreak {
		return false
	}
	before := toks[i-2].lower
	switch prev {
	case "of", "von", "bei":
		return orgLeaders[before]
	case "as", "wie":
		// "rivals such as X", "Anbieter wie X"
		if before == "such" && i >= 3 && !toks[i-2].gapBreak {
			before = toks[i-3].lower
		}
		return isOrgNoun(before)
	}
	return false
}

// isOrgNoun: a kind of company, also ending a compound: "toolmaker",
// "Maschinenbauer", "Rüstungskonzern".
func isOrgNoun(lower string) bool {
	if orgNouns[lower] {
		return true
	}
	for i := 3; i < len(lower)-4; i++ {
		if orgNouns[lower[i:]] && len(lower)-i >= 5 {
			return true
		}
	}
	return false
}

// genitiveOrgStart returns where an organisation's name really starts in
// the run toks[i:j] when a word that is no org head stands before a
// genitive ("Hotline der Sächsischen Aufbaubank", "hotline of the Red
// Cross Society"), else i. A title before the run means a person: "Sprecher
// Wolf der ..." is left alone.
//
// An org head that is a compound saying what kind of body it is goes too,
// when another organisation follows in the genitive: "Bürgerstiftung der
// Sparkasse Fahlenried", "Flüchtlingshilfswerk der Vereinten Nationen";
// "Verband der Chemischen Industrie" and "Landesverband der Bayerischen
// Imker" stay whole.
func genitiveOrgStart(toks []token, cls []class, i, j int) int {
	kind := cls[i] == cOrgHead && orgHeadPrefix(toks[i].text) != ""
	if j-i < 3 || cls[i] == cOrgHead && !kind || i > 0 && cls[i-1] == cTitle {
		return i
	}
	k := i + 1
	switch toks[k].lower {
	case "der", "des":
		k++
	case "of":
		k++
		if k < j && toks[k].lower == "the" {
			k++
		}
	default:
		return i
	}
	for m := k; m < j; m++ {
		if cls[m] == cOrgHead || cls[m] == cOrgName || kind && m == k && gazAt(toks, k, j) {
			return k
		}
	}
	return i
}

// gazAt: a gazetteer name starts at toks[k], within toks[:j].
func gazAt(toks []token, k, j int) bool {
	name := toks[k].text
	for m := k; m < j && m < k+gazMaxWords; m++ {
		if m > k {
			name += " " + toks[m].text
		}
		if gazLookup(name) != nil {
			return true
		}
	}
	return false
}

// germanHeads are German org heads whose genitive adds -s or -es
// ("des Gesamtverbands", "des Instituts", "des Sicherheitsrates").
var germanHeads = []string{"verband", "institut", "ministerium", "amt", "rat", "dienst", "gericht",
	"parlament", "zentrum", "konzern", "fonds", "bund", "werk", "komitee", "kollegium", "büro", "srat", "stadtrat", "bundesamt", "landesamt"}

// nominativeHead folds a genitive head noun of an organisation's name to
// the nominative: "Gesamtverbands der Deutschen Versicherungswirtschaft"
// is "Gesamtverband der ...". Only a head followed by more of the name is
// folded; the name's last word is left to stripGenitive.
func nominativeHead(name string) string {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return name
	}
	first := name[:sp]
	lower := strings.ToLower(first)
	for _, end := range []string{"es", "s"} {
		base, ok := strings.CutSuffix(lower, end)
		if !ok {
			continue
		}
		for _, h := range germanHeads {
			if strings.HasSuffix(base, h) && (len(base) == len(h) || len(h) >= 4) || institutionCompound(first[:len(base)]) {
				return first[:len(first)-len(end)] + name[sp:]
			}
		}
	}
	return name
}
