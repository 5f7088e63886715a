package entities

import (
	_ "embed"
	"strings"
	"sync"

	"quellen/corpus/internal/wordlist"
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
	for _, w := range wordlist.Lines(nounsGz) {
		l.nouns[w] = struct{}{}
	}
	l.words = wordlist.Lines(wordsGz)
	return l
})

// isNoun reports whether w, as written, is a German common noun.
func (l *lexicon) isNoun(w string) bool {
	_, ok := l.nouns[w]
	return ok
}

// isWord reports whether the lower-case form of w is a German or English
// word of the dictionaries.
func (l *lexicon) isWord(w string) bool {
	lw := strings.ToLower(w)
	return wordlist.Has(l.words, lw)
}
