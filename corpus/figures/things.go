package figures

import (
	"strings"
	"sync"
)

// The thing a count counts, as one family across German and English
// ("Soldaten", "Truppen", "troops" are soldiers; "Fernzüge" and "services"
// are trains). Some nouns also say what happened to what they count: "Tote"
// are people killed, "Evakuierte" people evacuated, "Streikende" workers on
// strike. The families are general news vocabulary, not any article's.

// thingInfo is what a counted noun says.
type thingInfo struct {
	thing   string
	measure Measure // implied by the noun itself, or ""
}

// thingWords maps lower-case nouns (German and English, inflected forms
// through stem) to their family. German compounds match by their last
// part ("Rettungskräfte", "Regionalzüge").
var thingWords = map[string]thingInfo{}

// animate families can be killed, wounded, evacuated or go on strike.
var animate = map[string]bool{}

// thingNames are how labels write each family, in German and English.
var thingNames = map[string][2]string{
	"people": {"Menschen", "people"}, "civilians": {"Zivilisten", "civilians"}, "soldiers": {"Soldaten", "soldiers"}, "workers": {"Beschäftigte", "workers"},
	"members": {"Mitglieder", "members"}, "responders": {"Einsatzkräfte", "emergency workers"},
	"police": {"Polizisten", "police officers"}, "passengers": {"Fahrgäste", "passengers"},
	"counter-protesters": {"Gegendemonstranten", "counter-protesters"},
	"crew":               {"Besatzungsmitglieder", "crew members"}, "children": {"Kinder", "children"},
	"households": {"Haushalte", "households"}, "voters": {"Wähler", "voters"}, "votes": {"Stimmen", "votes"},
	"seats": {"Sitze", "seats"}, "homes": {"Gebäude", "buildings"}, "shelters": {"Notunterkünfte", "shelters"},
	"trains": {"Züge", "trains"}, "freight trains": {"Güterzüge", "freight trains"}, "flights": {"Flüge", "flights"},
	"ships": {"Schiffe", "ships"}, "containers": {"Container", "containers"}, "vehicles": {"Fahrzeuge", "vehicles"},
	"aircraft": {"Flugzeuge", "aircraft"}, "tanks": {"Panzer", "tanks"}, "drones": {"Drohnen", "drones"},
	"missiles": {"Raketen", "missiles"}, "shells": {"Granaten", "shells"}, "jobs": {"Stellen", "jobs"},
	"companies": {"Unternehmen", "companies"}, "schools": {"Schulen", "schools"}, "animals": {"Tiere", "animals"},
	"sandbags": {"Sandsäcke", "sandbags"}, "strikes": {"Streiks", "strikes"}, "rounds": {"Runden", "rounds"},
	"buses": {"Busse", "buses"}, "rebels": {"Rebellen", "rebels"}, "aftershocks": {"Nachbeben", "aftershocks"},
	"tents": {"Zelte", "tents"}, "beds": {"Betten", "beds"}, "dogs": {"Hunde", "dogs"}, "meals": {"Mahlzeiten", "meals"},
	"blankets": {"Decken", "blankets"}, "patients": {"Patienten", "patients"}, "doctors": {"Ärzte", "doctors"},
	"hospitals": {"Krankenhäuser", "hospitals"}, "villages": {"Dörfer", "villages"}, "towns": {"Orte", "towns"},
	"countries": {"Länder", "countries"}, "camps": {"Lager", "camps"}, "bridges": {"Brücken", "bridges"},
	"roads": {"Straßen", "roads"}, "polling stations": {"Wahllokale", "polling stations"},
	"constituencies": {"Wahlkreise", "constituencies"}, "weapons": {"Waffen", "weapons"}, "mines": {"Minen", "mines"},
	"students": {"Schüler", "students"}, "teachers": {"Lehrkräfte", "teachers"}, "volunteers": {"Freiwillige", "volunteers"},
	"tourists": {"Touristen", "tourists"}, "signatures": {"Unterschriften", "signatures"},
	"complaints": {"Beschwerden", "complaints"},
}

