package lang

import "strings"

// The words institutions, bodies and landforms are named with, in German
// and English: "Kesseltalbahn" is the "Kessel Valley Railway", "Landratsamt
// Kesselbrunn" the "Kesselbrunn District Office", "Front zur Befreiung von
// Tarsk" the "Front for the Liberation of Tarsk". Concept maps each word
// (or English phrase) to one concept; names are left to the caller.

// concepts: one line per concept, its German and English words after the
// colon. Lower case; German nouns in the nominative singular, as they end
// compounds ("Verteidigungs|rat": "rat").
const concepts = `
railway: bahn eisenbahn railway railroad rail
valley: tal valley
office: amt büro office bureau
council: rat council tag
assembly: versammlung assembly
advisory council: beirat advisory_council advisory_board
board: vorstand board
district: kreis landkreis landrat bezirk district county
town: stadt town city
municipality: gemeinde municipality municipal
state: staat state
federal: bundes federal
league: bund league
national: national
health: gesundheit health
water: wasser water
water management: wasserwirtschaft water_management
water supply: wasserversorgung water_supply
environment: umwelt environment environmental
reservoir: talsperre stausee staudamm reservoir dam
highlands: hochland highland highlands uplands
lowlands: tiefland lowland lowlands
mountains: gebirge mountains
forest: wald forest
lake: see lake
bay: bucht bay
gulf: golf gulf
coast: küste coast
island: insel island
republic: republik republic
kingdom: königreich kingdom
liberation: befreiung liberation
defence: verteidigung defence defense
reconciliation: versöhnung reconciliation
security: sicherheit security
front: front
union: gewerkschaft union trade_union
alliance: bündnis allianz alliance
association: verband verbund association
club: verein club
federation: föderation federation
ministry: ministerium ministry
institute: institut institute
research: forschung research
social: sozial social
science: wissenschaft science
economy: wirtschaft economy economic
chamber: kammer chamber
commerce: handel commerce trade
industry: industrie industry industrial
crafts: handwerk crafts
school: schule school
university: universität hochschule university
adult education centre: volkshochschule adult_education_centre adult_education_center
police: polizei police
border: grenze border
guard: wache guard
service: dienst service
fisheries: fischerei fisheries fishery
authority: behörde authority
agency: agentur agency
news agency: nachrichtenagentur news_agency
court: gericht court
constitution: verfassung constitution constitutional
army: armee heer army
party: partei party
foundation: stiftung foundation
relief organisation: hilfswerk relief_organisation relief_organization relief_agency aid_agency
savings bank: sparkasse savings_bank
bank: bank
stock exchange: börse stock_exchange
monitoring: beobachtung monitoring
group: gruppe group
government: regierung government
parliament: parlament parliament
commission: kommission commission
committee: ausschuss komitee committee
election: wahl election electoral
transport: verkehr transport transit
ceasefire: waffenruhe waffenstillstand ceasefire
peace: frieden peace
refugee: flüchtling refugee
fire brigade: feuerwehr fire_brigade fire_service
`

// conceptOf maps every word or phrase (words joined by "_") to its concept.
var conceptOf = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(concepts, "\n") {
		name, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, w := range strings.Fields(words) {
			m[w] = name
		}
	}
	return m
}()

// LongestConcept is the length in bytes of the longest word a concept
// holds, with its longest inflection: a caller looking for a concept at
// the end of a compound need not look further back.
var LongestConcept = func() int {
	n := 0
	for w := range conceptOf {
		n = max(n, len(w))
	}
	return n + 3
}()

// conceptEnds are the inflections a word may carry on top of the form the
// table lists: plurals, German genitives and adjective endings.
var conceptEnds = []string{"", "s", "es", "e", "en", "n", "er", "em", "ies"}

// Concept returns the concept a lower-case German or English word stands
// for, inflected or not ("Verteidigung", "railways", "Nationaler"), or "".
func Concept(w string) string {
	for _, end := range conceptEnds {
		base, ok := strings.CutSuffix(w, end)
		if !ok || len(base) < 3 {
			continue
		}
		if end == "ies" {
			base += "y"
		}
		if c := conceptOf[base]; c != "" {
			return c
		}
	}
	return ""
}

// ConceptAt returns the concept of the longest English phrase that opens
// words ("water management office": "water management") and how many
// words it takes, or "" and 0. Words are lower case.
func ConceptAt(words []string) (string, int) {
	for n := min(3, len(words)); n >= 2; n-- {
		if c := Concept(strings.Join(words[:n], "_")); c != "" {
			return c, n
		}
	}
	if len(words) > 0 {
		if c := Concept(words[0]); c != "" {
			return c, 1
		}
	}
	return "", 0
}
