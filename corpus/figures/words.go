package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// General German and English word lists for reading figures: qualifiers,
// units, families of counted nouns, nationalities, sources. None of them is
// fitted to particular articles.

// qualifierPhrases precede a number; the longest match wins. Lower case,
// one string per token ("ca." is "ca" followed by ".").
var qualifierPhrases = []struct {
	words    []string
	q        Qualifier
	estimate bool
}{
	{words("weit mehr als"), AtLeast, false}, {words("deutlich mehr als"), AtLeast, false},
	{words("etwas mehr als"), AtLeast, false}, {words("nicht weniger als"), AtLeast, false},
	{words("no fewer than"), AtLeast, false}, {words("no less than"), AtLeast, false},
	{words("more than"), AtLeast, false}, {words("mehr als"), AtLeast, false},
	{words("at least"), AtLeast, false}, {words("well over"), AtLeast, false},
	{words("upwards of"), AtLeast, false}, {words("in excess of"), AtLeast, false},
	{words("weit über"), AtLeast, false}, {words("über"), AtLeast, false},
	{words("mindestens"), AtLeast, false}, {words("wenigstens"), AtLeast, false}, {words("over"), AtLeast, false},
	{words("surpassed"), AtLeast, false}, {words("surpasses"), AtLeast, false}, {words("exceeded"), AtLeast, false},
	{words("exceeds"), AtLeast, false}, {words("topped"), AtLeast, false}, {words("übersteigt"), AtLeast, false},
	{words("überstieg"), AtLeast, false}, {words("überschritt"), AtLeast, false}, {words("überschreitet"), AtLeast, false},

	{words("nicht mehr als"), AtMost, false}, {words("no more than"), AtMost, false},
	{words("as high as"), AtMost, false}, {words("as much as"), AtMost, false},
	{words("as many as"), AtMost, false}, {words("a maximum of"), AtMost, false},
	{words("bis zu"), AtMost, false}, {words("up to"), AtMost, false},
	{words("weniger als"), AtMost, false}, {words("fewer than"), AtMost, false},
	{words("less than"), AtMost, false}, {words("at most"), AtMost, false},
	{words("höchstens"), AtMost, false}, {words("maximal"), AtMost, false},
	{words("unter"), AtMost, false}, {words("under"), AtMost, false},
	{words("below"), AtMost, false}, {words("well below"), AtMost, false}, {words("well under"), AtMost, false},
	{words("deutlich unter"), AtMost, false}, {words("weit unter"), AtMost, false},
	{words("deutlich weniger als"), AtMost, false}, {words("far fewer than"), AtMost, false}, {words("far less than"), AtMost, false},

	{words("an estimated"), Approx, true}, {words("schätzungsweise"), Approx, true},
	{words("geschätzte"), Approx, true}, {words("geschätzt"), Approx, true}, {words("estimated"), Approx, true},
	{words("um die"), Approx, false}, {words("um etwa"), Approx, false}, {words("an die"), Approx, false},
	{words("close to"), Approx, false}, {words("just under"), Approx, false}, {words("just over"), Approx, false},
	{words("approaching"), Approx, false}, {words("nearing"), Approx, false}, {words("nähert sich"), Approx, false},
	{words("nähern sich"), Approx, false},
	{words("more or less"), Approx, false}, {words("in etwa"), Approx, false},
	{words("ca ."), Approx, false}, {words("approx ."), Approx, false},
	{words("rund"), Approx, false}, {words("etwa"), Approx, false}, {words("circa"), Approx, false},
	{words("zirka"), Approx, false}, {words("ca"), Approx, false}, {words("gut"), Approx, false},
	{words("knapp"), Approx, false}, {words("fast"), Approx, false}, {words("nahezu"), Approx, false},
	{words("annähernd"), Approx, false}, {words("beinahe"), Approx, false}, {words("ungefähr"), Approx, false},
	{words("about"), Approx, false}, {words("around"), Approx, false}, {words("approximately"), Approx, false},
	{words("nearly"), Approx, false}, {words("almost"), Approx, false}, {words("roughly"), Approx, false},
	{words("some"), Approx, false}, {words("approx"), Approx, false},
}

func words(s string) []string { return strings.Fields(s) }

// estimateStems mark a sentence whose figures are estimates or unconfirmed:
// "Schätzungen zufolge", "schätzungsweise", "angeblich", "estimated".
var estimateStems = []string{"schätz", "geschätzt", "angeblich", "mutmaßlich", "vermutlich", "estimat", "reportedly", "allegedly", "purportedly"}

