package figures

import (
	"math"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
)

// A journalist's folder holds several stories. Figures about the same
// thing ("rund 12.000 Menschen") are only comparable within one story, so
// every article gets a story signature: the capitalised names it repeats
// (people, places, organisations, and in German also its salient nouns),
// folded so that spellings across languages and transliterations meet
// ("Selenskyj"/"Zelenskyy", "Charkiw"/"Kharkiv", "Köhler"/"Koehler").
// Two articles belong to one story when their signatures, weighted by how
// rare each name is in the corpus, overlap enough.

// storySig is one article's signature: folded name keys and their counts,
// the most frequent sigSize of them.
type storySig struct {
	article string
	date    string
	lang    string
	keys    map[string]float64
}

const (
	sigSize = 40
	// sameStoryMin is the least weighted cosine of two signatures in one
	// language that makes them one story; crossStoryMin the same across
	// languages, where only names are compared and a few shared names
	// ("Berlin", "EU") weigh more.
	sameStoryMin  = 0.15
	crossStoryMin = 0.35
	// storySample is how many articles of a cluster are checked against
	// the other cluster's before two clusters merge.
	storySample = 6
)

// signature builds the story signature of an article from its body,
// headings and captions: capitalised words that do not open a sentence.
func signature(a *article.Article) *storySig {
	counts := map[string]float64{}
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if p.Kind != article.Body && p.Kind != article.Heading && p.Kind != article.Caption {
			continue
		}
		scanNames(p.Text, func(w string) {
			if k := foldName(w); k != "" {
				counts[k]++
			}
		})
	}
	if len(counts) > sigSize {
		type kv struct {
			k string
			v float64
		}
		all := make([]kv, 0, len(counts))
		for k, v := range counts {
			all = append(all, kv{k, v})
		}
		sort.Slice(all, func(i, j int) bool {
			if all[i].v != all[j].v {
				return all[i].v > all[j].v
			}
			return all[i].k < all[j].k
		})
		counts = make(map[string]float64, sigSize)
		for _, e := range all[:sigSize] {
			counts[e.k] = e.v
		}
	}
	return &storySig{article: a.ID, date: a.Date, lang: a.Lang, keys: counts}
}

// scanNames calls fn for every capitalised word of text that does not open a
// sentence, a line or a quotation: those are capitalised anyway.
func scanNames(text string, fn func(string)) {
	opening := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch {
			case r == '.' || r == '!' || r == '?' || r == ':' || r == '"' || r == '„' || r == '“' || r == '«' || r == '»' || r == '\n':
				opening = true
			case unicode.IsDigit(r):
				opening = false
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && r2 != '-' {
				break
			}
			j += s2
		}
		if unicode.IsUpper(r) && !opening {
			fn(text[i:j])
		}
		opening = false
		i = j
	}
}

// foldName turns a name into a key shared by its spellings: lower case,
// umlauts and their transcriptions folded, common transliteration pairs
// merged (z/s, j/y/i, w/v, c/k, h dropped), doubled letters single, and a
// trailing inflection or plural dropped. Words that are capitalised for
// grammar, not as names (months, weekdays, function words), give "".
func foldName(w string) string {
	w = strings.TrimRight(strings.ToLower(w), "-")
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	if len(w) < 3 || nameStop[w] || months[w] || weekdays[w] {
		return ""
	}
	var b strings.Builder
	var last rune
	put := func(r rune) {
		if r != last {
			b.WriteRune(r)
			last = r
		}
	}
	rs := []rune(w)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case 'ä', 'á', 'à', 'â':
			put('a')
		case 'ö', 'ó', 'ò', 'ô':
			put('o')
		case 'ü', 'ú', 'ù', 'û':
			put('u')
		case 'é', 'è', 'ê', 'ë':
			put('e')
		case 'í', 'ì', 'î', 'ï', 'j', 'y':
			put('i')
		case 'ß', 'z':
			put('s')
		case 'w':
			put('v')
		case 'c', 'q':
			put('k')
		case 'h':
			// dropped: "Charkiw"/"Kharkiv", "Athen"/"Atene"
		case 'a', 'o', 'u':
			put(r)
			if next == 'e' { // "Koehler" is "Köhler"
				i++
			}
		default:
			put(r)
		}
	}
	k := b.String()
	for _, suf := range []string{"s", "n", "e", "i"} {
		if len(k) > 4 && strings.HasSuffix(k, suf) {
			k = k[:len(k)-1]
		}
	}
	if len(k) < 3 {
		return ""
	}
	return k
}

