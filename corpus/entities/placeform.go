package entities

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Places that no list knows are told by their form too: German place names
// end in a handful of old words for farm, ford, hill or brook ("Hohenfurt",
// "Grauweiler", "Kohlberg"), English names of landforms end in a head
// ("Tarsk Highlands", "Gulf of Vessk", "the Kessel valley"), and a
// country's official name holds its short one ("Republic of Varkonia").

// toponymEnds end German place names. A compound of words that ends in one
// and that the dictionary does not list ("Grauweiler": grau + Weiler) is a
// name, not a noun.
var toponymEnds = lang.Words(`weiler furt grund berg burg dorf heim hausen brunn bach feld stedt ried reuth
	roda rode hagen horst leben born beck büttel werder ingen tal thal au aue gau kirchen hofen stetten witz`)

// articleToponyms are the ends of names that take an article: hills,
// valleys, fields and regions ("am Kohlberg", "im Kesseltal", "im
// Lindachgau").
var articleToponyms = lang.Words(`berg grund tal thal gau feld`)

func endsIn(lower string, ends lang.Set) bool {
	for n := 2; n <= 8 && n+3 <= len(lower); n++ {
		if ends[lower[len(lower)-n:]] {
			return true
		}
	}
	return false
}

// toponymCompound: an unlisted compound that ends like a German place name.
func toponymCompound(t token) bool {
	return endsIn(t.lower, toponymEnds) && !lex().isNoun(t.text) && !lex().isWord(t.lower) && !strings.ContainsAny(t.text, "-‐‑")
}

// toponymCue: a single name toks[i] looks like a German place name and
// stands where one does: without an article, or with "am"/"im" before a
// name of a hill, valley or region.
func toponymCue(toks []token, i int) bool {
	t := toks[i]
	if !endsIn(t.lower, toponymEnds) {
		return false
	}
	if !afterArticle(toks, i) {
		return true
	}
	p := toks[i-1].lower
	return (p == "am" || p == "im") && endsIn(t.lower, articleToponyms)
}

// placeHeads end English names of landforms and waters: "Tarsk Highlands",
// "Vessk Bay", "Gulf of Vessk" (first, with "of").
var placeHeads = lang.Words(`highlands lowlands mountains hills heights valley lake bay gulf sea coast
	island islands peninsula plateau basin reservoir dam forest desert delta steppe strait canyon gorge`)

// openPlaceHeads open a name with "of": "Gulf of Vessk", "Bay of Biscay".
var openPlaceHeads = lang.Words(`gulf bay isle sea lake strait cape`)

// lowerPlaceHeads follow a name in lower case and make a place of it named
// after the name: "the Kessel valley", "the Ebertal reservoir". A river
// is the name itself ("the Lindach river"), so it only says "place".
var lowerPlaceHeads = lang.Words(`valley reservoir dam basin gorge canyon plateau highlands`)

// stateForms are the words of a country's official name: "Republic of
// Varkonia", "Republik Varkonien", "Kingdom of X" name the country X.
var stateForms = lang.Words(`republic republik kingdom königreich principality fürstentum emirate emirat
	sultanate sultanat grand duchy großherzogtum`)

// geoNounsDE follow a place adjective in German names of landscapes:
// "Tarsker Hochland", "Thüringer Wald", "Schwäbische Alb".
var geoNounsDE = lang.Words(`hochland bergland hügelland tiefland wald alb heide becken bucht see gebirge
	tal berge seenplatte meer moor senke ebene küste höhe höhen platte`)

// placeAdjective: a capitalised adjective of place before a German
// landscape noun: "Tarsker" (on -er, from a name), "Bayerischer".
func placeAdjective(t token) bool {
	l := t.lower
	if strings.HasSuffix(l, "er") && len(l) >= 5 {
		return true
	}
	for _, end := range []string{"ische", "ischer", "isches", "ischen"} {
		if strings.HasSuffix(l, end) {
			return true
		}
	}
	return false
}

// placeRun extends or types the name run toks[i:j] as a place by its form,
// returning the new end and whether it is a place.
func placeRun(s *scan, i, j int) (int, bool) {
	toks := s.toks
	last := toks[j-1].lower
	switch {
	case j-i > 1 && placeHeads[last]:
		return j, true // "Tarsk Highlands"
	case j-i == 1 && s.german && j < len(toks) && !toks[j].gapBreak && geoNounsDE[toks[j].lower] && placeAdjective(toks[i]):
		return j + 1, true // "Tarsker Hochland"
	case !s.german && j < len(toks) && !toks[j].cap && !toks[j].gapBreak && !toks[i].sentStart && lowerPlaceHeads[toks[j].lower]:
		return j + 1, true // "the Kessel valley"
	case !s.german && j-i == 1 && j < len(toks) && !toks[j].gapBreak && !toks[i].sentStart && riverWords[toks[j].lower]:
		return j, true // "the Lindach river"
	}
	return j, false
}

// ofPlace returns the end of "Gulf of Vessk", "Republic of Varkonia" from
// i, or i: a head of waters or a state form, "of", and a name.
func ofPlace(toks []token, cls []class, i int) int {
	t := toks[i]
	if !openPlaceHeads[t.lower] && !stateForms[t.lower] {
		return i
	}
	k := i + 2
	if k >= len(toks) || toks[i+1].lower != "of" || toks[i+1].gapBreak || toks[k].gapBreak || !toks[k].cap || cls[k] != cName && cls[k] != cWordCap {
		return i
	}
	return k + 1
}

// stateFormName returns the end of "Republik Varkonien" from i, or i.
func stateFormName(toks []token, cls []class, i int) int {
	k := i + 1
	if !stateForms[toks[i].lower] || k >= len(toks) || toks[k].gapBreak || !toks[k].cap || cls[k] != cName {
		return i
	}
	return k + 1
}

// facilityNouns open German names of works and landforms named after a
// place, which are places of their own: "Talsperre Ebertal" is not the
// village Ebertal.
var facilityNouns = lang.Words(`talsperre stausee staudamm nationalpark naturpark flughafen`)

// placeByForm returns the end of a place name whose form fixes its extent
// from i ("Gulf of Vessk", "Republik Varkonien", "Talsperre Ebertal"), and
// the index of its own name for a state form, or (i, -1).
func placeByForm(toks []token, cls []class, i int) (end, short int) {
	if l := toks[i].lower; !openPlaceHeads[l] && !stateForms[l] && !facilityNouns[l] {
		return i, -1
	}
	if j := ofPlace(toks, cls, i); j > i {
		if stateForms[toks[i].lower] {
			return j, j - 1
		}
		return j, -1
	}
	if j := stateFormName(toks, cls, i); j > i {
		return j, j - 1
	}
	k := i + 1
	if facilityNouns[toks[i].lower] && k < len(toks) && !toks[k].gapBreak && toks[k].cap && cls[k] == cName {
		return k + 1, -1
	}
	return i, -1
}

// basedWords follow a place in English compounds: "Berlin-based".
var basedWords = lang.Words(`based born bred headquartered`)

// placeNounHeads end German compounds that are place nouns:
// "Partnerstadt", "Nachbargemeinde", "Hafenstadt".
var placeNounHeads = []string{"stadt", "städte", "gemeinde", "dorf", "region", "provinz", "bezirk", "insel", "hafen"}

func placeNounCompound(lower string) bool {
	for _, h := range placeNounHeads {
		if p, ok := strings.CutSuffix(lower, h); ok && len(p) >= 3 {
			return true
		}
	}
	return false
}
