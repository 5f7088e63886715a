// Package lang is quellen's one language layer: the German and English word
// lists that loading, figures and entities all need (months, weekdays,
// articles, prepositions, function words, speech verbs), and the folding of
// country names and their adjectives across the two languages. Every list
// is general vocabulary; none is taken from particular articles.
package lang

import "strings"

// Set is a set of lower-case words.
type Set map[string]bool

// Words makes a Set of the space-separated words in s.
func Words(s string) Set {
	m := Set{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Union is a new Set with the words of all sets.
func Union(sets ...Set) Set {
	m := Set{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// With is a new Set with s's words and those of more.
func (s Set) With(more string) Set { return Union(s, Words(more)) }

// monthNames lists, per month, its German and English names and usual
// abbreviations (without their period).
var monthNames = [12]string{
	"januar jänner january jan jän", "februar february feb febr", "märz march mär mrz mar",
	"april apr", "mai may", "juni june jun", "juli july jul", "august aug",
	"september sep sept", "oktober october okt oct", "november nov", "dezember december dez dec",
}

var monthNumbers = func() map[string]int {
	m := map[string]int{}
	for i, names := range monthNames {
		for _, n := range strings.Fields(names) {
			m[n] = i + 1
		}
	}
	return m
}()

// Month returns 1..12 for a lower-case month name or abbreviation, else 0.
func Month(w string) int { return monthNumbers[w] }

// MonthWords returns every month name and abbreviation.
func MonthWords() []string {
	out := make([]string, 0, len(monthNumbers))
	for w := range monthNumbers {
		out = append(out, w)
	}
	return out
}

var (
	// Months holds month names and abbreviations.
	Months = func() Set {
		s := Set{}
		for w := range monthNumbers {
			s[w] = true
		}
		return s
	}()
	// MonthNames holds the full month names only: "Jan" and "Mar" are also
	// given names.
	MonthNames = func() Set {
		s := Set{}
		for _, names := range monthNames {
			for _, w := range strings.Fields(names) {
				if len(w) > 4 || w == "mai" || w == "may" || w == "juni" || w == "june" || w == "juli" || w == "july" || w == "märz" {
					s[w] = true
				}
			}
		}
		return s
	}()
	// MonthAbbrevs are the short forms, written with a period ("Okt.").
	MonthAbbrevs = func() Set {
		s := Set{}
		for w := range Months {
			if !MonthNames[w] {
				s[w] = true
			}
		}
		return s
	}()
	// Weekdays holds the full weekday names.
	Weekdays = Words(`montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
		monday tuesday wednesday thursday friday saturday sunday`)
	// WeekdayAbbrevs are the short forms ("Mo", "Tue").
	WeekdayAbbrevs = Words(`mo di mi do fr sa so mon tue tues wed thu thur thurs fri sat sun`)
	// Holidays are capitalised calendar words that name no entity.
	Holidays = Words(`ostern weihnachten pfingsten silvester neujahr easter christmas`)
	// DayParts are the times of a day, capitalised in German: "nach
	// Mitternacht" names no place.
	DayParts = Words(`mitternacht mittag vormittag nachmittag abend morgen nacht midnight noon`)

	// Articles are the definite and indefinite articles.
	Articles = Words(`der die das den dem des ein eine einem einer eines einen the a an`)
	// Demonstratives and possessives stand where an article does.
	Demonstratives = Words(`dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden
		kein keine keiner keines keinem keinen welche welcher welches alle allen aller beide beiden
		this that these those every each no`)
	Possessives = Words(`mein meine sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser
		unsere unserer euer eure his her its their our my your`)
	// ContractedPrepositions hold an article: "im Norden", "zum Rathaus".
	ContractedPrepositions = Words(`im am vom zum zur beim ins ans`)
	// Prepositions of both languages.
	Prepositions = Words(`in im an am auf aus bei beim mit nach von vom vor zu zum zur über unter für gegen durch
		seit ohne um zwischen neben hinter of on at from with by for to into over under against between after before
		behind beside than like near via within without across through during among around toward towards`)
	// Conjunctions join words and clauses.
	Conjunctions = Words(`und oder aber doch denn sondern sowie während weil wenn als dass ob
		and or but so as if when while whereas because that`)
	// Pronouns are personal pronouns.
	Pronouns = Words(`er sie es man wir ich ihr he she they it we i you`)

	// FunctionWords are the words that cannot end a heading or a name and
	// carry no content of their own.
	FunctionWords = Union(Articles, Prepositions, Conjunctions)

	// SpeechVerbs introduce who says so: "sagte X", "X said".
	SpeechVerbs = Words(`sagte sagt sagten sagen erklärte erklärt erklärten betonte betont berichtete berichtet
		berichteten meldete meldet meldeten mitteilte mitteilt schätzt schätzte warnte warnt schrieb schreibt
		behauptete behauptet behaupten bestätigte bestätigt zitierte angab sprach spricht sprachen zählte zählten zählt
		meint meinte bezifferte beziffert bezifferten rechnet rechnete nennt nannte teilte teilten
		said says told reported reports estimated estimates estimate announced claimed claims stated
		confirmed wrote warned added puts put counted tallied recorded vermutet vermuten vermutete
		suspect suspects suspected believe believes believed admits admitted acknowledged acknowledges insists insisted`)

	// GermanMarkers and EnglishMarkers are frequent function words of one
	// language and rare in the other: counting them tells the language.
	GermanMarkers = Words(`der die das und ist nicht mit von zu den im auf für eine ein sich dem des auch sind wird
		wurde hat haben aber oder nach bei als wie noch`)
	EnglishMarkers = Words(`the and of to is in that for with was on as are by from it this be have has not but or
		which were an they their been its at`)
)