func init() {
	add := func(thing string, m Measure, alive bool, list string) {
		for _, w := range strings.Fields(list) {
			thingWords[stem(w)] = thingInfo{thing, m}
		}
		if alive {
			animate[thing] = true
		}
	}
	add("people", "", true, `mensch menschen person personen leute einwohner einwohnerinnen bewohner bewohnerinnen bürger
		bürgerinnen people persons residents inhabitants individuals citizens villagers`)
	add("civilians", "", true, `zivilisten zivilistinnen zivilpersonen civilians non-combatants noncombatants`)
	add("people", Killed, true, `tote toten todesopfer getötete getöteten dead deaths fatalities`)
	add("people", Wounded, true, `verletzte verletzten verwundete verwundeten schwerverletzte injured wounded injuries`)
	add("people", Missing, true, `vermisste vermissten missing`)
	add("people", Evacuated, true, `evakuierte evakuierten flüchtlinge geflüchtete geflüchteten vertriebene vertriebenen
		binnenvertriebene obdachlose evacuees refugees displaced homeless`)
	add("people", Captured, true, `gefangene gefangenen kriegsgefangene kriegsgefangenen häftlinge geiseln festgenommene
		prisoners captives hostages detainees pows`)
	add("people", Casualties, true, `opfer verluste verlusten casualties losses victims`)
	add("people", Participating, true, `teilnehmer teilnehmern teilnehmende teilnehmenden demonstranten demonstrierende
		demonstrierenden protestierende participants protesters protestors demonstrators marchers`)
	add("people", Rescued, true, `gerettete geretteten überlebende überlebenden survivors`)
	add("soldiers", "", true, `soldat soldaten soldatinnen truppen truppe männer mann kämpfer kämpferinnen spezialkräfte
		streitkräfte militärs soldiers soldier troops troop men fighters forces servicemen personnel militants
		kombattanten söldner mercenaries rekruten recruits marines infanteristen`)
	add("rebels", "", true, `rebellen rebels aufständische aufständischen insurgents guerrillas guerillas milizionäre
		milizen militiamen militias separatisten separatists rebellenkämpfer`)
	add("workers", "", true, `beschäftigte beschäftigten arbeitnehmer arbeitnehmern arbeitnehmerinnen mitarbeiter
		mitarbeitern mitarbeitende angestellte angestellten arbeiter arbeiterinnen lokführer lokführern lokführerinnen
		zugbegleiter zugbegleiterinnen fahrer workers employees staff drivers conductors dockers hafenarbeiter`)
	add("workers", Participating, true, `streikende streikenden strikers`)
	add("members", "", true, `mitglieder mitgliedern members membership mitgliederzahl`)
	add("responders", "", true, `einsatzkräfte einsatzkräften helfer helfern helferinnen rettungskräfte rettungskräften
		feuerwehrleute feuerwehrleuten feuerwehrmänner feuerwehrkräfte retter rettungsteams firefighters firefighter
		rescuers responders`)
	add("police", "", true, `polizisten polizistinnen polizeikräfte polizeibeamte polizeibeamten police-officers`)
	add("counter-protesters", Participating, true, `gegendemonstranten gegendemonstrantinnen counter-protesters
		counterprotesters counter-demonstrators`)
	add("passengers", "", true, `fahrgäste fahrgästen passagiere passagieren reisende reisenden pendler pendlern
		passengers travellers travelers commuters`)
	add("crew", "", true, `besatzungsmitglieder seeleute matrosen crew crewmembers sailors seafarers`)
	add("children", "", true, `kinder kindern children kids`)
	add("households", "", false, `haushalte haushalten familien households families`)
	add("voters", "", true, `wähler wählern wählerinnen wahlberechtigte wahlberechtigten voters electorate`)
	add("votes", "", false, `stimmen wählerstimmen votes ballots`)
	add("seats", "", false, `sitze sitzen mandate mandaten seats`)
	add("homes", "", false, `häuser häusern gebäude gebäuden wohnungen wohngebäude wohnhäuser homes houses buildings
		dwellings apartments flats`)
	add("shelters", "", false, `notunterkünfte notunterkünften unterkünfte shelters`)
	add("trains", "", false, `züge zügen zugverbindungen verbindungen zugfahrten fahrten trains services
		connections departures`)
	add("freight trains", "", false, `güterzüge güterzügen`)
	add("flights", "", false, `flüge flügen flights`)
	add("ships", "", false, `schiffe schiffen frachter boote booten ships vessels boats freighters`)
	add("containers", "", false, `container containern containers boxes`)
	add("vehicles", "", false, `fahrzeuge fahrzeugen autos lastwagen lkw vehicles cars trucks lorries`)
	add("aircraft", "", false, `flugzeuge flugzeugen kampfjets jets aircraft planes löschflugzeuge löschflugzeugen
		helicopters hubschrauber helikopter`)
	add("tanks", "", false, `panzer kampfpanzer tanks`)
	add("drones", "", false, `drohnen drones`)
	add("missiles", "", false, `raketen marschflugkörper missiles rockets`)
	add("shells", "", false, `granaten artilleriegranaten geschosse shells`)
	add("strikes", "", false, `streiks warnstreiks ausstände walkouts strikes stoppages`)
	add("rounds", "", false, `runden verhandlungsrunden gesprächsrunden rounds`)
	add("buses", "", false, `busse bussen ersatzbusse linienbusse buses coaches`)
	// General news vocabulary of things that are counted, German and English.
	add("aftershocks", "", false, `nachbeben aftershocks tremors`)
	add("tents", "", false, `zelte zelten winterzelte tents`)
	add("beds", "", false, `betten beds`)
	add("dogs", "", false, `hunde hunden suchhunde suchhunden spürhunde dogs sniffer-dogs`)
	add("meals", "", false, `mahlzeiten essen meals rations`)
	add("blankets", "", false, `decken wolldecken blankets`)
	add("patients", "", true, `patienten patientinnen patients`)
	add("doctors", "", true, `ärzte ärztinnen doctors physicians medics sanitäter paramedics`)
	add("hospitals", "", false, `krankenhäuser kliniken hospitals clinics`)
	add("villages", "", false, `dörfer dörfern ortschaften villages settlements`)
	add("towns", "", false, `städte städten gemeinden orte towns cities municipalities communities`)
	add("countries", "", false, `länder ländern staaten staates countries nations states`)
	add("camps", "", false, `lager camps`)
	add("bridges", "", false, `brücken bridges`)
	add("roads", "", false, `straßen roads streets`)
	add("polling stations", "", false, `wahllokale wahllokalen polling-stations`)
	add("constituencies", "", false, `wahlkreise wahlkreisen wahlbezirke wahlbezirken bezirke districts constituencies precincts`)
	add("weapons", "", false, `waffen gewehre weapons rifles guns`)
	add("mines", "", false, `minen landminen mines landmines`)
	add("students", "", true, `schüler schülerinnen studenten studierende students pupils`)
	add("teachers", "", true, `lehrer lehrerinnen lehrkräfte teachers`)
	add("volunteers", "", true, `freiwillige freiwilligen ehrenamtliche volunteers`)
	add("tourists", "", true, `touristen urlauber tourists holidaymakers visitors`)
	add("signatures", "", false, `unterschriften signatures`)
	add("complaints", "", false, `beschwerden anzeigen complaints`)
	add("jobs", "", false, `stellen arbeitsplätze arbeitsplätzen jobs positions`)
	add("companies", "", false, `firmen unternehmen betriebe betrieben companies firms businesses`)
	add("schools", "", false, `schulen schulgebäude schulgebäuden schulhäuser schools school-buildings`)
	add("animals", "", false, `tiere tieren rinder schafe animals cattle livestock sheep`)
	add("sandbags", "", false, `sandsäcke sandsäcken säcke säcken sandbags sacks bags`)
}

