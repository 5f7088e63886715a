package entities

import "strings"

// Built-in knowledge the detector may rely on: general word lists of German
// and English (titles, cues, function words) and a small gazetteer of
// countries, capitals and well-known organisations with their German and
// English names. Nothing here is taken from any particular article.

// gazEntry is one well-known place or organisation; names[0] is canonical.
type gazEntry struct {
	typ   Type
	names []string
}

// lists reports whether e lists name exactly as written: the uninflected
// form, which makes the better display name.
// listsFold reports a name of the entry that is name but for case or a
// genitive -s ("Russlands").
func (e *gazEntry) listsFold(name string) bool {
	base := strings.TrimSuffix(name, "s")
	for _, n := range e.names {
		if strings.EqualFold(n, name) || strings.EqualFold(n, base) {
			return true
		}
	}
	return false
}

func (e *gazEntry) lists(name string) bool {
	for _, n := range e.names {
		if n == name {
			return true
		}
	}
	return false
}

// gazetteer lines: "type|Name|Variant|...". German and English exonyms of one
// place are one entry, so "Moskau" and "Moscow" link.
const gazetteerData = `
place|Deutschland|Germany|Bundesrepublik
place|Österreich|Austria
place|Schweiz|Switzerland
place|Frankreich|France
place|Italien|Italy
place|Spanien|Spain
place|Portugal
place|Großbritannien|Great Britain|Britain|Vereinigtes Königreich|United Kingdom|UK
place|Irland|Ireland
place|Niederlande|Netherlands|Holland
place|Belgien|Belgium
place|Luxemburg|Luxembourg
place|Dänemark|Denmark
place|Norwegen|Norway
place|Schweden|Sweden
place|Finnland|Finland
place|Polen|Poland
place|Tschechien|Czechia|Czech Republic
place|Slowakei|Slovakia
place|Ungarn|Hungary
place|Rumänien|Romania
place|Bulgarien|Bulgaria
place|Griechenland|Greece
place|Türkei|Turkey|Türkiye
place|Serbien|Serbia
place|Kroatien|Croatia
place|Estland|Estonia
place|Lettland|Latvia
place|Litauen|Lithuania
place|Moldau|Moldova|Moldawien
place|Georgien|Georgia
place|Armenien|Armenia
place|Aserbaidschan|Azerbaijan
place|Kasachstan|Kazakhstan
place|Usbekistan|Uzbekistan
place|Ukraine
place|Belarus|Weißrussland|Belarussland
place|Russland|Russia|Russische Föderation|Russian Federation
place|Sowjetunion|Soviet Union|UdSSR|USSR
place|USA|US|Vereinigte Staaten|United States|Amerika|America
place|Kanada|Canada
place|Mexiko|Mexico
place|Brasilien|Brazil
place|Argentinien|Argentina
place|Chile
place|Kuba|Cuba
place|Venezuela
place|China|Volksrepublik China|People's Republic of China
place|Taiwan
place|Japan
place|Nordkorea|North Korea|Demokratische Volksrepublik Korea|DPRK
place|Südkorea|South Korea|Republik Korea
place|Korea
place|Mongolei|Mongolia
place|Indien|India
place|Pakistan
place|Afghanistan
place|Iran
place|Irak|Iraq
place|Syrien|Syria
place|Israel
place|Palästina|Palestine|Gaza|Gazastreifen|Gaza Strip|Westjordanland|West Bank
place|Libanon|Lebanon
place|Jordanien|Jordan
place|Saudi-Arabien|Saudi Arabia
place|Jemen|Yemen
place|Katar|Qatar
place|Vereinigte Arabische Emirate|United Arab Emirates|UAE
place|Ägypten|Egypt
place|Libyen|Libya
place|Tunesien|Tunisia
place|Algerien|Algeria
place|Marokko|Morocco
place|Nigeria
place|Äthiopien|Ethiopia
place|Kenia|Kenya
place|Südafrika|South Africa
place|Vietnam
place|Thailand
place|Indonesien|Indonesia
place|Philippinen|Philippines
place|Australien|Australia
place|Neuseeland|New Zealand
place|Europa|Europe
place|Asien|Asia
place|Afrika|Africa
place|Nordamerika|North America
place|Südamerika|South America
place|Ostasien|East Asia
place|Nahost|Naher Osten|Nahen Osten|Middle East
place|Sibirien|Siberia
place|Krim|Crimea
place|Donbass|Donbas
place|Pazifik|Pacific
place|Atlantik|Atlantic
place|Baden-Württemberg
place|Bayern|Bavaria
place|Brandenburg
place|Bremen
place|Hessen|Hesse
place|Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania
place|Niedersachsen|Lower Saxony
place|Nordrhein-Westfalen|North Rhine-Westphalia|NRW
place|Rheinland-Pfalz|Rhineland-Palatinate
place|Saarland
place|Sachsen|Saxony|Freistaat Sachsen
place|Sachsen-Anhalt|Saxony-Anhalt
place|Schleswig-Holstein
place|Thüringen|Thuringia
place|Tirol|Tyrol
place|Südtirol|South Tyrol
place|Elsass|Alsace
place|Elbe
place|Rhein|Rhine
place|Donau|Danube
place|Weser
place|Mosel|Moselle
place|Spree
place|Neckar
place|Havel
place|Saale
place|Themse|Thames
place|Loire
place|Rhône|Rhone
place|Weichsel|Vistula
place|Dnipro|Dnjepr|Dnieper
place|Wolga|Volga
place|Bodensee|Lake Constance
place|Ostsee|Baltic Sea
place|Nordsee|North Sea
place|Mittelmeer|Mediterranean
place|Schwarzes Meer|Black Sea
place|Alpen|Alps
place|Erzgebirge|Ore Mountains
place|Schwarzwald|Black Forest
place|Dresden
place|Leipzig
place|Stuttgart
place|Düsseldorf|Dusseldorf
place|Hannover|Hanover
place|Nürnberg|Nuremberg
place|Dortmund
place|Magdeburg
place|Potsdam
place|Erfurt
place|Mainz
place|Kiel
place|Schwerin
place|Wiesbaden
place|Saarbrücken
place|Bonn
place|Karlsruhe
place|Mannheim
place|Salzburg
place|Graz
place|Innsbruck
place|Basel
place|Lausanne
place|Mailand|Milan
place|Neapel|Naples
place|Venedig|Venice
place|Barcelona
place|Marseille
place|Lyon
place|Brest
place|Danzig|Gdansk|Gdańsk
place|Krakau|Krakow|Kraków
place|Breslau|Wroclaw|Wrocław
place|Lemberg|Lwiw|Lviv
place|Saporischschja|Zaporizhzhia|Saporischja|Zaporizhia
place|Cherson|Kherson
place|Mariupol
place|Thessaloniki|Saloniki
place|Kreta|Crete
place|Zypern|Cyprus
place|Attika|Attica
place|Bosporus|Bosphorus
place|Kaliningrad|Königsberg
place|Berlin
place|Wien|Vienna
place|Bern
place|Paris
place|London
place|Rom|Rome
place|Madrid
place|Lissabon|Lisbon
place|Brüssel|Brussels
place|Amsterdam
place|Den Haag|The Hague
place|Kopenhagen|Copenhagen
place|Oslo
place|Stockholm
place|Helsinki
place|Warschau|Warsaw
place|Prag|Prague
place|Budapest
place|Bukarest|Bucharest
place|Athen|Athens
place|Ankara
place|Istanbul
place|Kiew|Kyjiw|Kyiv|Kiev
place|Charkiw|Kharkiv|Charkow|Kharkov
place|Odessa|Odesa
place|Minsk
place|Moskau|Moscow
place|Sankt Petersburg|St. Petersburg|Saint Petersburg
place|Washington
place|New York
place|Ottawa
place|Peking|Beijing
place|Schanghai|Shanghai
place|Hongkong|Hong Kong
place|Taipeh|Taipei
place|Tokio|Tokyo
place|Seoul
place|Pjöngjang|Pyongyang
place|Neu-Delhi|New Delhi|Delhi
place|Islamabad
place|Kabul
place|Teheran|Tehran
place|Bagdad|Baghdad
place|Damaskus|Damascus
place|Jerusalem
place|Tel Aviv
place|Beirut
place|Riad|Riyadh
place|Kairo|Cairo
place|Canberra
place|Hamburg
place|München|Munich
place|Köln|Cologne
place|Frankfurt
place|Genf|Geneva
place|Zürich|Zurich
org|UN|UNO|Vereinte Nationen|Vereinten Nationen|United Nations
org|UN-Sicherheitsrat|Sicherheitsrat|UN Security Council|Security Council
org|NATO|Nato|North Atlantic Treaty Organization
org|EU|Europäische Union|Europäischen Union|European Union
org|EU-Kommission|Europäische Kommission|European Commission
org|G7
org|G20
org|OSZE|OSCE
org|IAEA|IAEO
org|WHO|Weltgesundheitsorganisation|World Health Organization
org|IWF|IMF|Internationaler Währungsfonds|International Monetary Fund
org|Weltbank|World Bank
org|OPEC
org|Kreml|Kremlin
org|Weißes Haus|Weiße Haus|Weißen Haus|White House
org|Pentagon
org|CIA
org|FBI
org|NSA
org|KGB
org|FSB
org|BND
org|Bundestag
org|Bundesrat
org|Bundeswehr|German armed forces
org|Bundesverfassungsgericht|Federal Constitutional Court
org|Bundeskanzleramt|Kanzleramt|Chancellery
org|Auswärtiges Amt|Auswärtigen Amt|Federal Foreign Office
org|Bundespolizei|Federal Police
org|Bundeskriminalamt|BKA
org|Bundesamt für Verfassungsschutz|Verfassungsschutz
org|Bundesbank
org|Europäische Zentralbank|European Central Bank|EZB|ECB
org|Europäisches Parlament|European Parliament|EU-Parlament
org|Deutsche Bahn|DB|German rail operator
org|DB Cargo
org|Lufthansa
org|Technisches Hilfswerk|THW|Federal Agency for Technical Relief
org|Deutscher Wetterdienst|DWD|German Weather Service
org|Robert Koch-Institut|Robert-Koch-Institut|RKI|Robert Koch Institute
org|Institut der deutschen Wirtschaft|IW|German Economic Institute
org|Kieler Institut für Weltwirtschaft|Kiel Institute for the World Economy|Kiel Institute|Institut für Weltwirtschaft|IfW
org|Deutsches Institut für Wirtschaftsforschung|DIW
org|Ifo-Institut|ifo Institut|Ifo Institute
org|Deutscher Gewerkschaftsbund|DGB
org|Gewerkschaft Deutscher Lokomotivführer|GDL
org|Verdi|ver.di
org|IG Metall
org|SPD
org|CDU
org|CSU
org|FDP
org|AfD
org|BSW
org|ARD
org|ZDF
org|MDR
org|NDR
org|WDR
org|Rotes Kreuz|Red Cross|DRK|IKRK|ICRC
org|Amnesty International
org|Verkhovna Rada|Werchowna Rada
org|Europarat|Council of Europe
org|Rat der EU|Council of the EU|EU-Rat
org|Europäischer Rat|European Council
org|Bundesregierung
org|Duma|Staatsduma|State Duma
org|Hamas
org|Hisbollah|Hezbollah
org|Taliban
org|Reuters
org|AFP
org|AP|Associated Press
org|dpa
org|BBC
org|CNN
org|Kyodo
org|Yonhap
org|KCNA|KCNA
`

