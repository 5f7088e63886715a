package search

import (
	"iter"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// How well a vocabulary term matches a query word. The tiers do not overlap,
// so an exact word always beats a prefix ("Selenskyjs"), which beats another
// spelling of the same name ("Zelensky"), which beats a shared stem, which
// beats a fuzzy match.
const (
	qualityExact         = 1.0
	qualitySynonym       = 0.5   // another spelling of a name (see Synonyms)...
	qualitySynonymPrefix = 0.495 // ...and its prefixes
	qualityPrefixLow     = 0.5   // plus up to prefixSpread for a word that covers more of the term
	prefixSpread         = 0.2
	qualityFuzzyLow      = 0.25 // the word as typed is a subsequence of the term
	qualityTypoLow       = 0.1  // the word with one letter left out is
	fuzzySpread          = 0.15
	minFuzzyRunes        = 4 // shorter words are matched exactly or as prefixes only
	// A word of one or two letters ("Un" of "Kim Jong Un") is a prefix of
	// hundreds of words ("und", "unter"): those rank below every other
	// prefix and stem, and are not marked where the word itself is a term.
	maxShortRunes      = 2
	qualityShortPrefix = 0.45
	// qualityClose is the least quality of the word, a spelling of it or a
	// compound it ends ("Militärflughafen" for "Hafen"): below are similar
	// words ("haben" for "Hafen"), counted apart.
	qualityClose      = qualityTailLow
	minTypoRunes      = 5 // a letter may be wrong from this length on
	fuzzyExtraRunes   = 2 // a fuzzy term may be this many runes longer than the word...
	fuzzyExtraPerRune = 2 // ...or one rune more per this many runes of the word
)

// wordMatch is everything known about one query word: the terms it matches
// and the passages that contain them. It depends only on the word and the
// index, so a Searcher keeps it while the word stays in the query.
type wordMatch struct {
	word  string
	runes []rune

	exact    int32  // term id of the word itself, or -1
	prefixLo uint32 // terms [prefixLo, prefixHi) start with the word
	prefixHi uint32
	// near holds the matches beyond the word's own prefix range: other
	// spellings of a name, shared stems and typos, with their quality.
	near map[uint32]float32

	// pool holds the terms that share the word's first letter and contain
	// the word, one letter aside, as a subsequence. A longer word's pool is
	// a subset of a shorter one's, so typing narrows it instead of scanning
	// the vocabulary again. Nil for words too short for fuzzy matching.
	pool []uint32

	hits []uint32  // passages containing a matching term, ascending
	best []float32 // the best quality in each of those passages

	titleHits []uint32  // articles whose title contains a matching term, ascending
	titleBest []float32 // the best quality in each of those titles
}

// quality returns how well term id matches the word, 0 for not at all.
func (wm *wordMatch) quality(ix *Index, id uint32) float32 {
	if int32(id) == wm.exact {
		return qualityExact
	}
	q := wm.near[id]
	if id >= wm.prefixLo && id < wm.prefixHi {
		if wm.short() {
			return max(q, qualityShortPrefix)
		}
		q = max(q, prefixQuality(len(wm.word), len(ix.terms.at(id))))
	}
	return q
}

// short reports whether the word has one or two letters.
func (wm *wordMatch) short() bool { return len(wm.runes) <= maxShortRunes }

// setNear records a match beyond the prefix range, keeping the best quality.
func (wm *wordMatch) setNear(id uint32, q float32) {
	if wm.near == nil {
		wm.near = make(map[uint32]float32)
	}
	if q > wm.near[id] {
		wm.near[id] = q
	}
}

// prefixQuality favours terms the prefix covers more of: "buda" is closer to
// "budanow" than to "budapester".
func prefixQuality(wordLen, termLen int) float32 {
	return qualityPrefixLow + prefixSpread*float32(wordLen)/float32(termLen)
}

// matchWord finds the vocabulary terms that match word. prev, when not nil,
// is the match of a shorter word that word extends; its pool is narrowed.
// syns are other names of the thing word names, if any (see Synonyms);
// other spellings of a name come from the index itself.
func (ix *Index) matchWord(word string, prev *wordMatch, syns []string) *wordMatch {
	wm := &wordMatch{word: word, runes: []rune(word), exact: -1}
	if id, ok := ix.terms.find(word); ok {
		wm.exact = int32(id)
	}
	lo := ix.terms.lower(word)
	hi := lo
	for hi < ix.terms.Len() && strings.HasPrefix(ix.terms.at(uint32(hi)), word) {
		hi++
	}
	wm.prefixLo, wm.prefixHi = uint32(lo), uint32(hi)
	ix.matchSpellings(wm)
	ix.matchSynonyms(wm, syns)
	if len(wm.runes) < minFuzzyRunes || !hasLetter(word) {
		return wm // numbers are never fuzzy: "1500" is not "1600"
	}
	ix.matchStems(wm)
	ix.matchTails(wm)
	wm.pool = ix.fuzzyPool(wm.runes, prev)
	ix.matchFuzzy(wm)
	return wm
}

func hasLetter(s string) bool {
	for _, r := range s {
		if !('0' <= r && r <= '9') && r != ',' {
			return true
		}
	}
	return false
}

// fuzzyPool returns the pool for word (see wordMatch.pool), from prev's pool
// when prev is a shorter form of the word, else from every term that starts
// with the word's first letter.
func (ix *Index) fuzzyPool(word []rune, prev *wordMatch) []uint32 {
	var from iter.Seq[uint32]
	if prev != nil && prev.pool != nil {
		from = func(yield func(uint32) bool) {
			for _, id := range prev.pool {
				if !yield(id) {
					return
				}
			}
		}
	} else {
		first := string(word[0])
		lo := ix.terms.lower(first)
		hi := ix.terms.lower(string(word[0] + 1))
		from = func(yield func(uint32) bool) {
			for id := lo; id < hi; id++ {
				if !yield(uint32(id)) {
					return
				}
			}
		}
	}
	var pool []uint32
	for id := range from {
		if subsequenceOneOff(word, ix.terms.at(id)) {
			pool = append(pool, id)
		}
	}
	return pool
}

// subsequenceOneOff reports whether t starts with word's first letter and
// contains the rest of word as a subsequence after leaving out at most one
// letter. j0 counts the letters of word matched so far with none left out,
// j1 with one left out (it is always at least j0+1).
func subsequenceOneOff(word []rune, t string) bool {
	n := len(word)
	first, size := utf8.DecodeRuneInString(t)
	if n == 0 || size == 0 || first != word[0] {
		return false
	}
	j0, j1 := 1, min(2, n)
	for _, r := range t[size:] {
		if j0 == n || j1 == n {
			return true
		}
		if word[j1] == r {
			j1++
		}
		if word[j0] == r {
			j0++
		}
		j1 = max(j1, min(j0+1, n))
	}
	return j0 == n || j1 == n
}

// matchFuzzy picks the fuzzy matches out of the pool with sahilm/fuzzy: the
// word as typed, then, for longer words, the word with one letter left out
// (a wrong, extra or missing letter: "budanow" finds "budanov"). Terms must
// be of similar length, or every long compound would match a short word.
func (ix *Index) matchFuzzy(wm *wordMatch) {
	n := len(wm.runes)
	maxLen := n + max(fuzzyExtraRunes, n/fuzzyExtraPerRune)
	var cands []uint32
	for _, id := range wm.pool {
		if int32(id) == wm.exact || (id >= wm.prefixLo && id < wm.prefixHi) {
			continue
		}
		if l := utf8.RuneCountInString(ix.terms.at(id)); l >= n-1 && l <= maxLen {
			cands = append(cands, id)
		}
	}
	if len(cands) == 0 {
		return
	}
	left := ix.fuzzyPass(wm, wm.word, cands, qualityFuzzyLow)
	if n < minTypoRunes {
		return
	}
	// One wrong, missing or extra letter keeps the length within one.
	left = slices.DeleteFunc(left, func(id uint32) bool {
		l := utf8.RuneCountInString(ix.terms.at(id))
		return l < n-1 || l > n+1
	})
	for k := 1; k < n && len(left) > 0; k++ {
		variant := string(wm.runes[:k]) + string(wm.runes[k+1:])
		ix.fuzzyPass(wm, variant, left, qualityTypoLow)
	}
}

// fuzzyPass runs sahilm/fuzzy for pattern over cands, records the matches it
// finds with a quality from base up by how well they score, and returns the
// candidates it did not match.
func (ix *Index) fuzzyPass(wm *wordMatch, pattern string, cands []uint32, base float32) []uint32 {
	perfect := selfScore(pattern)
	matches := fuzzy.FindFromIterNoSort(pattern, func(yield func(string) bool) {
		for _, id := range cands {
			if !yield(ix.terms.at(id)) {
				return
			}
		}
	})
	matched := make([]bool, len(cands))
	for _, m := range matches {
		id := cands[m.Index]
		matched[m.Index] = true
		sim := float32(0)
		if m.Score > 0 && perfect > 0 {
			sim = float32(math.Log1p(float64(m.Score)) / math.Log1p(float64(perfect)))
		}
		wm.setNear(id, base+fuzzySpread*min(1, max(0, sim)))
	}
	var left []uint32
	for i, id := range cands {
		if !matched[i] {
			left = append(left, id)
		}
	}
	return left
}

// selfScore is the score sahilm/fuzzy gives a pattern against itself, the
// best any term can get; it scales scores into [0, 1].
func selfScore(pattern string) int {
	m := fuzzy.Find(pattern, []string{pattern})
	if len(m) == 0 {
		return 0
	}
	return m[0].Score
}

// termIDs lists every term the word matches, each once.
func (wm *wordMatch) termIDs(yield func(uint32) bool) {
	// The exact term is among the prefix matches: a word is its own prefix.
	for id := wm.prefixLo; id < wm.prefixHi; id++ {
		if !yield(id) {
			return
		}
	}
	for id := range wm.near {
		if id >= wm.prefixLo && id < wm.prefixHi {
			continue
		}
		if !yield(id) {
			return
		}
	}
}
