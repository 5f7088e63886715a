package ui

import (
	"strings"

	"quellen/corpus"
)

// Where the reader is: its n/N list (matches, figures, mentions, copies)
// and who is named in the paragraph it is at.

// SetJumps makes list the n/N list and shows its current place.
func (m *readerModel) SetJumps(list jumpList) {
	m.jumps = list
	if _, ok := list.Current(); !ok {
		if m.art != nil {
			m.SetHits(nil)
		}
		return
	}
	m.showCurrent()
}

// showCurrent opens the article of the list's current place, marks the
// list's places in it and scrolls to the current one.
func (m *readerModel) showCurrent() {
	t, ok := m.jumps.Current()
	a := m.c.corpus.Article(t.Article)
	if !ok || a == nil {
		return
	}
	m.Open(a)
	m.SetHits(m.jumps.marks(a.ID))
	m.Reveal(t.Paragraph, t.Span.Start)
	m.c.ask(shownMsg{t})
}

// Step walks the n/N list, across articles.
func (m *readerModel) Step(d int) string {
	if m.jumps.Len() == 0 {
		return "no matches: / searches every article"
	}
	wrapped := m.jumps.Step(d)
	m.showCurrent()
	if wrapped {
		return m.jumps.WrapNote()
	}
	return ""
}

func (m *readerModel) JumpStatus() string { return m.jumps.Status() }

// cursorParagraph is the paragraph the reader is at: the current match's
// when it is in this article, else the one at the top of the pane.
func (m *readerModel) cursorParagraph() int {
	if t, ok := m.jumps.Current(); ok && m.art != nil && t.Article == m.art.ID {
		return t.Paragraph
	}
	return m.TopParagraph()
}

// NamedHere is who the paragraph the reader is at names, most mentioned
// first; nil while the entities are not found.
func (m *readerModel) NamedHere() []*corpus.Entity {
	if m.named == nil || m.art == nil {
		return nil
	}
	return m.named.In(m.art.ID, m.cursorParagraph())
}

// namedLine is the line under the title: who is named where the reader is.
func (m *readerModel) namedLine() string {
	ents := m.NamedHere()
	if len(ents) == 0 {
		return ""
	}
	names := make([]string, len(ents))
	for i, e := range ents {
		names[i] = e.Name
	}
	return m.c.styles.Dim.Render(truncate(" named here: "+strings.Join(names, ", "), m.width))
}
