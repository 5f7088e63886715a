package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Shared stems. German inflects and compounds freely: a reader who types
// "Evakuierte" also wants "Evakuierung", and "Streikende" also "Streik".
// A term shares the word's stem when both start with the same long run of
// letters, or when the term is a shorter word that the query word starts
// with. Such matches rank below prefixes and above typos.
const (
	qualityStemLow = 0.42 // plus up to stemSpread for a longer shared run
	stemSpread     = 0.07
	minStemRunes   = 6    // a shared run is at least this long...
	minStemShare   = 0.75 // ...and this share of the query word
	minHeadRunes   = 5    // a shorter term the word starts with is at least this long...
	minHeadShare   = 0.55 // ...and this share of the word
)

// matchStems adds the terms that share the word's stem.
func (ix *Index) matchStems(wm *wordMatch) {
	n := len(wm.runes)
	if n < minStemRunes || !allLetters(wm.runes) {
		return
	}
	// Terms sharing a long run: one range of the sorted vocabulary.
	run := max(minStemRunes, ceilShare(n, minStemShare))
	if run < n {
		stem := string(wm.runes[:run])
		lo := ix.terms.lower(stem)
		for id := lo; id < ix.terms.Len() && strings.HasPrefix(ix.terms.at(uint32(id)), stem); id++ {
			if uint32(id) >= wm.prefixLo && uint32(id) < wm.prefixHi {
				continue
			}
			t := ix.terms.at(uint32(id))
			shared := sharedRunes(wm.runes, t)
			wm.setNear(uint32(id), stemQuality(shared, max(n, utf8.RuneCountInString(t))))
		}
	}
	// Shorter terms the word starts with: "streik" for "streikende".
	for k := max(minHeadRunes, ceilShare(n, minHeadShare)); k < n; k++ {
		if id, ok := ix.terms.find(string(wm.runes[:k])); ok {
			wm.setNear(id, stemQuality(k, n))
		}
	}
}

func stemQuality(shared, longer int) float32 {
	return qualityStemLow + stemSpread*float32(shared)/float32(longer)
}

// ceilShare is the smallest count that is at least share of n.
func ceilShare(n int, share float64) int {
	k := int(float64(n) * share)
	if float64(k) < float64(n)*share {
		k++
	}
	return k
}

// sharedRunes counts the runes t starts with that word starts with too.
func sharedRunes(word []rune, t string) int {
	k := 0
	for _, r := range t {
		if k == len(word) || word[k] != r {
			break
		}
		k++
	}
	return k
}

func allLetters(rs []rune) bool {
	for _, r := range rs {
		if '0' <= r && r <= '9' {
			return false
		}
	}
	return true
}

// Synonyms maps a folded word to other folded words that name the same
// thing: the spellings of one person's surname across languages
// ("selenskyj", "zelensky", "zelenskyy") or of one place ("koln",
// "cologne"). A query word finds its synonyms' passages too, ranked below
// its own spelling. Build it with Add; it must not change once a Searcher
// uses it.
type Synonyms map[string][]string

// minSynonymRunes keeps short words out: "un" of "Kim Jong Un" is also
// the UN.
const minSynonymRunes = 4

// Add records that names are spellings of one thing. Each one-word name is
// a key; with lastWords (people), so is the last word of every longer name,
// the surname that articles repeat on their own.
func (s Synonyms) Add(names []string, lastWords bool) {
	var keys []string
	for _, name := range names {
		words := QueryWords(name)
		if len(words) == 0 || (len(words) > 1 && !lastWords) {
			continue
		}
		w := words[len(words)-1]
		if utf8.RuneCountInString(w) >= minSynonymRunes && hasLetter(w) && !slices.Contains(keys, w) {
			keys = append(keys, w)
		}
	}
	if len(keys) < 2 {
		return
	}
	for _, k := range keys {
		for _, o := range keys {
			if o != k && !slices.Contains(s[k], o) {
				s[k] = append(s[k], o)
			}
		}
	}
}

// matchSynonyms adds the other spellings of the word, and their prefixes
// (a German genitive: "Selenskyjs").
func (ix *Index) matchSynonyms(wm *wordMatch, syns []string) {
	for _, syn := range syns {
		if syn == wm.word {
			continue
		}
		if id, ok := ix.terms.find(syn); ok {
			wm.setNear(id, qualitySynonym)
		}
		lo := ix.terms.lower(syn)
		for id := lo; id < ix.terms.Len() && strings.HasPrefix(ix.terms.at(uint32(id)), syn); id++ {
			if ix.terms.at(uint32(id)) != syn {
				wm.setNear(uint32(id), qualitySynonymPrefix)
			}
		}
	}
}
