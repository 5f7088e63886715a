package ui

import (
	"fmt"
	"strings"

	"quellen/corpus"
)

// sharedRef is one article's copy of a passage other articles print too:
// where it stands, what the margin note says, and every copy to walk with
// n/N.
type sharedRef struct {
	span   corpus.Span
	note   string   // "also in 2 articles: Nordbote (original), Küstenzeitung"
	copies []target // the passage's copies, the original first
	self   int      // this copy's index in copies
}

type sharedByPara map[int][]sharedRef

// sharedRefs indexes the shared passages by article and paragraph.
func sharedRefs(c *corpus.Corpus, ps []corpus.Passage) map[string]sharedByPara {
	out := map[string]sharedByPara{}
	for _, p := range ps {
		copies := make([]target, len(p.Copies))
		for i, cp := range p.Copies {
			copies[i] = target{Article: cp.Article, Paragraph: cp.Paragraph, Span: corpus.Span{Start: cp.Start, End: cp.End}}
		}
		for i, cp := range p.Copies {
			if out[cp.Article] == nil {
				out[cp.Article] = sharedByPara{}
			}
			out[cp.Article][cp.Paragraph] = append(out[cp.Article][cp.Paragraph],
				sharedRef{span: copies[i].Span, note: sharedNote(c, p, i), copies: copies, self: i})
		}
	}
	return out
}

// sharedNote names the other articles that print the passage: for a copy,
// its original first and the words this copy changed; for the original,
// its copies and what each changed.
func sharedNote(c *corpus.Corpus, p corpus.Passage, self int) string {
	changes := map[int][]string{}
	for _, d := range p.Differences {
		changes[d.Copy.Copy] = append(changes[d.Copy.Copy], fmt.Sprintf("%q → %q", d.Original.Text, d.Copy.Text))
	}
	var others []string
	seen := map[string]bool{p.Copies[self].Article: true}
	for i, cp := range p.Copies {
		if seen[cp.Article] {
			continue
		}
		seen[cp.Article] = true
		name := sourceName(c.Article(cp.Article), cp.Article)
		switch {
		case i == 0:
			name += " (original)"
		case self == 0 && len(changes[i]) > 0:
			name += " (changed " + strings.Join(changes[i], ", ") + ")"
		}
		others = append(others, name)
	}
	note := fmt.Sprintf("also in %s: %s", plural(len(others), "article", "articles"), strings.Join(others, ", "))
	if self > 0 && len(changes[self]) > 0 {
		note += "; here changed " + strings.Join(changes[self], ", ")
	}
	return note
}

// inShared reports whether a line's span overlaps one of the copies.
func inShared(refs []sharedRef, s corpus.Span) bool {
	for _, r := range refs {
		if r.span.Start < s.End && s.Start < r.span.End {
			return true
		}
	}
	return false
}

// walkShared opens the next copy of the first shared passage in sight; the
// copies become the n/N list, so that n/N walk them across articles.
func (m *readerModel) walkShared() {
	if m.art == nil || m.r == nil {
		return
	}
	refs := m.shared[m.art.ID]
	bottom := m.vp.YOffset + m.vp.Height
	for p := m.TopParagraph(); p < len(m.r.paraLine); p++ {
		if m.r.paraLine[p] >= bottom {
			break
		}
		if len(refs[p]) > 0 && m.r.paraLine[p] >= 0 {
			r := refs[p][0]
			m.c.ask(jumpMsg{list: newJumps("copy", r.copies, (r.self+1)%len(r.copies)), focus: true, from: paneReader})
			return
		}
	}
}