// unitInfo describes a unit word: the kind of figure and a normalised unit.
type unitInfo struct {
	kind FigureKind
	unit string
	// scale converts the value to the normalised unit (0 means 1):
	// "742 Zentimeter" is 7.42 m, "100 Quadratkilometer" 10 000 ha.
	scale float64
}

// unitWords follow a number (lower case). Currency symbols are handled
// separately because they may also precede it.
var unitWords = map[string]unitInfo{
	"prozent": {KindPercent, "percent", 0}, "%": {KindPercent, "percent", 0}, "percent": {KindPercent, "percent", 0},
	"prozentpunkte": {KindPercent, "percentage points", 0}, "prozentpunkten": {KindPercent, "percentage points", 0},
	"euro": {KindMoney, "EUR", 0}, "euros": {KindMoney, "EUR", 0}, "€": {KindMoney, "EUR", 0}, "eur": {KindMoney, "EUR", 0},
	"francs": {KindMoney, "CHF", 0}, "swiss-francs": {KindMoney, "CHF", 0},
	"dollar": {KindMoney, "USD", 0}, "us-dollar": {KindMoney, "USD", 0}, "dollars": {KindMoney, "USD", 0}, "usd": {KindMoney, "USD", 0}, "$": {KindMoney, "USD", 0},
	"pfund": {KindMoney, "GBP", 0}, "pounds": {KindMoney, "GBP", 0}, "£": {KindMoney, "GBP", 0}, "gbp": {KindMoney, "GBP", 0},
	"franken": {KindMoney, "CHF", 0}, "chf": {KindMoney, "CHF", 0}, "rubel": {KindMoney, "RUB", 0}, "roubles": {KindMoney, "RUB", 0}, "rubles": {KindMoney, "RUB", 0},
	"yuan": {KindMoney, "CNY", 0}, "yen": {KindMoney, "JPY", 0}, "¥": {KindMoney, "JPY", 0}, "hrywnja": {KindMoney, "UAH", 0}, "hryvnias": {KindMoney, "UAH", 0},
	"kilometer": {KindDistance, "km", 0}, "kilometern": {KindDistance, "km", 0}, "km": {KindDistance, "km", 0}, "kilometres": {KindDistance, "km", 0}, "kilometers": {KindDistance, "km", 0},
	"meter": {KindDistance, "m", 0}, "metern": {KindDistance, "m", 0}, "metres": {KindDistance, "m", 0}, "meters": {KindDistance, "m", 0}, "m": {KindDistance, "m", 0},
	"zentimeter": {KindDistance, "m", 0.01}, "zentimetern": {KindDistance, "m", 0.01}, "centimetres": {KindDistance, "m", 0.01},
	"centimeters": {KindDistance, "m", 0.01}, "cm": {KindDistance, "m", 0.01},
	// Areas in hectares: "Hektar", "Hektaren" (Swiss), "ha", km² at 100 ha.
	"hektar": {KindOther, "ha", 0}, "hektaren": {KindOther, "ha", 0}, "hectares": {KindOther, "ha", 0}, "hectare": {KindOther, "ha", 0}, "ha": {KindOther, "ha", 0},
	"quadratkilometer": {KindOther, "ha", 100}, "quadratkilometern": {KindOther, "ha", 100}, "km²": {KindOther, "ha", 100}, "km2": {KindOther, "ha", 100},
	"square-kilometres": {KindOther, "ha", 100}, "square-kilometers": {KindOther, "ha", 100}, "sq-km": {KindOther, "ha", 100},
	"square-miles": {KindOther, "ha", 258.999}, "acres": {KindOther, "ha", 0.404686},
	// Speeds are no distances: "70 km/h", "70 Kilometer pro Stunde", "43 mph".
	"km/h": {KindOther, "km/h", 0}, "kph": {KindOther, "km/h", 0}, "mph": {KindOther, "km/h", 1.609344},
	"liter": {KindOther, "l", 0}, "litern": {KindOther, "l", 0}, "litres": {KindOther, "l", 0}, "liters": {KindOther, "l", 0},
	// Cubic metres stay cubic metres: "40 Kubikmeter" shown as 40 000 litres would read wrong.
	"kubikmeter": {KindOther, "m³", 0}, "kubikmetern": {KindOther, "m³", 0}, "m³": {KindOther, "m³", 0},
	"cubic-metres": {KindOther, "m³", 0}, "cubic-meters": {KindOther, "m³", 0},
	"nautical-miles": {KindDistance, "nmi", 0}, "seemeile": {KindDistance, "nmi", 0},
	"meilen": {KindDistance, "mi", 0}, "miles": {KindDistance, "mi", 0}, "seemeilen": {KindDistance, "nmi", 0},
	"jahre": {KindDuration, "years", 0}, "jahren": {KindDuration, "years", 0}, "years": {KindDuration, "years", 0},
	"monate": {KindDuration, "months", 0}, "monaten": {KindDuration, "months", 0}, "months": {KindDuration, "months", 0},
	"wochen": {KindDuration, "weeks", 0}, "weeks": {KindDuration, "weeks", 0},
	"tage": {KindDuration, "days", 0}, "tagen": {KindDuration, "days", 0}, "days": {KindDuration, "days", 0},
	"stunden": {KindDuration, "hours", 0}, "hours": {KindDuration, "hours", 0}, "minuten": {KindDuration, "minutes", 0}, "minutes": {KindDuration, "minutes", 0},
	"jahrzehnte": {KindDuration, "decades", 0}, "jahrzehnten": {KindDuration, "decades", 0}, "decades": {KindDuration, "decades", 0},
	"tonnen": {KindOther, "t", 0}, "tonnes": {KindOther, "t", 0}, "tons": {KindOther, "t", 0}, "kilogramm": {KindOther, "kg", 0}, "kg": {KindOther, "kg", 0},
}

