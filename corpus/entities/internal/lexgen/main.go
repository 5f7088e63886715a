// Command lexgen builds the word lists the entity detector embeds, from
// Debian's dictionaries, so that they can be rebuilt and checked:
//
//	apt-get install wngerman hunspell-de-de wamerican
//	go generate ./corpus/entities
//
// It writes two sorted, gzipped lists (one word a line):
//
//	lexicon_nouns_de.txt.gz  capitalised German common nouns and their forms
//	lexicon_words.txt.gz     lower-case German and English words
//
// The hard part is keeping proper names out of the noun list: the German
// dictionaries hold "Putin", "Berlin" and "Moskau" next to "Soldaten". A
// capitalised word counts as a common noun only when the dictionaries show
// it behaving like one: a plural or compounding flag in hunspell, a plural
// form in the word list, a noun suffix, or a common noun as its last part.
// Names inflect only for the genitive, so "Putin/S" and "Moskau/Sm" stay out.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	ngerman := flag.String("ngerman", "/usr/share/dict/ngerman", "wngerman word list")
	hunspell := flag.String("hunspell", "/usr/share/hunspell/de_DE.dic", "hunspell-de-de dictionary")
	english := flag.String("english", "/usr/share/dict/american-english", "wamerican word list")
	out := flag.String("out", ".", "output directory")
	flag.Parse()

	deWords := readLines(*ngerman)
	enWords := readLines(*english)
	stems := readHunspell(*hunspell)

	nouns := commonNouns(deWords, stems, enWords)
	var lower []string
	for _, w := range append(deWords, enWords...) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !strings.ContainsAny(w, "'.") {
			lower = append(lower, w)
		}
	}
	for _, s := range stems {
		// "o" (ONLYINCOMPOUND) marks lower-cased compound parts such as
		// "wladiwostok/ozm": not words of their own.
		if r, _ := utf8.DecodeRuneInString(s.word); unicode.IsLower(r) && !strings.ContainsAny(s.word, "'.") && !strings.Contains(s.flags, "o") {
			lower = append(lower, s.word)
		}
	}
	write(filepath.Join(*out, "lexicon_nouns_de.txt.gz"), nouns)
	write(filepath.Join(*out, "lexicon_words.txt.gz"), lower)
}

type stem struct{ word, flags string }

