package lang

import "strings"

// Country names and their adjectives follow regular patterns in German and
// English: "Valdonia" / "Valdonien" / "valdonisch" / "Valdonian" /
// "Valdonier", "Korea" / "koreanisch" / "Korean", "Italien" / "italienisch" /
// "Italian". PlaceKey folds all forms of one name to one key, so that an
// invented country no list knows meets itself across the two languages.

// Endings of adjectives and of nouns for a people, with their inflections;
// stripped first ("valdonischen" -> "valdon", "koreanisch" -> "korean").
var peopleEndings = []string{
	"ischen", "ischer", "isches", "ischem", "ische", "isch",
	"ierinnen", "ierin", "iern", "ier", "ians", "ian", "ese", "erinnen", "erin", "ern", "er", "i",
}

// Endings of country names ("-ien", "-ia", "-a", "-o", "-e"), with a
// genitive -s; stripped second.
var countryEndings = []string{"iens", "ien", "ias", "ia", "as", "a", "os", "o", "e"}

// PlaceKey folds a country name, a nationality adjective or a noun of its
// people (any case, perhaps possessive) to a key shared by its German and
// English forms. Stems never get shorter than three letters.
func PlaceKey(w string) string {
	k := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(strings.TrimSpace(w)), "'s"), "’s")
	k = umlauts.Replace(k)
	k = cutOne(k, peopleEndings)
	k = cutOne(k, countryEndings)
	// "korean" and "kore(a)": an adjective on -an of a name on -a.
	if s, ok := strings.CutSuffix(k, "an"); ok && len(s) >= 3 {
		k = cutOne(s, []string{"i"}) // "kenianisch": Kenia
	}
	return foldSpelling(k)
}

var umlauts = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "y", "i")

func cutOne(w string, endings []string) string {
	for _, end := range endings {
		if s, ok := strings.CutSuffix(w, end); ok && len([]rune(s)) >= 3 {
			return s
		}
	}
	return w
}

// foldSpelling folds the spelling pairs that differ between German and
// English names (k/c, single and double letters, ß).
func foldSpelling(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		switch r {
		case 'ß':
			r = 's'
		case 'c':
			r = 'k'
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