// moneySymbols may stand before the number: "$20bn", "€ 1,5 Mio.".
var moneySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "EUR": "EUR", "USD": "USD",
	"CHF": "CHF", "GBP": "GBP"}

// stateAdjectives are English participles that stand with a counted noun
// and say what happened to it: "500 wounded soldiers", "300 killed".
var stateAdjectives = lang.Words(`killed wounded injured dead missing captured detained displaced evacuated stranded`)

// statusWords distinguish a standing force from a deployed one: "1,3
// Millionen aktive Soldaten" is not the number sent abroad.
var statusWords = map[string]string{
	"aktive": "active", "aktiven": "active", "aktiver": "active", "active": "active",
	"reservisten": "reserve", "reserve": "reserve", "reservists": "reserve",
}

// countries maps country names, nationality adjectives and the capitals
// that stand for a country's government ("Pjöngjang", "the Kremlin") to
// one code per actor (stems, lower case); countryNames gives each code a German and an
// English name for labels.
var (
	countries    = map[string]string{}
	countryNames = map[string][2]string{}
)

func init() {
	add := func(code, de, en, list string) {
		countryNames[code] = [2]string{de, en}
		for _, w := range strings.Fields(list) {
			countries[w] = code
			if strings.HasSuffix(w, "isch") && nationalities[code][0] == "" {
				nationalities[code] = [2]string{w, nationalities[code][1]}
			}
		}
	}
	add("kp", "Nordkorea", "North Korea", "nordkorea nordkoreanisch north-korean nordkoreas pjöngjang pyongyang dprk")
	add("kr", "Südkorea", "South Korea", "südkorea südkoreanisch south-korean südkoreas seoul")
	add("ru", "Russland", "Russia", "russland russisch russia russian russlands russen russians moskau moscow kreml kremlin")
	add("ua", "Ukraine", "Ukraine", "ukraine ukrainisch ukrainian ukrainer ukrainians kiew kyiv kiev")
	add("us", "USA", "USA", "usa us u.s u.s. amerikanisch us-amerikanisch american americans amerikaner vereinigte washington")
	add("de", "Deutschland", "Germany", "deutschland deutsch germany german deutschlands bundesregierung")
	add("cn", "China", "China", "china chinesisch chinese chinas peking beijing")
	add("jp", "Japan", "Japan", "japan japanisch japanese")
	add("gb", "Großbritannien", "Britain", "großbritannien britisch britain british uk london")
	add("fr", "Frankreich", "France", "frankreich französisch france french paris")
	add("il", "Israel", "Israel", "israel israelisch israeli")
	add("ps", "Palästina", "Palestine", "palästina palästinensisch palestinian gaza")
	add("ir", "Iran", "Iran", "iran iranisch iranian")
	add("sy", "Syrien", "Syria", "syrien syrisch syria syrian")
	add("tr", "Türkei", "Turkey", "türkei türkisch turkey turkish")
	add("pl", "Polen", "Poland", "polen polnisch poland polish")
	add("by", "Belarus", "Belarus", "belarus belarussisch weißrussland belarusian")
	add("it", "Italien", "Italy", "italien italienisch italy italian")
	add("es", "Spanien", "Spain", "spanien spanisch spain spanish")
	add("in", "Indien", "India", "indien indisch india indian")
	add("pk", "Pakistan", "Pakistan", "pakistan pakistanisch pakistani")
	add("af", "Afghanistan", "Afghanistan", "afghanistan afghanisch afghan")
	add("iq", "Irak", "Iraq", "irak irakisch iraq iraqi")
	add("lb", "Libanon", "Lebanon", "libanon libanesisch lebanon lebanese")
	add("ye", "Jemen", "Yemen", "jemen jemenitisch yemen yemeni")
	add("sa", "Saudi-Arabien", "Saudi Arabia", "saudi-arabien saudisch saudi")
	add("eg", "Ägypten", "Egypt", "ägypten ägyptisch egypt egyptian")
	add("sd", "Sudan", "Sudan", "sudan sudanesisch sudanese")
	add("nl", "Niederlande", "Netherlands", "niederlande niederländisch netherlands dutch")
	add("at", "Österreich", "Austria", "österreich österreichisch austria austrian")
	add("ch", "Schweiz", "Switzerland", "schweiz schweizerisch switzerland swiss")
	add("ca", "Kanada", "Canada", "kanada kanadisch canada canadian")
	add("mx", "Mexiko", "Mexico", "mexiko mexikanisch mexico mexican")
	add("br", "Brasilien", "Brazil", "brasilien brasilianisch brazil brazilian")
	add("au", "Australien", "Australia", "australien australisch australia australian")
	add("tw", "Taiwan", "Taiwan", "taiwan taiwanisch taiwanese")
	add("vn", "Vietnam", "Vietnam", "vietnam vietnamesisch vietnamese")
	add("ge", "Georgien", "Georgia", "georgien georgisch georgia georgian")
	add("hu", "Ungarn", "Hungary", "ungarn ungarisch hungary hungarian")
	add("cz", "Tschechien", "Czechia", "tschechien tschechisch czech")
	add("ro", "Rumänien", "Romania", "rumänien rumänisch romania romanian")
	add("gr", "Griechenland", "Greece", "griechenland griechisch greece greek")
	add("se", "Schweden", "Sweden", "schweden schwedisch sweden swedish")
	add("fi", "Finnland", "Finland", "finnland finnisch finland finnish")
	add("no", "Norwegen", "Norway", "norwegen norwegisch norway norwegian")
	add("dk", "Dänemark", "Denmark", "dänemark dänisch denmark danish")
	add("ve", "Venezuela", "Venezuela", "venezuela venezolanisch venezuelan")
	add("cu", "Kuba", "Cuba", "kuba kubanisch cuba cuban")
	add("ku", "Kurden", "Kurds", "kurdisch kurdish kurden kurds")
}

