package entities

// A single capitalised word says little about what it names. The words
// before it often do: "der Konzern Rheinmetall", "the operator Transdev",
// "the heads of Rheinmetall", "rivals such as Metronom".

// orgNouns name a kind of company or body; a single name right after one
// of them (or after "such as"/"wie" after one) is an organisation.
var orgNouns = wordSet(`company companies firm firms group groups operator operators carrier carriers
	provider providers competitor competitors rival rivals manufacturer manufacturers maker makers
	supplier suppliers contractor contractors insurer insurers lender lenders bank banks retailer retailers
	firma firmen konzern konzerns konzerne unternehmen unternehmens betreiber betreibers anbieter anbieters
	hersteller herstellers konkurrent konkurrenten wettbewerber rüstungskonzern rüstungskonzerns
	autobauer zulieferer versicherer händler`)

// orgLeaders head an organisation: "the heads of Rheinmetall", "Chef von
// Siemens". Places have governors and mayors, not these.
var orgLeaders = wordSet(`head heads chief chiefs ceo ceos boss bosses owner owners shareholders
	executives board chef chefs chefin vorstand vorstandschef vorstandschefin eigentümer aktionäre`)

// orgCue: the words before toks[i] say that a single name is an
// organisation.
func orgCue(toks []token, i int) bool {
	prev := toks[i-1].lower
	if orgNouns[prev] {
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
		return orgNouns[before]
	}
	return false
}
