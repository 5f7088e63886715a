package entities

import (
	"strings"
	"testing"
)

// TestLexiconKeepsNames measures how many well-known proper names the noun
// list would hide. The list is general (capitals, countries, politicians),
// not the seeds' names. Names hidden by the lexicon but in the gazetteer
// are still found; the rest are lost.
func TestLexiconKeepsNames(t *testing.T) {
	probe := strings.Fields(`Putin Berlin Moskau Kursk Seoul Pjöngjang Wladiwostok Tokio Kiew Hamburg München Paris
		London Washington Trump Harris Biden Scholz Merkel Selenskyj Nordkorea Russland Ukraine China Japan Iran
		Europa Sibirien Kreml Oslo Rutte Austin Korea Peking Rom Wien Bonn Köln Dresden Leipzig Madrid Warschau
		Prag Budapest Kairo Teheran Bagdad Damaskus Minsk Odessa Charkiw Mariupol Donezk Luhansk Cherson Krim
		Taiwan Gaza Israel Syrien Texas Kalifornien Tirol Obama Macron Erdogan Netanjahu Modi Lula Orban
		Stoltenberg Lawrow Schoigu Gorbatschow Jelzin Stalin Lenin Bachmut Awdijiwka Belgorod Pokrowsk`)
	var hidden, lost []string
	for _, n := range probe {
		if lex().isNoun(n) {
			hidden = append(hidden, n)
			if gazLookup(n) == nil {
				lost = append(lost, n)
			}
		}
	}
	t.Logf("%d of %d names are in the noun list (%s); %d lost after the gazetteer (%s)",
		len(hidden), len(probe), strings.Join(hidden, " "), len(lost), strings.Join(lost, " "))
	if len(lost)*20 > len(probe) {
		t.Errorf("the noun list hides %d of %d names: %v", len(lost), len(probe), lost)
	}
}

// TestLexiconNouns: frequent nouns must be in the list, including forms the
// word list lacks ("Krieg") and plurals.
func TestLexiconNouns(t *testing.T) {
	for _, w := range strings.Fields(`Soldaten Krieg Krieges Munition Zeit Frage Ende Regierung Präsident Universität
		Sanktionen Beziehungen Verhandlungen Waffen Truppen Hafen Leben Stärke`) {
		if !lex().isNoun(w) {
			t.Errorf("%s is not in the noun list", w)
		}
	}
	for _, w := range []string{"doch", "however", "seither", "officials"} {
		if !lex().isWord(w) {
			t.Errorf("%s is not in the word list", w)
		}
	}
}