// nationalities are each actor's German adjective stem ("nordkoreanisch",
// set from the list above) and English adjective ("North Korean").
var nationalities = map[string][2]string{}

func init() {
	for _, line := range strings.Split(`kp North Korean|kr South Korean|ru Russian|ua Ukrainian|us U.S.|de German|cn Chinese|
		jp Japanese|gb British|fr French|il Israeli|ps Palestinian|ir Iranian|sy Syrian|tr Turkish|pl Polish|by Belarusian|
		it Italian|es Spanish|in Indian|pk Pakistani|af Afghan|iq Iraqi|lb Lebanese|ye Yemeni|sa Saudi|eg Egyptian|
		sd Sudanese|nl Dutch|at Austrian|ch Swiss|ca Canadian|mx Mexican|br Brazilian|au Australian|tw Taiwanese|
		vn Vietnamese|ge Georgian|hu Hungarian|cz Czech|ro Romanian|gr Greek|se Swedish|fi Finnish|no Norwegian|
		dk Danish|ve Venezuelan|cu Cuban|ku Kurdish`, "|") {
		code, adj, _ := strings.Cut(strings.TrimSpace(line), " ")
		n := nationalities[code]
		nationalities[code] = [2]string{n[0], adj}
	}
}

// actorOf returns the country code a word names ("nordkoreanische",
// "Russian", "Nordkoreas"), or "".
func actorOf(low string) string {
	if c, ok := countries[low]; ok {
		return c
	}
	// Inflected German adjectives: nordkoreanische, -en, -er, -es, -em.
	for _, suf := range []string{"en", "er", "es", "em", "e", "s"} {
		if strings.HasSuffix(low, suf) {
			if c, ok := countries[strings.TrimSuffix(low, suf)]; ok {
				return c
			}
		}
	}
	return ""
}

