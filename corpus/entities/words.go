package entities

import "quellen/corpus/internal/lang"

// General word lists of German and English the detector relies on: titles,
// heads of organisation names, place nouns, prepositions, calendar words.
// None is taken from any particular article.

// titleHeads are words (and last parts of compounds: "Außenminister",
// "NATO-Generalsekretär", "Politikprofessor") that stand before a person's
// name. Lower-case; matched with their inflection endings.
var titleHeads = []string{
	"präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "premier", "premierministerin",
	"professor", "professorin", "prof", "general", "generalin", "generalmajor", "admiral", "oberst", "kommandeur",
	"befehlshaber", "machthaber", "diktator", "sekretär", "sekretärin", "chef", "chefin", "sprecher", "sprecherin",
	"direktor", "direktorin", "botschafter", "botschafterin", "senator", "senatorin", "gouverneur", "bürgermeister",
	"bürgermeisterin", "könig", "königin", "papst", "herr", "frau", "dr", "experte", "expertin", "forscher",
	"forscherin", "analyst", "analystin", "journalist", "journalistin", "korrespondent", "korrespondentin",
	"republikaner", "republikanerin", "demokrat", "demokratin", "anführer", "führer", "vorsitzende", "vorsitzender",
	"abgeordnete", "abgeordneter", "staatschef", "regierungschef", "außenamtschef", "politiker", "politikerin",
	"president", "chancellor", "secretary", "colonel", "lieutenant", "commander", "dictator", "leader", "governor",
	"mayor", "king", "queen", "pope", "ambassador", "spokesman", "spokeswoman", "spokesperson", "director", "chief",
	"mr", "mrs", "ms", "sir", "lord", "lady", "researcher", "scientist", "ologist", "ologe", "ologin", "senator", "representative", "envoy", "gen", "sen", "rep",
	"landrat", "landrätin", "stadtrat", "stadträtin", "regierungsrat", "vorstand", "vorständin", "leiter", "leiterin",
	"beauftragte", "beauftragter", "kommissar", "kommissarin", "berater", "beraterin", "ökonom", "ökonomin",
	"anwalt", "anwältin", "richter", "richterin", "bischof", "bischöfin", "kapitän", "kapitänin", "koordinator",
	"koordinatorin", "manager", "managerin", "trainer", "trainerin", "referent", "referentin", "funktionär",
	"funktionärin", "ministerpräsident", "ministerpräsidentin", "staatssekretär", "staatssekretärin",
	"chairman", "chairwoman", "chairperson", "ceo", "economist", "official", "commissioner", "judge", "captain",
	"officer", "deputy", "administrator", "inspector", "bishop", "minister", "premier", "prime", "chancellor",
}

// orgHeads make a name an organisation: "Universität Oslo", "Korea Institute
// for Defence Analyses", "Japan Times", "UN-Sicherheitsrat".
var orgHeads = []string{
	"universität", "university", "hochschule", "college", "institut", "institute", "akademie", "academy",
	"ministerium", "ministry", "department", "geheimdienst", "agency", "agentur", "service", "dienst",
	"times", "post", "zeitung", "news", "journal", "tribune", "herald", "guardian", "rundschau", "allgemeine",
	"rat", "srat", "council", "kommission", "commission", "komitee", "committee", "partei", "party", "bank", "fonds",
	"fund", "gruppe", "group", "konzern", "corporation", "corp", "company", "inc", "ltd", "ag", "gmbh", "verband",
	"association", "union", "foundation", "stiftung", "center", "centre", "zentrum", "organisation",
	"organization", "gericht", "court", "parlament", "parliament", "kongress", "congress", "armee", "army",
	"forces", "studies", "analyses", "research", "lab", "laboratory", "press", "media", "medien", "tv", "radio",
	"defence", "defense", "airlines", "airways", "railways", "railroad",
	"behörde", "verbund", "gewerkschaft", "kammer", "kasse", "bahn", "hilfswerk", "stadtwerk", "beirat", "gymnasium", "klinik",
	"klinikum", "polizei", "feuerwehr", "initiative", "verein", "bündnis", "netzwerk", "bewegung", "front",
	"miliz", "brigade", "kommando", "direktion", "senat", "kreistag", "landtag", "holding", "holdings",
}

// placeNouns come right before a place name: "Region Kursk", "Hafen von
// Wladiwostok", "Provinz", "city of".
var placeNouns = lang.Words(`region regionen gebiet gebiete oblast provinz provinzen bezirk stadt städte hafen häfen
	hafenstadt hauptstadt grenzstadt
	küstenstadt metropole ort dorf insel halbinsel kreis landkreis bundesland kanton distrikt republik
	vorort vororte vorstadt stadtteil ortsteil gemeinde kurort
	city cities town village port province region regions district county state island capital
	suburb suburbs neighbourhood neighborhood municipality borough`)

