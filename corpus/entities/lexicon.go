package entities

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
)

// The word lists come from Debian's German and English dictionaries; see
// LEXICON.md for sources and licences, internal/lexgen for how they are made.
//
//go:generate go run ./internal/lexgen -out .

//go:embed lexicon_nouns_de.txt.gz
var nounsGz []byte

//go:embed lexicon_words.txt.gz
var wordsGz []byte

// lexicon answers two questions about a capitalised word: is it a German
// common noun ("Soldaten", "Krieg"), and is its lower-case form an ordinary
// German or English word ("Doch", "However") that merely starts a sentence.
type lexicon struct {
	nouns map[string]struct{}
	words []string // sorted lower-case words; binary search keeps memory low
}

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{nouns: map[string]struct{}{}}
	for _, w := range gunzipLines(nounsGz) {
		l.nouns[w] = struct{}{}
	}
	l.words = gunzipLines(wordsGz)
	return l
})

func gunzipLines(data []byte) []string {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("corpus: embedded lexicon: " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("corpus: embedded lexicon: " + err.Error())
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	// The generator sorts bytewise; sort.SearchStrings relies on it.
	if !sort.StringsAreSorted(lines) {
		sort.Strings(lines)
	}
	return lines
}

// isNoun reports whether w, as written, is a German common noun.
func (l *lexicon) isNoun(w string) bool {
	_, ok := l.nouns[w]
	return ok
}

// isWord reports whether the lower-case form of w is a German or English
// word of the dictionaries.
func (l *lexicon) isWord(w string) bool {
	lw := strings.ToLower(w)
	i := sort.SearchStrings(l.words, lw)
	return i < len(l.words) && l.words[i] == lw
}