// gazNames maps the translit key of every name to its entry, gazAcronyms
// every acronym as written: "UN", not "Un", and not "UNN", which the
// translit key would fold into "UN".
var gazNames, gazAcronyms = func() (map[string]*gazEntry, map[string]*gazEntry) {
	names, acr := map[string]*gazEntry{}, map[string]*gazEntry{}
	for _, line := range strings.Split(gazetteerData, "\n") {
		fields := strings.Split(strings.TrimSpace(line), "|")
		if len(fields) < 2 {
			continue
		}
		e := &gazEntry{typ: Type(fields[0]), names: fields[1:]}
		for _, n := range e.names {
			if isAcronym(n) {
				acr[n] = e
			} else {
				names[gazKey(n)] = e
			}
		}
	}
	return names, acr
}()

// gazFirstWords holds the first word (translit key) of every gazetteer name
// of two words or more, so that most words need no multi-word lookup.
var gazFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, table := range []map[string]*gazEntry{gazNames, gazAcronyms} {
		for k := range table {
			if first, _, ok := strings.Cut(k, " "); ok { // already stemmed
				m[first] = true
			}
		}
	}
	return m
}()

// gazKey is the key of a gazetteer name. In names of several words the
// inflection ending of every word but the last is dropped, so that German
// adjectives meet in all their cases: "Deutsche Bahn", "der Deutschen
// Bahn", "mit Technischem Hilfswerk".
func gazKey(name string) string {
	k := translitKey(name)
	if !strings.Contains(k, " ") {
		return k
	}
	words := strings.Split(k, " ")
	for i := range words[:len(words)-1] {
		words[i] = adjStem(words[i])
	}
	return strings.Join(words, " ")
}

