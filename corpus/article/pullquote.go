package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markPullQuotes demotes short paragraphs whose words reappear, in order,
// inside a longer paragraph of the same article: pull quotes repeat the
// text (sometimes with a word left out) and would count its figures twice.
//
// An article with a few candidates compares each with every paragraph,
// which costs a few passes over its text. With many (80 000 one-line
// paragraphs took minutes) an index from each folded word to the paragraphs
// holding it picks the few worth comparing, those that hold the
// candidate's rarest word, and the work is capped in proportion to the
// text, so that a file crafted to defeat the index still loads in linear
// time.
//
// It returns the work done, in words and paragraphs looked at, for tests.
func markPullQuotes(paras []Paragraph) (work int) {
	if len(paras) > maxPullQuoteParagraphs {
		return 0
	}
	var cands []int
	for i, p := range paras {
		if p.Kind == "" && utf8.RuneCountInString(p.Text) <= 250 {
			cands = append(cands, i)
		}
	}
	q := quoteFinder{paras: paras, keys: make([][]string, len(paras))}
	if len(cands) <= maxDirectQuotes {
		all := make([]int32, len(paras))
		for j := range all {
			all[j] = int32(j)
		}
		for _, i := range cands {
			q.check(i, all)
		}
		return q.work
	}
	// Only the words of candidates long enough to count are indexed.
	index := map[string][]int32{} // folded word -> paragraphs, each once, in order
	for _, i := range cands {
		if len(q.key(i)) >= 5 {
			for _, w := range q.key(i) {
				index[w] = nil
			}
		}
	}
	if len(index) == 0 {
		return q.work
	}
	words := 0
	for j := range paras {
		words += len(q.key(j))
		for _, w := range q.key(j) {
			if at, ok := index[w]; ok && (len(at) == 0 || at[len(at)-1] != int32(j)) {
				index[w] = append(at, int32(j))
			}
		}
	}
	q.budget = 16*words + 4096
	for _, i := range cands {
		if len(q.key(i)) >= 5 && !q.check(i, rarest(index, q.key(i))) {
			break // out of budget
		}
	}
	return q.work + words
}

// maxPullQuoteParagraphs: a file of more paragraphs is no page with pull
// quotes (long news pages hold a few hundred), and looking through a
// million one-line paragraphs cost more than all the rest of their parse.
const maxPullQuoteParagraphs = 20_000

// maxDirectQuotes is how many candidates are compared with every paragraph
// without an index.
const maxDirectQuotes = 32

// quoteFinder compares candidate pull quotes with the paragraphs they may
// repeat. keys are the paragraphs' folded words, made on first need.
type quoteFinder struct {
	paras  []Paragraph
	keys   [][]string
	budget int // work left when > 0; no limit when 0
	work   int // paragraphs and words looked at
}

func (q *quoteFinder) key(j int) []string {
	if q.keys[j] == nil {
		q.keys[j] = strings.Fields(quoteKey(q.paras[j].Text))
	}
	return q.keys[j]
}

// check demotes paragraph i when one of others repeats it. It returns false
// when the budget ran out.
func (q *quoteFinder) check(i int, others []int32) bool {
	p := &q.paras[i]
	// The probe (the candidate's longest word, as written) rules out most
	// paragraphs before any are folded and split.
	probe := longestWord(p.Text)
	if probe == "" {
		return true
	}
	limited := q.budget > 0
	for _, j := range others {
		hay := q.paras[j].Text
		if int(j) == i || len(hay) <= len(p.Text) {
			continue
		}
		cost := 1 + len(hay)/8
		q.work += cost
		if limited {
			if q.budget -= cost; q.budget <= 0 {
				return false
			}
		}
		if !strings.Contains(hay, probe) || len(q.key(i)) < 5 {
			continue
		}
		q.work += len(q.key(int(j)))
		if limited {
			q.budget -= len(q.key(int(j)))
		}
		if containsInOrder(q.key(int(j)), q.key(i), 2) {
			p.Kind = Boilerplate
			return true
		}
	}
	return true
}

// rarest returns the paragraphs holding the word of needle that is in the
// fewest: every paragraph that holds all of needle is among them.
func rarest(index map[string][]int32, needle []string) []int32 {
	best := index[needle[0]]
	for _, w := range needle[1:] {
		if at := index[w]; len(at) < len(best) {
			best = at
		}
	}
	return best
}

// longestWord returns the longest run of letters in s, skipping the first
// word, whose capitalisation may differ where a quote repeats its source.
func longestWord(s string) string {
	best := ""
	first := true
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if first {
			first = false
			continue
		}
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

// containsInOrder reports whether the words of needle occur in hay in order,
// starting anywhere, with at most slack extra words between them.
func containsInOrder(hay, needle []string, slack int) bool {
	for start := 0; start+len(needle) <= len(hay); start++ {
		if hay[start] != needle[0] {
			continue
		}
		k, extra := 1, 0
		for h := start + 1; h < len(hay) && k < len(needle) && extra <= slack; h++ {
			if hay[h] == needle[k] {
				k++
			} else {
				extra++
			}
		}
		if k == len(needle) && extra <= slack {
			return true
		}
	}
	return false
}

// quoteKey lower-cases and keeps only letters, digits and single spaces, so a
// pull quote matches its source despite different quotes or punctuation.
func quoteKey(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII without the unicode tables
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			default:
				space = true
				continue
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
