package figures

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/article"
	"quellen/corpus/internal/lang"
)

// A journalist's folder holds several stories. Figures about the same
// thing ("rund 12.000 Menschen") are only comparable within one story, so
// every article gets a story signature: the capitalised names it repeats
// (people, places, organisations, and in German also its salient nouns),
// folded so that spellings across languages and transliterations meet
// ("Selenskyj"/"Zelenskyy", "Charkiw"/"Kharkiv", "Köhler"/"Koehler").
// Two articles belong to one story when their signatures, weighted by how
// rare each name is in the corpus, overlap enough.

// storySig is one article's signature: folded name keys, sorted, and
// their counts, the most frequent sigSize of them.
type storySig struct {
	article string
	date    string
	lang    string
	keys    []string
	counts  []float64
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
	sc := scratchPool.Get().(*sigScratch)
	defer scratchPool.Put(sc)
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if p.Kind == article.Body || p.Kind == article.Heading || p.Kind == article.Caption {
			scanNames(p.Text, sc.add)
		}
	}
	keys := nameKeys.strings()
	all := make([]keyCount, len(sc.seen))
	for i, id := range sc.seen {
		all[i] = keyCount{keys[id], float64(sc.count[id])}
		sc.count[id] = 0
	}
	sc.seen = sc.seen[:0]
	all = topKeys(all, sigSize)
	slices.SortFunc(all, func(a, b keyCount) int { return strings.Compare(a.key, b.key) })
	sig := &storySig{article: a.ID, date: a.Date, lang: a.Lang, keys: make([]string, len(all)), counts: make([]float64, len(all))}
	for i, e := range all {
		sig.keys[i], sig.counts[i] = e.key, e.count
	}
	return sig
}

type keyCount struct {
	key   string
	count float64
}

// topKeys keeps the n most frequent keys, ties broken by the key. Only the
// keys tied at the cut are sorted: most keys of an article occur once.
func topKeys(all []keyCount, n int) []keyCount {
	if len(all) <= n {
		return all
	}
	// The n-th highest count, from a histogram: counts are small integers.
	var hist []int
	for _, e := range all {
		c := int(e.count)
		if c >= len(hist) {
			hist = append(hist, make([]int, c+1-len(hist))...)
		}
		hist[c]++
	}
	cut, above := 0, 0
	for c := len(hist) - 1; c >= 0; c-- {
		if above += hist[c]; above >= n {
			cut = c
			break
		}
	}
	out := make([]keyCount, 0, n)
	var ties []keyCount
	for _, e := range all {
		switch {
		case int(e.count) > cut:
			out = append(out, e)
		case int(e.count) == cut:
			ties = append(ties, e)
		}
	}
	return append(out, smallestKeys(ties, n-len(out))...)
}

// smallestKeys returns the m entries of xs with the smallest keys, in no
// order: a max-heap of m keys, which most entries pass after one compare.
func smallestKeys(xs []keyCount, m int) []keyCount {
	if m <= 0 {
		return nil
	}
	h := xs[:0:0]
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && h[c+1].key > h[c].key {
				c++
			}
			if h[i].key >= h[c].key {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for _, e := range xs {
		switch {
		case len(h) < m:
			h = append(h, e)
			for i := len(h) - 1; i > 0 && h[(i-1)/2].key < h[i].key; i = (i - 1) / 2 {
				h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
			}
		case e.key < h[0].key:
			h[0] = e
			down(0)
		}
	}
	return h
}

// sigScratch counts key IDs for one article; count is indexed by key ID
// and zero again after use, seen lists the IDs counted.
type sigScratch struct {
	count []int32
	seen  []int32
}

var scratchPool = sync.Pool{New: func() any { return new(sigScratch) }}

func (sc *sigScratch) add(w string) {
	id := nameKeys.id(w)
	if id < 0 {
		return
	}
	if int(id) >= len(sc.count) {
		sc.count = append(sc.count, make([]int32, int(id)+1-len(sc.count)+256)...)
	}
	if sc.count[id] == 0 {
		sc.seen = append(sc.seen, id)
	}
	sc.count[id]++
}

// nameKeys memoises foldName for every capitalised word seen: a corpus
// repeats its names and nouns thousands of times, and folding each
// occurrence anew was most of the cost of a signature. Keys get small
// integer IDs so that an article's counts are a sort, not a map. The memo
// stops growing at maxNameKeys spellings (then words are folded each time).
var nameKeys = &nameMemo{written: map[string]int32{}, index: map[string]int32{}}

const maxNameKeys = 1 << 20

type nameMemo struct {
	mu      sync.RWMutex
	written map[string]int32 // name as written -> key ID, -1 for no key
	index   map[string]int32 // key -> key ID
	keys    []string         // key ID -> key
}

// id returns the key ID of a word as written, or -1 when it has no key.
func (m *nameMemo) id(w string) int32 {
	m.mu.RLock()
	id, ok := m.written[w]
	m.mu.RUnlock()
	if ok {
		return id
	}
	k := foldName(w)
	m.mu.Lock()
	defer m.mu.Unlock()
	id = -1
	if k != "" {
		var known bool
		if id, known = m.index[k]; !known {
			id = int32(len(m.keys))
			m.index[k] = id
			m.keys = append(m.keys, k)
		}
	}
	if len(m.written) < maxNameKeys {
		m.written[strings.Clone(w)] = id // w is a slice of a whole paragraph
	}
	return id
}

// strings returns the keys by ID; the slice only grows, so a snapshot
// stays valid for the IDs handed out before it.
func (m *nameMemo) strings() []string {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.keys
}

// asciiClass sorts ASCII bytes for scanNames.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = clUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clDigit
	}
	for _, c := range ".!?:\"\n" {
		t[c] = clOpener
	}
	return t
}()

