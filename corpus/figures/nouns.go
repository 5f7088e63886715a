package figures

import (
	_ "embed"
	"strings"
	"sync"

	"quellen/corpus/internal/wordlist"
)

// A counted noun that no family lists ("Anwohner", "Freiwillige",
// "Kurzarbeiter") is still one thing in German and English: the German
// noun is translated to the head of its English translation
// ("resident", "volunteers", "worker"), the thing English figures name.
// The table is generated from the Ding dictionary (see
// internal/nounsgen); it is read on first use.

//go:generate go run ./internal/nounsgen -out .

//go:embed nouns_de_en.txt.gz
var nounsGz []byte

// nounTable holds sorted "german\tenglish" lines.
var nounTable = sync.OnceValue(func() []string { return wordlist.Lines(nounsGz) })

// englishNoun is the English head noun of a German noun (lower case), as
// written, without its dative -n, or as the last part of a compound of
// five letters or more ("Hochwasseranwohner" -> "resident").
func englishNoun(low string) (string, bool) {
	if en, ok := lookupNoun(low); ok {
		return en, true
	}
	if base, ok := strings.CutSuffix(low, "n"); ok {
		if en, ok := lookupNoun(base); ok {
			return en, true
		}
	}
	// No noun of the table is longer than maxNoun bytes: only the tails
	// that short are looked up, so a long word costs linear time.
	for i := max(1, len(low)-maxNoun); i+5 <= len(low); i++ {
		if low[i]&0xc0 == 0x80 {
			continue // inside a UTF-8 sequence
		}
		if en, ok := lookupNoun(low[i:]); ok {
			return en, true
		}
	}
	return "", false
}

// maxNoun bounds the German nouns of the table in bytes (nounsgen keeps
// words of up to 30 runes).
const maxNoun = 120

func lookupNoun(de string) (string, bool) {
	if len(de) > maxNoun {
		return "", false
	}
	return wordlist.Value(nounTable(), de)
}
