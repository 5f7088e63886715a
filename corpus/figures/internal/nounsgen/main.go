// Command nounsgen builds the German-English noun table the figures
// package embeds, from the Ding dictionary in Debian's trans-de-en
// package, so that a counted noun no family lists is still one thing in
// both languages ("Anwohner" and "residents"):
//
//	apt-get install trans-de-en   (or: apt-get download trans-de-en; dpkg-deb -x)
//	go run ./corpus/figures/internal/nounsgen -ding /usr/share/trans/de-en -out corpus/figures
//
// It writes nouns_de_en.txt.gz: sorted lines "german<TAB>english", the
// German noun in lower case (every form the dictionary lists: singular,
// plural) and the head noun of its first English translation, in the
// same number. The Ding dictionary is GPL-2+ (Frank Richter, TU
// Chemnitz); so is the table made from it.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	ding := flag.String("ding", "/usr/share/trans/de-en", "the Ding dictionary (trans-de-en)")
	out := flag.String("out", ".", "output directory")
	flag.Parse()
	f, err := os.Open(*ding)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	table := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		de, en, ok := strings.Cut(line, " :: ")
		if !ok {
			continue
		}
		deSenses, enSenses := strings.Split(de, " | "), strings.Split(en, " | ")
		if len(deSenses) != len(enSenses) {
			continue
		}
		for i, sense := range deSenses {
			head := englishHead(enSenses[i])
			if head == "" {
				continue
			}
			for _, alt := range strings.Split(sense, "; ") {
				if w, ok := germanNoun(alt); ok {
					if _, seen := table[w]; !seen {
						table[w] = head // the first entry is the word's main sense
					}
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	lines := make([]string, 0, len(table))
	for de, en := range table {
		lines = append(lines, de+"\t"+en)
	}
	slices.Sort(lines)
	path := filepath.Join(*out, "nouns_de_en.txt.gz")
	w, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	gz, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	for _, l := range lines {
		fmt.Fprintln(gz, l)
	}
	if err := gz.Close(); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d nouns", path, len(lines))
}

var (
	nounTag     = regexp.MustCompile(`\{(m|f|n|pl|m,f|f,m|m,n|n,m|f,n)\}`)
	annotations = regexp.MustCompile(`\[[^\]]*\]|\([^)]*\)|\{[^}]*\}`)
)

// germanNoun is the one-word German noun of a dictionary alternative
// ("Anwohner {m} [Dt.]"), lower-cased.
func germanNoun(alt string) (string, bool) {
	if !nounTag.MatchString(alt) {
		return "", false
	}
	w := strings.TrimSpace(annotations.ReplaceAllString(alt, ""))
	if w == "" || strings.ContainsAny(w, " /.0123456789") || utf8.RuneCountInString(w) > 30 {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return "", false
	}
	return strings.ToLower(w), true
}

// englishHead is the last word of a sense's first English alternative
// ("neighbouring resident [Br.]" -> "resident"), or "".
func englishHead(sense string) string {
	first, _, _ := strings.Cut(sense, "; ")
	first = strings.TrimSpace(annotations.ReplaceAllString(first, ""))
	fs := strings.Fields(first)
	if len(fs) == 0 || len(fs) > 4 {
		return ""
	}
	head := strings.ToLower(fs[len(fs)-1])
	head, _, _ = strings.Cut(head, "/")
	head = strings.Trim(head, ".,;:!?'\"")
	if utf8.RuneCountInString(head) < 3 {
		return ""
	}
	for _, r := range head {
		if !unicode.IsLetter(r) && r != '-' {
			return ""
		}
	}
	return head
}