const (
	clOther uint8 = iota
	clLower
	clUpper
	clDigit
	clOpener
)

// scanNames calls fn for every capitalised word of text that does not open a
// sentence, a line or a quotation: those are capitalised anyway. It reads
// every byte of a corpus, so ASCII is classified by table.
func scanNames(text string, fn func(string)) {
	opening := true
	for i := 0; i < len(text); {
		c := text[i]
		upper := false
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clOpener:
				opening = true
				i++
				continue
			case clDigit:
				opening = false
				i++
				continue
			case clOther:
				i++
				continue
			case clUpper:
				upper = true
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				switch {
				case r == '„' || r == '“' || r == '«' || r == '»':
					opening = true
				case unicode.IsDigit(r):
					opening = false
				}
				i += size
				continue
			}
			upper = unicode.IsUpper(r)
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if cl := asciiClass[c]; cl == clLower || cl == clUpper || c == '-' {
					j++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		if upper && !opening {
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
func foldName(w string) string { return string(appendFoldName(nil, w)) }

// appendFoldName appends the key of w to dst (nothing for no key). It is
// called for every capitalised word of a corpus, so ASCII words are lowered
// into a small buffer instead of through strings.ToLower.
func appendFoldName(dst []byte, w string) []byte {
	var low [64]byte
	var lw []byte
	ascii := len(w) <= len(low)
	for i := 0; ascii && i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case c >= 'A' && c <= 'Z':
			low[i] = c + 'a' - 'A'
		default:
			low[i] = c
		}
	}
	if ascii {
		lw = low[:len(w)]
	} else {
		lw = []byte(strings.ToLower(w))
	}
	for len(lw) > 0 && lw[len(lw)-1] == '-' {
		lw = lw[:len(lw)-1]
	}
	if i := apostrophe(lw); i > 0 {
		lw = lw[:i]
	}
	if len(lw) < 3 || nameStop[string(lw)] || months[string(lw)] || weekdays[string(lw)] {
		return dst
	}
	base := len(dst)
	last := rune(-1)
	put := func(r rune) {
		if r != last {
			dst = utf8.AppendRune(dst, r)
			last = r
		}
	}
	for i := 0; i < len(lw); {
		r, size := rune(lw[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(lw[i:])
		}
		i += size
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
			if i < len(lw) && lw[i] == 'e' { // "Koehler" is "Köhler"
				i++
			}
		default:
			put(r)
		}
	}
	for _, suf := range [...]byte{'s', 'n', 'e', 'i'} {
		if n := len(dst); n-base > 4 && dst[n-1] == suf {
			dst = dst[:n-1]
		}
	}
	if len(dst)-base < 3 {
		return dst[:base]
	}
	return dst
}

// apostrophe is the byte offset of the first ' or ’ in w, or -1.
func apostrophe(w []byte) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' {
			return i
		}
		if w[i] == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99 {
			return i
		}
	}
	return -1
}

// nameStop are words capitalised in headings, titles or after a colon that
// are no names: German and English function words.
var nameStop = lang.Words(`der die das den dem des ein eine einer eines einem einen und oder aber auch noch nicht nur wie
	was wer wo wann warum mit von vom zum zur bei nach für gegen über unter vor seit aus auf ins im am an in um es er sie
	wir ihr ich sie man dies diese dieser dieses jetzt heute gestern morgen doch dann denn sondern
	the a an and or but of to in on at for from with by as is are was were be this that these those it its
	he she they we you his her their our not no yes new how what why when where who after before over under mr mrs ms
	dr prof read more also`)

// dayDistance is the distance of two dates d days apart, read at a
// precision of n characters.
func dayDistance(d int64, n int) float64 {
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
	return float64(max(d, 0))
}