// adjStem drops a German adjective ending from a folded word of five
// letters or more.
func adjStem(w string) string {
	if len(w) < 5 {
		return w
	}
	for _, end := range []string{"en", "em", "er", "es", "e"} {
		if b, ok := strings.CutSuffix(w, end); ok {
			return b
		}
	}
	return w
}

// gazExact finds a well-known name exactly as written.
func gazExact(text string) *gazEntry {
	if isAcronym(text) {
		if e := gazAcronyms[text]; e != nil {
			return e
		}
	}
	return gazNames[gazKey(text)]
}

// gazLookup finds a well-known name as written, or in the German genitive
// ("Russlands", "Nordkoreas", "des Deutschen Wetterdienstes").
func gazLookup(text string) *gazEntry {
	if e := gazExact(text); e != nil {
		return e
	}
	for _, end := range []string{"s", "es"} {
		if base, ok := strings.CutSuffix(text, end); ok && len(base) > 2 && base[len(base)-1] != ' ' {
			if e := gazNames[gazKey(base)]; e != nil {
				return e
			}
		}
	}
	// the dative of a plural name: "in den Niederlanden"
	if base, ok := strings.CutSuffix(text, "en"); ok && len(base) > 2 {
		if e := gazNames[gazKey(base+"e")]; e != nil {
			return e
		}
	}
	return nil
}

// gazMaxWords is the longest gazetteer name in words.
var gazMaxWords = func() int {
	n := 1
	for k := range gazNames {
		n = max(n, strings.Count(k, " ")+1)
	}
	return n
}()
