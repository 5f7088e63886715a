package ui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

// asyncRender is the size of article text, in bytes, from which the reader
// renders in the background: wrapping a million short paragraphs takes
// seconds, in which the event loop would not even see q or SIGTERM.
var asyncRender = 1 << 20

// rendered is one article wrapped at one width. Lines are styled when they
// are drawn, not here: styling all of a 30 MB article took seconds, in
// which the program could not even quit, and only a screenful is seen.
type rendered struct {
	art      *corpus.Article
	lines    []line
	paraLine []int // first line of each paragraph; -1 when hidden
	paraWrap [][]corpus.Span
}

// line is one line of the reader: drawn already (title, date line, blank),
// or a span of a paragraph with the marks over it.
type line struct {
	drawn string
	para  int // -1 for a drawn line
	span  corpus.Span
	marks []mark
	// shared: the line holds text other articles print too (a bar in the
	// margin).
	shared bool
}

// renderJob is what a render reads, taken from the reader so that it can
// run in another goroutine: the article and the marks are not changed once
// set (new marks come as new maps).
type renderJob struct {
	st               *Styles
	art              *corpus.Article
	tw               int
	hide             bool
	figs, ents, hits marksByPara
	shared           sharedByPara
}

func (m *readerModel) job(tw int) renderJob {
	return renderJob{st: m.c.styles, art: m.art, tw: tw, hide: m.hide,
		figs: m.figMarks[m.art.ID], ents: m.entMarks[m.art.ID], hits: m.hits, shared: m.shared[m.art.ID]}
}

// renderedMsg is a background render, for the render asked for as gen.
type renderedMsg struct {
	gen int
	tw  int
	r   *rendered
}

// renderCmd starts the render that rerender left pending, once per gen.
func (m *readerModel) renderCmd() tea.Cmd {
	if !m.pending || m.scheduled == m.gen || m.art == nil {
		return nil
	}
	m.scheduled = m.gen
	j, gen := m.job(m.textWidth()), m.gen
	return func() tea.Msg { return renderedMsg{gen: gen, tw: j.tw, r: j.render()} }
}

// finishRender shows a background render unless a newer one was asked for,
// keeping the paragraph at the top (or showing a Reveal that waited).
func (m *readerModel) finishRender(msg renderedMsg) {
	if msg.gen != m.gen || msg.r.art != m.art {
		return
	}
	m.cache[msg.tw] = msg.r
	top := m.TopParagraph()
	m.rerender()
	if at := m.revealAt; at != nil {
		m.revealAt = nil
		m.Reveal(at[0], at[1])
		return
	}
	m.scrollToParagraph(top)
}

// render wraps the article at text width tw and hands each line its marks.
func (j renderJob) render() *rendered {
	st, a, tw := j.st, j.art, j.tw
	r := &rendered{art: a, paraLine: make([]int, len(a.Paragraphs)), paraWrap: make([][]corpus.Span, len(a.Paragraphs))}
	drawn := func(s string) { r.lines = append(r.lines, line{drawn: s, para: -1}) }
	const margin = " "

	if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0].Text, strings.TrimSuffix(a.Title, "…")) {
		for _, s := range wrapSpans(a.Title, tw) {
			drawn(margin + st.Title.Render(a.Title[s.Start:s.End]))
		}
	}
	meta := []string{articleMeta(a), a.Lang, fmt.Sprintf("%d words", a.Words)}
	drawn(margin + st.Dim.Render(truncate(strings.Join(meta, " · "), tw)))
	if a.URL != "" {
		drawn(margin + st.Dim.Render(truncateMiddle(a.URL, tw)))
	}
	drawn("")

	for i, p := range a.Paragraphs {
		if j.hide && isFurniture(p.Kind) {
			r.paraLine[i] = -1
			continue
		}
		if n := len(r.lines); i > 0 && n > 0 && !(r.lines[n-1].para < 0 && r.lines[n-1].drawn == "") {
			drawn("")
		}
		marks := append(append(append([]mark(nil), j.ents[i]...), j.figs[i]...), j.hits[i]...)
		r.paraLine[i] = len(r.lines)
		r.paraWrap[i] = wrapSpans(p.Text, tw)
		perLine := marksPerLine(r.paraWrap[i], marks)
		refs := j.shared[i]
		for li, s := range r.paraWrap[i] {
			r.lines = append(r.lines, line{para: i, span: s, marks: perLine[li], shared: inShared(refs, s)})
		}
		for _, ref := range refs {
			for k, l := range wrapLines(ref.note, max(1, tw-2)) {
				lead := st.SharedBar.Render("└") + " "
				if k > 0 {
					lead = "  "
				}
				drawn(lead + st.Dim.Render(l))
			}
		}
	}
	return r
}

// draw styles the lines from..to of the current render.
func (m *readerModel) draw(from, to int) string {
	st := m.c.styles
	var b strings.Builder
	for i := from; i < to; i++ {
		if i > from {
			b.WriteByte('\n')
		}
		l := m.r.lines[i]
		if l.para < 0 {
			b.WriteString(l.drawn)
			continue
		}
		p := m.r.art.Paragraphs[l.para]
		var base *lipgloss.Style
		switch {
		case p.Kind == corpus.Heading:
			base = &st.Heading
		case isFurniture(p.Kind):
			base = &st.Furniture
		}
		if l.shared {
			b.WriteString(st.SharedBar.Render("│"))
		} else {
			b.WriteString(" ")
		}
		renderMarked(&b, p.Text, l.span.Start, l.span.End, base, l.marks, st)
	}
	return b.String()
}