func readLines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && utf8.ValidString(w) {
			out = append(out, w)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

// readHunspell returns the stems of a .dic file with their affix flags.
func readHunspell(path string) []stem {
	var out []stem
	for i, line := range readLines(path) {
		if i == 0 || strings.HasPrefix(line, "#") {
			continue // the first line is the entry count
		}
		word, flags, _ := strings.Cut(line, "/")
		if word = strings.TrimSpace(word); word != "" {
			out = append(out, stem{word, strings.TrimSpace(flags)})
		}
	}
	return out
}

// nounFlags are hunspell flags of de_DE.aff that only common nouns carry:
// plural endings (E -e, N -n, P -en, p umlaut plurals, q -se, f -ph/-f),
// T (genitive -es) and F (female forms, "-in"). Names carry S (genitive),
// m and the compound flags i, j ("Japanpolitik"), and R: "London/RSm" makes
// "Londoner", so R is no evidence either.
const nounFlags = "ENPpqQfTF"

// suffixes that make German common nouns.
// Only endings that no place or family name has ("-burg", "-chen", "-er"
// and "-nis" do: Hamburg, München, Schröder, Tunis).
var nounSuffixes = []string{"ung", "heit", "keit", "schaft", "tion", "ität", "ismus",
	"ungen", "heiten", "keiten", "schaften", "tionen", "itäten", "ismen"}

func isCap(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || size == len(w) {
		return false
	}
	// acronyms ("NATO") and words with digits or dots are not nouns here
	for _, r := range w[size:] {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return strings.ToUpper(w) != w
}

func commonNouns(deWords []string, stems []stem, enWords []string) []string {
	words := make(map[string]bool, len(deWords))
	for _, w := range deWords {
		words[w] = true
	}
	// English proper names: capitalised in wamerican and not also a
	// lower-case word there ("Putin", "Berlin", "Austin").
	enLower := map[string]bool{}
	for _, w := range enWords {
		enLower[w] = true
	}
	enName := map[string]bool{}
	for _, w := range enWords {
		if isCap(w) && !enLower[strings.ToLower(w)] {
			enName[w] = true
		}
	}
	flagsOf := map[string]string{}
	for _, s := range stems {
		if isCap(s.word) {
			flagsOf[s.word] += s.flags
		}
	}
	countHeads(words)
	memo := map[string]bool{}
	var isCommon func(lemma string, depth int) bool
	isCommon = func(lemma string, depth int) bool {
		if v, ok := memo[lemma]; ok {
			return v
		}
		v := judge(lemma, flagsOf, words, enName, func(h string) bool { return depth < 2 && isCommon(h, depth+1) })
		memo[lemma] = v
		return v
	}
	set := map[string]bool{}
	for w, flags := range flagsOf {
		if !isCommon(w, 0) {
			continue
		}
		set[w] = true
		// Expand the simple endings: the word list misses frequent forms
		// ("Krieg", "Zeit", "Frage").
		for _, f := range flags {
			switch f {
			case 'S':
				set[w+"s"] = true
			case 'T':
				set[w+"es"] = true
			case 'E':
				set[w+"e"] = true
			case 'N':
				set[w+"n"] = true
			case 'P':
				set[w+"en"] = true
			case 'R':
				if strings.HasSuffix(w, "e") {
					set[w+"r"] = true
				} else {
					set[w+"er"], set[w+"ern"] = true, true
				}
			case 'F':
				set[w+"in"], set[w+"innen"] = true, true
			}
		}
	}
	for _, w := range deWords {
		if isCap(w) && isCommon(lemmaOf(w, flagsOf), 0) {
			set[w] = true
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	return out
}

// lemmaOf strips an inflection ending when that leaves a hunspell stem.
func lemmaOf(w string, flagsOf map[string]string) string {
	if _, ok := flagsOf[w]; ok {
		return w
	}
	for _, end := range []string{"innen", "ern", "nen", "es", "en", "er", "s", "e", "n"} {
		if b, ok := strings.CutSuffix(w, end); ok {
			if _, ok := flagsOf[b]; ok {
				return b
			}
		}
	}
	return w
}

// heads counts, for every lower-cased word, the words of the list that end
// with it after at least three letters of their own.
var heads = map[string]int{}

func countHeads(words map[string]bool) {
	for w := range words {
		if !isCap(w) {
			continue
		}
		lw := strings.ToLower(w)
		for i := range lw {
			if i >= 3 && utf8.RuneStart(lw[i]) && len(lw)-i >= 4 {
				heads[lw[i:]]++
			}
		}
	}
}

func judge(w string, flagsOf map[string]string, words, enName map[string]bool, commonHead func(string) bool) bool {
	if strings.ContainsAny(flagsOf[w], nounFlags) {
		return true
	}
	if enName[w] {
		return false
	}
	// a nominalised verb or adjective: "Leben" (leben), "Stärke" (stärke)
	if words[strings.ToLower(w)] {
		return true
	}
	// a frequent last part of compounds: "Berufsmilitär", "Staatsmilitär",
	// "Militär"; names rarely head three ("Ostberlin").
	if heads[strings.ToLower(w)] >= 3 {
		return true
	}
	for _, end := range []string{"e", "en", "n", "nen"} { // not -ern: "Moskauern"
		if words[w+end] {
			return true
		}
	}
	if u := umlaut(w); u != w && (words[u] || words[u+"e"] || words[u+"er"]) { // Häfen, Töne, Männer
		return true
	}
	lw := strings.ToLower(w)
	for _, s := range nounSuffixes {
		if strings.HasSuffix(lw, s) && utf8.RuneCountInString(lw) > utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	// A compound whose last part is a common noun ("Zeitablaufes"). Not
	// for hunspell stems: a compound listed as a stem of its own with name
	// flags is a name ("Hamburg", "Paderborn").
	if _, ok := flagsOf[w]; ok {
		return false
	}
	for i := range w {
		if i < 3 || !utf8.RuneStart(w[i]) || utf8.RuneCountInString(w[i:]) < 4 {
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		head := lemmaOf(string(unicode.ToUpper(r))+w[i+size:], flagsOf)
		if _, ok := flagsOf[head]; ok && commonHead(head) {
			return true
		}
	}
	return false
}

// umlaut turns the last a, o, u (or au) of w into ä, ö, ü (äu): "Ton" -> "Tön".
func umlaut(w string) string {
	rs := []rune(w)
	for i := len(rs) - 1; i >= 0; i-- {
		switch rs[i] {
		case 'a', 'o', 'u':
			if rs[i] == 'u' && i > 0 && rs[i-1] == 'a' {
				i--
			}
			rs[i] = map[rune]rune{'a': 'ä', 'o': 'ö', 'u': 'ü'}[rs[i]]
			return string(rs)
		}
	}
	return w
}

func write(path string, words []string) {
	slices.Sort(words)
	words = slices.Compact(words)
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		bw.WriteString(w)
		bw.WriteByte('\n')
	}
	for _, err := range []error{bw.Flush(), zw.Close(), f.Close()} {
		if err != nil {
			log.Fatal(err)
		}
	}
	fmt.Fprintf(os.Stderr, "lexgen: %s: %d words\n", path, len(words))
}