// nameStop are words capitalised in headings, titles or after a colon that
// are no names: German and English function words.
var nameStop = wordSet(`der die das den dem des ein eine einer eines einem einen und oder aber auch noch nicht nur wie
	was wer wo wann warum mit von vom zum zur bei nach für gegen über unter vor seit aus auf ins im am an in um es er sie
	wir ihr ich sie man dies diese dieser dieses jetzt heute gestern morgen doch dann denn sondern
	the a an and or but of to in on at for from with by as is are was were be this that these those it its
	he she they we you his her their our not no yes new how what why when where who after before over under mr mrs ms
	dr prof read more also`)

// storyIndex compares the signatures of the articles whose figures are
// grouped, weighting each key by its inverse document frequency.
type storyIndex struct {
	idf map[string]float64
	// bilingual keys occur in articles of two languages: names. Articles
	// in different languages are compared on these only, since German
	// capitalises every noun and its common nouns would drown the names.
	bilingual map[string]bool
	norm      map[*storySig]float64
	memo      map[[2]*storySig]bool
}

func newStoryIndex(figs []*Figure) *storyIndex {
	seen := map[*storySig]bool{}
	var sigs []*storySig
	for _, f := range figs {
		if f.story != nil && !seen[f.story] {
			seen[f.story] = true
			sigs = append(sigs, f.story)
		}
	}
	return newStoryIndexSigs(sigs)
}

func newStoryIndexSigs(sigs []*storySig) *storyIndex {
	df := map[string]float64{}
	langs := map[string]string{}
	bilingual := map[string]bool{}
	for _, s := range sigs {
		for k := range s.keys {
			df[k]++
			if l, ok := langs[k]; !ok {
				langs[k] = s.lang
			} else if l != s.lang {
				bilingual[k] = true
			}
		}
	}
	n := float64(len(sigs))
	x := &storyIndex{bilingual: bilingual, idf: make(map[string]float64, len(df)), norm: map[*storySig]float64{}, memo: map[[2]*storySig]bool{}}
	for k, d := range df {
		// Smoothed: a name in every article still weighs a little, so a
		// corpus of one story keeps its groups.
		x.idf[k] = math.Log((n+1)/d) + 1
	}
	for _, s := range sigs {
		var sum float64
		for k, c := range s.keys {
			w := weight(c) * x.idf[k]
			sum += w * w
		}
		x.norm[s] = math.Sqrt(sum)
	}
	return x
}

func weight(count float64) float64 { return 1 + math.Log(count) }

// similarity is the weighted cosine of two signatures; across languages,
// of their bilingual keys.
func (x *storyIndex) similarity(a, b *storySig) float64 {
	if len(a.keys) > len(b.keys) {
		a, b = b, a
	}
	var dot float64
	for k, c := range a.keys {
		if d, ok := b.keys[k]; ok {
			idf := x.idf[k]
			dot += weight(c) * idf * weight(d) * idf
		}
	}
	if dot == 0 {
		return 0
	}
	if a.lang != b.lang {
		return dot / (x.bilingualNorm(a) * x.bilingualNorm(b))
	}
	return dot / (x.norm[a] * x.norm[b])
}

func (x *storyIndex) bilingualNorm(s *storySig) float64 {
	var sum float64
	for k, c := range s.keys {
		if x.bilingual[k] {
			w := weight(c) * x.idf[k]
			sum += w * w
		}
	}
	return math.Sqrt(sum)
}

// same reports whether two articles tell one story. Articles without a
// signature (no names at all) are not kept apart. Dates far apart need a
// stronger overlap: the same names recur in a follow-up story.
func (x *storyIndex) same(a, b *storySig) bool {
	if a == b || a == nil || b == nil || len(a.keys) == 0 || len(b.keys) == 0 {
		return true
	}
	if a.article > b.article {
		a, b = b, a
	}
	key := [2]*storySig{a, b}
	if v, ok := x.memo[key]; ok {
		return v
	}
	min := sameStoryMin
	if a.lang != b.lang {
		min = crossStoryMin
	}
	if daysApart(a.date, b.date) > 21 {
		min *= 2
	}
	v := x.similarity(a, b) >= min
	x.memo[key] = v
	return v
}

// daysApart is the distance in days between two article dates (YYYY,
// YYYY-MM or YYYY-MM-DD), compared at the precision both have; 0 when
// either is unknown.
func daysApart(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	n := min(len(a), len(b))
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[n]
	if layout == "" {
		return 0
	}
	ta, err1 := time.Parse(layout, a[:n])
	tb, err2 := time.Parse(layout, b[:n])
	if err1 != nil || err2 != nil {
		return 0
	}
	d := ta.Sub(tb).Hours() / 24
	if d < 0 {
		d = -d
	}
	// At month or year precision the dates may be closer than they look.
	switch n {
	case 4:
		d -= 365
	case 7:
		d -= 31
	}
	return math.Max(d, 0)
}
