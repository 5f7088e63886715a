// Package translit holds the spelling key under which the spellings of one
// name meet across German and English transliterations ("Selenskyj",
// "Zelensky", "Zelenskyy"). Package entities links names with it and
// package search finds a name's other spellings with it.
package translit

import (
	"strings"
	"unicode"
)

// Fold lower-cases a name and strips diacritics; hyphens and apostrophes
// become spaces, so "Kim Jong-un" and "Kim Jong Un" meet.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ä', 'á', 'à', 'â', 'ã', 'å':
			r = 'a'
		case 'ö', 'ó', 'ò', 'ô', 'õ', 'ø':
			r = 'o'
		case 'ü', 'ú', 'ù', 'û':
			r = 'u'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'í', 'ì', 'î', 'ï':
			r = 'i'
		case 'ç', 'č', 'ć':
			r = 'c'
		case 'š', 'ś':
			r = 's'
		case 'ž', 'ź', 'ż':
			r = 'z'
		case 'ñ', 'ń':
			r = 'n'
		case 'ł':
			r = 'l'
		case 'ß':
			b.WriteString("ss")
			space = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			continue
		}
		space = true
	}
	return b.String()
}

// replacer merges the spellings that transliterations from Cyrillic and
// Korean produce in German and English: w/v, j/y/i, kh/ch/h, sch/sh, z/s.
// German "tsch" is English "ch", and both become "h" like "kh": one pass
// of the replacer does not look at its own output again.
var replacer = strings.NewReplacer(
	"tsch", "h", "sch", "sh", "kh", "h", "ch", "h", "ph", "f", "ck", "k",
	"w", "v", "y", "i", "j", "i", "z", "s", "ae", "a", "oe", "o", "ue", "u",
)

// Key is the key under which spellings of one name meet: "Budanov" and
// "Budanow", "Selenskyj" and "Zelenskyy".
func Key(s string) string {
	k := replacer.Replace(Fold(s))
	// doubled letters: "Selenskyj" -> "selenskii" -> "selenski"
	var b strings.Builder
	var prev rune
	for _, r := range k {
		if r == prev && r != ' ' {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
