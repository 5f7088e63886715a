package reuse

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"quellen/corpus/article"
)

// finder holds one run of Find: the articles in rank order and the
// paragraphs (units) that take part.
type finder struct {
	opt   Options
	arts  []*article.Article // best-ranked first
	tags  []string           // per ranked article: the agency line it opens with
	salts []uint64           // per ranked article: its language's hash salt
	units []unit
}

func newFinder(in []*article.Article, opt Options) *finder {
	f := &finder{}
	for _, a := range in {
		if a != nil {
			f.arts = append(f.arts, a)
		}
	}
	f.opt = opt.withDefaults(len(f.arts))
	tags := make(map[*article.Article]string, len(f.arts))
	for _, a := range f.arts {
		tags[a] = articleTag(a)
	}
	slices.SortStableFunc(f.arts, func(a, b *article.Article) int { return compareRank(a, b, tags[a], tags[b]) })
	f.tags = make([]string, len(f.arts))
	f.salts = make([]uint64, len(f.arts))
	paras := 0
	for _, a := range f.arts {
		paras += len(a.Paragraphs)
	}
	f.units = make([]unit, 0, paras)
	for i, a := range f.arts {
		f.tags[i] = tags[a]
		f.salts[i] = langSalt(a.Lang)
		for p, para := range a.Paragraphs {
			if takesPart(para) {
				f.units = appendWindows(f.units, unit{art: int32(i), para: int32(p)}, para.Text)
			}
		}
	}
	return f
}

// takesPart reports whether a paragraph may hold a passage: page furniture
// and date lines never do, and a paragraph too short to hold a shingle
// costs nothing to leave out.
func takesPart(p article.Paragraph) bool {
	return p.Kind != article.Boilerplate && p.Kind != article.Meta && len(p.Text) >= 2*shingleWords
}

// compareRank orders articles as likely originals: one that names an
// agency line first, then the earliest date (undated last), then by ID.
func compareRank(a, b *article.Article, tagA, tagB string) int {
	if (tagA != "") != (tagB != "") {
		if tagA != "" {
			return -1
		}
		return 1
	}
	if (a.Date != "") != (b.Date != "") {
		if a.Date != "" {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(a.Date, b.Date); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func langSalt(lang string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(lang); i++ {
		h = (h ^ uint64(lang[i])) * fnvPrime
	}
	return mix64(h)
}

func (f *finder) article(u int) *article.Article { return f.arts[f.units[u].art] }

func (f *finder) para(u int) *article.Paragraph {
	return &f.arts[f.units[u].art].Paragraphs[f.units[u].para]
}

func (f *finder) text(u int) string { return f.para(u).Text }

// tokens appends the words of unit u.
func (f *finder) tokens(dst []token, u int) []token {
	return tokenize(dst, f.text(u), int(f.units[u].lo), int(f.units[u].hi))
}

// A paragraph longer than maxUnitBytes (a file without blank lines) is
// split into windows that overlap by unitOverlap bytes, so that aligning
// it with many others costs a window each time, not the whole paragraph.
const (
	maxUnitBytes = 32 << 10
	unitOverlap  = 8 << 10
)

// appendWindows appends the units of a paragraph: copies of u with the
// byte ranges of its windows, which start and end at spaces where the text
// has any.
func appendWindows(dst []unit, u unit, text string) []unit {
	for lo := 0; ; {
		hi := len(text)
		if hi-lo > maxUnitBytes {
			hi = wordBoundary(text, lo+maxUnitBytes)
		}
		u.lo, u.hi = int32(lo), int32(hi)
		dst = append(dst, u)
		if hi >= len(text) {
			return dst
		}
		lo = wordBoundary(text, max(hi-unitOverlap, lo+1))
	}
}

// wordBoundary returns the first space at or after i (within 256 bytes),
// else the start of the rune at i.
func wordBoundary(text string, i int) int {
	for j := i; j < len(text) && j < i+256; j++ {
		if text[j] == ' ' {
			return j
		}
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}
func (f *finder) salt(u int) uint64 { return f.salts[f.units[u].art] }

// textBytes is the size of the units [lo, hi), to size buffers.
func (f *finder) textBytes(lo, hi int) int {
	n := 0
	for u := lo; u < hi; u++ {
		n += int(f.units[u].hi - f.units[u].lo)
	}
	return n
}
