package reuse

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"sync"
)

// passages turns clusters of spans into Passages on nw workers, biggest
// reuse first.
func (f *finder) passages(clusters [][]span, nw int) []Passage {
	out := make([]Passage, len(clusters))
	arts := make([]int, len(clusters)) // 0 for no passage
	var wg sync.WaitGroup
	for w := range nw {
		wg.Go(func() {
			b := &builder{f: f, al: newAligner(), arts: map[int32]bool{}}
			for i := w; i < len(clusters); i += nw {
				out[i], arts[i] = b.passage(clusters[i])
			}
		})
	}
	wg.Wait()
	type ranked struct {
		p      *Passage
		reused int // words times further articles
	}
	rs := make([]ranked, 0, len(out))
	for i := range out {
		if arts[i] > 0 {
			rs = append(rs, ranked{&out[i], out[i].Words * (arts[i] - 1)})
		}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.reused, a.reused), cmp.Compare(b.p.Words, a.p.Words), cmp.Compare(a.p.ID, b.p.ID))
	})
	ps := make([]Passage, len(rs))
	for i, r := range rs {
		ps[i] = *r.p
	}
	uniqueIDs(ps)
	return ps
}

// uniqueIDs gives passages with the same ID (the same original text held
// twice) a suffix.
func uniqueIDs(ps []Passage) {
	seen := make(map[string]int, len(ps))
	for i := range ps {
		id := ps[i].ID
		if n := seen[id]; n > 0 {
			ps[i].ID = id + "-" + strconv.Itoa(n+1)
		}
		seen[id]++
	}
}

// builder makes one passage at a time, reusing its buffers.
type builder struct {
	f      *finder
	al     *aligner
	orig   []token
	toks   []token
	copies []copyRef
	arts   map[int32]bool
}

// copyRef is a copy before it becomes a Copy: its span and rank.
type copyRef struct {
	s   span
	tag string
}

// passage builds the passage of one cluster and returns the number of
// articles that hold it, or 0 when they are fewer than two.
func (b *builder) passage(cl []span) (Passage, int) {
	f := b.f
	b.copies = b.copies[:0]
	clear(b.arts)
	for _, s := range cl {
		u := f.units[s.unit]
		b.arts[u.art] = true
		b.copies = append(b.copies, copyRef{s: s, tag: copyTag(f.text(int(s.unit)), int(s.blo), f.tags[u.art])})
	}
	if len(b.arts) < 2 {
		return Passage{}, 0
	}
	slices.SortFunc(b.copies, b.compareCopies)
	p := Passage{Copies: make([]Copy, len(b.copies))}
	for i, c := range b.copies {
		text := f.text(int(c.s.unit))
		b.toks = tokenize(b.toks[:0], text, int(c.s.blo), int(c.s.bhi))
		if i == 0 {
			b.orig = append(b.orig[:0], b.toks...)
			p.Words, p.ID = len(b.orig), passageID(b.orig)
			b.al.indexA(b.orig)
		} else {
			p.Differences = b.differences(p.Differences, b.orig, b.toks, i)
		}
		start, end := widen(text, int(c.s.blo), int(c.s.bhi))
		p.Copies[i] = Copy{
			Article: f.article(int(c.s.unit)).ID, Paragraph: f.para(int(c.s.unit)).Index,
			Start: start, End: end, Text: text[start:end], Words: len(b.toks), Tag: c.tag,
		}
	}
	return p, len(b.arts)
}

// compareCopies orders copies as likely originals: one naming an agency
// line, then by date (undated last), ID, paragraph and position.
func (b *builder) compareCopies(x, y copyRef) int {
	if (x.tag != "") != (y.tag != "") {
		if x.tag != "" {
			return -1
		}
		return 1
	}
	ax, ay := b.f.article(int(x.s.unit)), b.f.article(int(y.s.unit))
	if ax != ay {
		return compareRank(ax, ay, x.tag, y.tag)
	}
	return cmp.Or(cmp.Compare(b.f.units[x.s.unit].para, b.f.units[y.s.unit].para), cmp.Compare(x.s.blo, y.s.blo))
}

// passageID names a passage by the words of its original, so that the ID
// stays when other articles are added.
func passageID(words []token) string {
	h := uint64(fnvOffset)
	for _, t := range words {
		h = (h ^ t.h) * fnvPrime
	}
	return fmt.Sprintf("p%08x", uint32(mix64(h)))
}