// sourceHeads are nouns whose phrase names a source of figures
// (matched as a suffix of a lower-case word: "verteidigungsministerium").
var sourceHeads = []string{
	"geheimdienst", "geheimdienstes", "geheimdienste", "nachrichtendienst", "ministerium", "ministeriums",
	"regierung", "behörde", "behörden", "militär", "militärs", "armee", "generalstab", "institut", "instituts",
	"zentralbank", "agentur", "polizei", "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin",
	"kommando", "amt", "amtes", "verwaltung", "experten", "analysten", "beobachter", "organisation", "stiftung",
	"pentagon", "kreml", "weißes haus", "intelligence", "ministry", "government", "officials", "official",
	"agency", "military", "army", "institute", "police", "spokesman", "spokeswoman", "spokesperson",
	"department", "office", "kremlin", "analysts", "experts", "observers", "monitor", "organisation", "organization",
	"bank", "staff", "command", "authorities", "council", "rat", "uno", "nato", "un",
	"organizers", "organisers", "veranstalter", "gewerkschaft", "union", "verband", "association", "feuerwehr",
	"fire service", "landratsamt", "rathaus", "senat", "spokesmen", "district", "county", "municipality",
	"administration", "authority", "board", "operator", "company", "network", "landkreis", "kreisverwaltung",
	"stadtverwaltung", "landesamt", "bundesamt", "konzern", "unternehmen", "reederei", "betreiber", "landrat",
	"landrätin", "bürgermeister", "bürgermeisterin", "mayor", "governor", "gouverneur", "chief", "leiter",
	"leiterin", "direktor", "direktorin", "director", "chairman", "chairwoman", "vorsitzende", "vorsitzender",
	"officer", "officers", "prosecutor", "prosecutors", "staatsanwaltschaft", "committee", "ausschuss",
	"kommission", "commission", "court", "gericht", "pollster", "pollsters", "meinungsforscher", "researchers",
	"forscher", "insurer", "insurers", "versicherer", "coastguard", "küstenwache", "rescuers",
	"party", "partei", "group", "groups", "gruppe", "gruppen", "organisationen", "hilfswerk", "hilfswerke",
}

// reportNouns name the report, not who made it: "Schätzungen zufolge",
// "nach Angaben des ...", "according to estimates by ...".
var reportNouns = lang.Words(`schätzungen schätzung angaben berichten berichte bericht informationen daten zahlen
	erkenntnissen erkenntnisse meldung meldungen hochrechnung hochrechnungen prognose prognosen umfrage umfragen
	zählung zählungen auszählung bilanz rechnung berechnungen berechnung statistik statistiken ergebnis ergebnisse
	estimates estimate figures figure data reports report information statistics projection projections poll polls count
	tally survey surveys results result calculations`)

// speechVerbs introduce who says so, before or after the source:
// "sagte X", "X said", "meldet Südkorea".
var speechVerbs = lang.SpeechVerbs

// determiners are dropped from the front of a source phrase.
var determiners = lang.Articles

// designators precede numbers that name rather than count: "Artikel 5",
// "Leopard 2", "Flug 17". Lower case.
var designators = lang.Words(`artikel article paragraf paragraph absatz kapitel chapter resolution nummer number nr no
	seite page stufe level phase runde round teil part band volume flug flight linie line route gleis platz rang
	zimmer room halle tor gate terminal block sektor sector zone staffel season episode folge version windows iphone
	formel leopard patriot challenger abrams iskander kinschal kinzhal boeing airbus tu su mig typ type modell model
	kalibr pz t block mark mk gruppe group tranche paket package jahrgang class klasse constituency district ward
	precinct station gate pier berth kai liegeplatz stimmbezirk issue ausgabe heft az aktenzeichen`)

// months in German and English, lower case; a number next to one is a date.
var months = lang.Months

// yearContext words before a four-digit number make it a year.
var yearContext = lang.Words(`im jahr jahre jahres seit bis ab von vom in anfang ende mitte frühjahr sommer herbst winter
	year since until till by from early late mid spring summer autumn fall winter before after nach vor um`)

// timeWords after a number make it a time of day.
var timeWords = lang.Words(`uhr h a.m p.m a.m. p.m. am pm gmt utc mez mesz`)

// stopWords end a counted-noun phrase in English.
var enStopWords = lang.Words(`the a an and or but of to in into on at from for with by as is are was were be been has have had
	that which who whom this these those it its their his her they them there here than then also not no were will would could
	should may might can did do does so such while when where after before since until over under about around per each
	according said says reported including came went fled died left fought took made got saw stood fell remain remains
	remained live lives arrive arrives arrived come comes go goes among amid across through during near inside outside
	toward towards via within without despite last next now already still again ago overnight today tonight yesterday
	tomorrow`)

// stem reduces a lower-case word to a key shared by its inflections
// ("Soldaten" -> "soldat", "troops" -> "troop", "Containern" -> "container").
func stem(w string) string {
	w = strings.ToLower(w)
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"en", "n", "e", "s"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}