// placePreps are prepositions that take a bare place name: "in Wonsan",
// "nach Wladiwostok", "aus Seoul", "from Seoul".
var placePreps = lang.Words(`in nach aus bei nahe nördlich südlich östlich westlich ab bis gen
	from near into`)

// speechVerbs next to a bare name mark a person: "erklärt Tikhonov",
// "sagte Lloyd Austin", "Kim said".
var speechVerbs = lang.Words(`sagt sagte sagten erklärt erklärte betont betonte meint meinte schreibt schrieb
	warnt warnte fordert forderte kritisiert kritisierte so laut zufolge behauptet behauptete antwortete antwortet
	said says told added warned wrote according asked explained stated claimed`)

// determiners before a capitalised word make it a noun phrase in German:
// "die Nähe", "des Krieges". People are named without them.
var determiners = lang.Union(lang.Articles, lang.Demonstratives, lang.Possessives, lang.ContractedPrepositions)

// connectors may join the words of an organisation's name:
// "Korea Institute for Defence Analyses", "Bank of England".
var connectors = lang.Words(`for of and on the de la du del der des für und zur zum von`)

// calendarWords are capitalised but never entities.
var calendarWords = lang.Union(lang.MonthNames, lang.Weekdays, lang.Holidays, lang.DayParts)

// abbreviations of units, numbers and references are capitalised but are
// no names: "2,4 Mrd. Euro", "Nr. 5".
var abbreviations = lang.Words(`mrd mio tsd bn mn mln nr bzw ca vgl abb tel fax str jh jhd
	feb mär mar apr jun jul aug sep sept okt oct nov dez dec
	mi do fr sa so mon tue tues wed thu thur thurs fri sat sun`)

// questionWords open questions in teasers and headlines ("Warum Merz
// zögert"), never a name.
var questionWords = lang.Words(`warum wieso weshalb weswegen wer wen wem wessen was wann wo wohin woher wie
	welche welcher welches why what who whom whose when where how which`)

// commonAcronyms are written in capitals but name no organisation: units,
// times, document and transport words.
var commonAcronyms = lang.Words(`am pm gmt utc cet cest mez mesz gdp bip ceo cfo coo cto iban bic pin tan
	tv pc ps usb gps sms mms pdf faq kpi vat mwst id ok kfz pkw lkw suv ice ic ec re rb km kph mph kmh
	kw kwh mw mwh gw gwh co co2 ph dna rna hiv ai ki it hr pr qr ufo
	eur usd chf gbp jpy cny rub uah pln sek nok dkk teu live`) // currencies and units ("CHF 12m", "TEU"), "LIVE" tickers

// compassWords are capitalised nouns in German that the dictionary lists
// with name-like flags.
var compassWords = lang.Words(`norden süden osten westen nordosten nordwesten südosten südwesten`)

// givenNames that are also German nouns or English words ("Mark", "Will")
// and would otherwise not start a name. A general list, not a list of people.
// They count only right before another name.
var givenNames = lang.Words(`mark rose grace ernst frank otto hans max paul peter franz wolf karl fritz
	jack bill bob john joe ray dean`)

// surnameEndings are frequent endings of Slavic family names.
var surnameEndings = []string{"ow", "ov", "ew", "ev", "owa", "ova", "ewa", "eva", "sky", "skyj", "skij", "ski",
	"ska", "enko", "schuk", "tschuk", "chuk", "witsch", "vich", "vic", "ić", "schtschenko"}

// headSet answers hasSuffixIn without building strings: the exact forms
// (head + ending) of all heads, and the forms of heads of four letters or
// more, which may also end a compound.
type headSet struct {
	exact, tail map[string]bool
	longest     int // the longest tail, in bytes
}

var inflections = []string{"", "s", "n", "en", "e", "es", "in", "innen"}

func newHeadSet(heads []string) headSet {
	hs := headSet{exact: map[string]bool{}, tail: map[string]bool{}}
	for _, h := range heads {
		for _, end := range inflections {
			hs.exact[h+end] = true
			if len(h) >= 4 {
				hs.tail[h+end] = true
				hs.longest = max(hs.longest, len(h+end))
			}
		}
	}
	return hs
}

var (
	titleSet = newHeadSet(titleHeads)
	orgSet   = newHeadSet(orgHeads)
)

// hasSuffixIn reports whether the lower-case word w is one of the heads or,
// for heads of four letters or more, ends with one ("Außenminister"),
// allowing a German inflection ending. Short heads must match whole: "ag"
// is not "Tag".
func hasSuffixIn(w string, hs headSet) bool {
	if hs.exact[w] {
		return true
	}
	// Only the last hs.longest bytes can hold a tail: hashing every
	// suffix made a long word quadratic.
	for i := max(1, len(w)-hs.longest); i < len(w); i++ {
		if w[i]&0xC0 != 0x80 && hs.tail[w[i:]] { // at a rune start
			return true
		}
	}
	return false
}