// isCountedNoun reports a noun that names a family of counted things.
func isCountedNoun(low string) bool {
	_, ok := familyOf(low)
	return ok
}

// thingModifiers change an English head's family: "emergency workers",
// "rescue workers", "goods trains".
var thingModifiers = map[string]map[string]string{
	"workers":  {"emergency": "responders", "rescue": "responders", "relief": "responders", "aid": "responders"},
	"trains":   {"goods": "freight trains", "freight": "freight trains", "cargo": "freight trains"},
	"soldiers": {"police": "police", "rebel": "rebels", "militia": "rebels", "guerrilla": "rebels", "insurgent": "rebels"},
}

// thingOf returns what a counted noun counts: its family (and what the noun
// implies happened), else its stem, which meets only the same word.
func thingOf(low, modifier string) thingInfo {
	if t, ok := familyOf(low); ok {
		if m := thingModifiers[t.thing][modifier]; m != "" {
			t.thing = m
		}
		return t
	}
	if en, ok := englishNoun(low); ok && en != low {
		if t, ok := familyOf(en); ok {
			return t // "Freiwillige": volunteers, a family
		}
		return thingInfo{thing: stem(en)} // "Anwohner": the residents English names
	}
	return thingInfo{thing: stem(low)}
}

// longestThingWord is the length in bytes of the longest family word;
// thingWords is filled in init, so it is measured on first use.
var longestThingWord = sync.OnceValue(func() int {
	n := 0
	for w := range thingWords {
		n = max(n, len(w))
	}
	return n
})

// familyOf looks a noun up whole, then by the longest known last part of
// a German compound ("Regionalzügen" -> "zügen", "Hochwassertote" ->
// "tote"); "Mann" is too short a part to tell ("Kaufmann").
func familyOf(low string) (thingInfo, bool) {
	if i := strings.LastIndexByte(low, '-'); i >= 0 && i+1 < len(low) {
		low = low[i+1:] // "Bundeswehr-Soldaten"
	}
	if t, ok := thingWords[stem(low)]; ok {
		return t, true
	}
	// Only tails as long as a family word may hold one: a long word costs
	// linear time, not one lookup per letter of its length.
	for i := max(1, len(low)-longestThingWord()-2); i < len(low)-3; i++ {
		if low[i]&0xc0 == 0x80 {
			continue // inside a UTF-8 sequence
		}
		part := low[i:]
		if t, ok := thingWords[stem(part)]; ok && len(part) >= 4 && part != "mann" && part != "männer" {
			return t, true
		}
	}
	return thingInfo{}, false
}
