package search

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/translit"
)

// Other spellings of names. Articles in German and English transliterate
// one name differently ("Selenskyj", "Zelensky", "Zelenskyy"; "Wladiwostok",
// "Vladivostok"), so the index groups the names of its vocabulary by a
// transliteration key, and a query word also finds the other spellings in
// its group, ranked below its own spelling. A name here is a word of at
// least minSpellingRunes letters that the texts always capitalise: that
// keeps out sentence-initial function words ("Seit" is no spelling of
// "Zeit") and ordinary words that happen to share a key.

// minSpellingRunes keeps short words out: "un" of "Kim Jong Un" is also
// the UN.
const minSpellingRunes = 4

// Case flags of a term, gathered while indexing.
const (
	seenUpper uint8 = 1 << iota // some occurrence starts with a capital
	seenLower                   // some occurrence does not
)

// caseOf says whether the word at text[start:] starts with a capital.
func caseOf(text string, start int) uint8 {
	if c := text[start]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			return seenUpper
		}
		return seenLower
	}
	r, _ := utf8.DecodeRuneInString(text[start:])
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return seenUpper
	}
	return seenLower
}

// spellingPrep rewrites the spellings German and English use for one sound
// beyond what translit.Key merges: umlauts written out ("Goebbels",
// "Mueller" for the folded "gobbels", "muller"), "tsch" and "ch"
// ("Tschernobyl", "Chernobyl"), and an initial "ts" and "z" ("Tsar", "Zar").
var spellingPrep = strings.NewReplacer("tsch", "ch", "oe", "o", "ue", "u")

// spellingKey is the key under which a folded word meets its other
// spellings.
func spellingKey(term string) string {
	term = spellingPrep.Replace(term)
	if strings.HasPrefix(term, "ts") {
		term = "z" + term[2:]
	}
	return translit.Key(term)
}

// isName reports whether a term with case flags fl can have other
// spellings.
func isName(term string, fl uint8) bool {
	return fl == seenUpper && utf8.RuneCountInString(term) >= minSpellingRunes && allLetters([]rune(term))
}

// addSpelling records term id, of case flags fl, under its key if it is a
// name.
func addSpelling(groups map[string][]uint32, id uint32, t string, fl uint8) {
	if !isName(t, fl) {
		return
	}
	k := spellingKey(t)
	groups[k] = append(groups[k], id)
}

// spellGroups are the names of the vocabulary grouped by spelling key, laid
// out flat as the index file stores them: group g has key keys.at(g) and
// names ids[off[g]:off[g+1]].
type spellGroups struct {
	keys vocab
	off  []uint32
	ids  []uint32
}

func newSpellGroups(groups map[string][]uint32) spellGroups {
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sg := spellGroups{keys: newVocab(keys), off: make([]uint32, 0, len(keys)+1)}
	for _, k := range keys {
		sg.off = append(sg.off, uint32(len(sg.ids)))
		sg.ids = append(sg.ids, groups[k]...)
	}
	sg.off = append(sg.off, uint32(len(sg.ids)))
	return sg
}

// group returns the names under key, ids ascending.
func (sg spellGroups) group(key string) []uint32 {
	g, ok := sg.keys.find(key)
	if !ok {
		return nil
	}
	return sg.ids[sg.off[g]:sg.off[g+1]]
}

// matchSpellings adds the other spellings of the word, and their prefixes
// (a German genitive: "Selenskyjs"). A word of the vocabulary that is no
// name has none; a word that is not in it (a spelling no article uses)
// finds the names that share its key.
func (ix *Index) matchSpellings(wm *wordMatch) {
	if len(wm.runes) < minSpellingRunes || !allLetters(wm.runes) {
		return
	}
	group := ix.spellings.group(spellingKey(wm.word))
	if wm.exact >= 0 && !containsID(group, uint32(wm.exact)) {
		return
	}
	for _, id := range group {
		if int32(id) == wm.exact {
			continue
		}
		wm.setNear(id, qualitySynonym)
		t := ix.terms.at(id)
		for p := id + 1; int(p) < ix.terms.Len() && strings.HasPrefix(ix.terms.at(p), t); p++ {
			wm.setNear(p, qualitySynonymPrefix)
		}
	}
}

func containsID(ids []uint32, id uint32) bool {
	i := sort.Search(len(ids), func(i int) bool { return ids[i] >= id })
	return i < len(ids) && ids[i] == id
}
