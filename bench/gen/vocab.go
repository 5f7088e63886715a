package gen

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
	"unicode"
)

// The growing-vocabulary mode. The seeds have fewer than 2 000 distinct
// words, so a corpus made of them alone hides every cost that grows with
// the vocabulary (the index's term table, fuzzy matching, name spellings).
// In this mode about one word in five is replaced by an invented word drawn
// from a Zipf distribution over a lexicon that grows with the corpus (50
// words per article), a third of them capitalised like names, so the
// number of distinct words grows with the corpus as in real text (Heaps'
// law) and a few invented words are as common as function words.

// wordsPerArticle sizes the invented lexicon: n articles draw from 50·n.
const wordsPerArticle = 50

// syllables make invented words pronounceable, German- and English-like.
var syllables = []string{
	"ka", "ber", "lin", "do", "sta", "mer", "ro", "wen", "tal", "gu",
	"sch", "ei", "ha", "fen", "ni", "kor", "bu", "zel", "ma", "ton",
	"vi", "ler", "sa", "grö", "ße", "an", "del", "pe", "rit", "ow",
}

// InventedWord returns the k-th word of the invented lexicon; every third
// is a name (capitalised). The same k always gives the same word.
func InventedWord(k uint64) string {
	var b strings.Builder
	r := rand.New(rand.NewPCG(k, 0x51ed27))
	for n := 2 + r.IntN(3); n > 0; n-- {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	// The rank makes the word unique: its base-30 digits as syllables.
	for x := k; ; x /= uint64(len(syllables)) {
		b.WriteString(syllables[x%uint64(len(syllables))])
		if x < uint64(len(syllables)) {
			break
		}
	}
	w := b.String()
	if k%3 == 0 {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		w = string(rs)
	}
	return w
}

// vocab draws invented words for one article.
type vocab struct {
	r    *rand.Rand
	zipf *rand.Zipf
}

func newVocab(i, n int) *vocab {
	r := rand.New(rand.NewPCG(uint64(i), 0x7f4a7c159e3779b9))
	imax := uint64(max(1, n) * wordsPerArticle)
	return &vocab{r: r, zipf: rand.NewZipf(r, 1.07, 2, imax)}
}

// sprinkle replaces about one word in five of p with an invented one.
func (v *vocab) sprinkle(p string) string {
	words := strings.Split(p, " ")
	for i, w := range words {
		if v.r.IntN(5) != 0 || !isPlainWord(w) {
			continue
		}
		words[i] = InventedWord(v.zipf.Uint64())
	}
	return strings.Join(words, " ")
}

// isPlainWord keeps numbers, punctuation and markup as they are, so the
// figures and sentences of a paragraph survive.
func isPlainWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// ArticleVocab is Article for a corpus of n articles with a growing
// vocabulary.
func ArticleVocab(i, n int, pool []string) string {
	v := newVocab(i, n)
	lines := strings.Split(Article(i, pool), "\n")
	for k, l := range lines {
		if k > 0 && l != "" {
			lines[k] = v.sprinkle(l)
		}
	}
	return strings.Join(lines, "\n")
}

// GenerateVocab is Generate in the growing-vocabulary mode.
func GenerateVocab(n int) fstest.MapFS {
	pool := paragraphs()
	fsys := make(fstest.MapFS, n)
	for i := 0; i < n; i++ {
		fsys[Name(i)] = &fstest.MapFile{Data: []byte(ArticleVocab(i, n, pool)), Mode: 0o644}
	}
	return fsys
}

// WriteDirVocab writes n articles of the growing-vocabulary mode below dir.
func WriteDirVocab(dir string, n int) error {
	return writeDir(dir, n, func(i int, pool []string) string { return ArticleVocab(i, n, pool) })
}

func writeDir(dir string, n int, article func(int, []string) string) error {
	pool := paragraphs()
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, filepath.FromSlash(Name(i)))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(article(i, pool)), fs.FileMode(0o644)); err != nil {
			return err
		}
	}
	return nil
}
