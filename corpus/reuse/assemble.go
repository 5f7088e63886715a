package reuse

import (
	"cmp"
	"hash/fnv"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"quellen/corpus/article"
)

// sameSentence is the least estimated Jaccard similarity of two sentences'
// word pairs that makes them one: a changed figure or word in a sentence of
// twenty words still passes, another sentence on the same events does not.
const sameSentence = 0.5

// reps is how many members of a bucket a sentence is checked against.
const reps = 3

// clusterUnits joins near-duplicate sentences of one language and returns
// each unit's cluster (a union-find root).
func clusterUnits(units []unit) []int {
	parent := make([]int, len(units))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	buckets := map[uint64][]int32{} // one band's, reused
	for b := 0; b < bands; b++ {
		clear(buckets)
		for i := range units {
			k := bandKey(&units[i], b)
			bucket := buckets[k]
			joined := false
			for _, j32 := range bucket {
				j := int(j32)
				if similarity(&units[i].sig, &units[j].sig) >= sameSentence {
					if ri, rj := find(i), find(j); ri != rj {
						parent[max(ri, rj)] = min(ri, rj)
					}
					joined = true
					break
				}
			}
			if !joined && len(bucket) < reps {
				buckets[k] = append(bucket, int32(i))
			}
		}
	}
	roots := make([]int, len(units))
	for i := range units {
		roots[i] = find(i)
	}
	return roots
}

func bandKey(u *unit, b int) uint64 {
	h := fnv.New64a()
	h.Write([]byte{u.lang})
	var buf [4]byte
	for _, v := range u.sig[b*bandRows : (b+1)*bandRows] {
		buf[0], buf[1], buf[2], buf[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
		h.Write(buf[:])
	}
	h.Write([]byte{byte(b)})
	return h.Sum64()
}

// assemble turns shared sentences into passages: in each article, runs of
// consecutive sentences of one paragraph that the same articles share;
// runs of the same sentences in other articles are its copies.
func assemble(arts []*article.Article, units []unit, roots []int) []*Passage {
	holders := holderSets(units, roots)
	type building struct {
		p   *Passage
		has map[string]bool
	}
	byKey := map[string]*building{}
	var order []string
	for i := 0; i < len(units); {
		h := holders[roots[i]]
		j := i
		for j < len(units) && units[j].art == units[i].art && units[j].para == units[i].para &&
			h.n >= 2 && holders[roots[j]] == h {
			j++
		}
		if j == i {
			i++
			continue
		}
		key, n := runKey(units[i:j], roots[i:j])
		if n >= MinWords {
			bd := byKey[key]
			if bd == nil {
				bd = &building{p: &Passage{Words: n}, has: map[string]bool{}}
				byKey[key] = bd
				order = append(order, key)
			}
			u, v := units[i], units[j-1]
			if id := arts[u.art].ID; !bd.has[id] {
				bd.has[id] = true
				text := paragraphText(arts[u.art], int(u.para))
				bd.p.Copies = append(bd.p.Copies, Copy{Article: id, Paragraph: int(u.para), Start: int(u.start), End: int(v.end),
					Text: strings.TrimSpace(text[u.start:v.end])})
			}
		}
		i = j
	}
	var out []*Passage
	for _, k := range order {
		if p := byKey[k].p; len(p.Copies) >= 2 {
			out = append(out, p)
		}
	}
	return out
}

// holders is the set of articles that hold a cluster's sentences, as a
// count and a hash, so that runs compare sets in constant time.
type holders struct {
	n    int
	hash uint64
}

func holderSets(units []unit, roots []int) map[int]holders {
	arts := map[int][]int32{}
	for i, u := range units {
		l := arts[roots[i]]
		if len(l) == 0 || l[len(l)-1] != u.art {
			arts[roots[i]] = append(l, u.art) // units come in article order
		}
	}
	out := make(map[int]holders, len(arts))
	for r, l := range arts {
		l = slices.Compact(l)
		h := fnv.New64a()
		for _, a := range l {
			h.Write([]byte(strconv.Itoa(int(a))))
			h.Write([]byte{','})
		}
		out[r] = holders{len(l), h.Sum64()}
	}
	return out
}

// runKey names a run of sentences by its clusters; n is its words.
func runKey(us []unit, roots []int) (string, int) {
	var b strings.Builder
	n := 0
	for i, u := range us {
		b.WriteString(strconv.Itoa(roots[i]))
		b.WriteByte(',')
		n += int(u.words)
	}
	return b.String(), n
}

func paragraphText(a *article.Article, index int) string {
	for i := range a.Paragraphs {
		if a.Paragraphs[i].Index == index {
			return a.Paragraphs[i].Text
		}
	}
	return ""
}

// agencyLine finds an agency named as a source line: "(dpa)", "BERLIN
// (Reuters) -", "(AFP/Reuters)".
var agencyLine = regexp.MustCompile(`(?i)\((dpa|afp|ap|reuters|epd|kna|apa|sda|ddp|efe|ansa|xinhua|tass|upi|bloomberg)(/[a-z]+)?\)`)

// orderCopies puts the original first: the article that names an agency
// line, else the earliest dated one, else the first by ID; the others by
// date and ID.
func orderCopies(p *Passage, byID map[string]*article.Article, agencies map[string]bool) {
	type key struct {
		agency bool
		date   string
	}
	keys := make(map[string]key, len(p.Copies))
	for _, c := range p.Copies {
		k := key{agencies[c.Article] || agencyLine.MatchString(c.Text), "9999"} // undated last
		if a := byID[c.Article]; a != nil && a.Date != "" {
			k.date = a.Date
		}
		keys[c.Article] = k
	}
	slices.SortStableFunc(p.Copies, func(a, b Copy) int {
		ka, kb := keys[a.Article], keys[b.Article]
		if ka.agency != kb.agency {
			if ka.agency {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(ka.date, kb.date); c != 0 {
			return c
		}
		return strings.Compare(a.Article, b.Article)
	})
}

// firstLines is the start of an article's text, where datelines name their
// agency.
func firstLines(a *article.Article) string {
	var b strings.Builder
	for i := 0; i < len(a.Paragraphs) && i < 3; i++ {
		t := a.Paragraphs[i].Text
		b.WriteString(t[:min(len(t), 200)])
		b.WriteByte('\n')
	}
	return b.String()
}
