package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

// maxTextWidth keeps lines short enough to read comfortably on wide screens.
const maxTextWidth = 100

// readerModel shows one article, wrapped to the pane. The wrapped and styled
// text is cached per width and rebuilt only when the width or what is marked
// changes; View only slices the viewport.
type readerModel struct {
	c             *common
	width, height int
	focused       bool

	art       *corpus.Article
	vp        viewport.Model
	hide      bool                   // hide captions, boilerplate and meta lines
	figMarks  map[string]marksByPara // from the figures, per article
	entMarks  map[string]marksByPara // from the entities, per article
	hits      marksByPara            // search matches or mentions in art
	cache     map[int]*rendered      // by text width, for the current content
	r         *rendered
	positions map[string]position // per article, this run and the saved ones
	wantTop   int                 // paragraph to show once the pane has a size
}

// rendered is one article wrapped at one width. Lines are styled when they
// are drawn, not here: styling all of a 30 MB article took seconds, in
// which the program could not even quit, and only a screenful is seen.
type rendered struct {
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
}

func newReader(c *common, positions map[string]position) readerModel {
	if positions == nil {
		positions = map[string]position{}
	}
	return readerModel{c: c, vp: viewport.New(0, 0), positions: positions, cache: map[int]*rendered{}}
}

func (m *readerModel) SetFocus(f bool) { m.focused = f }

func (m *readerModel) SetSize(w, h int) {
	m.width, m.height = w, h
	top := m.TopParagraph()
	m.vp.Width, m.vp.Height = max(0, w), max(0, h-2)
	m.rerender()
	m.scrollToParagraph(top)
}

// Article is the article shown, or nil.
func (m readerModel) Article() *corpus.Article { return m.art }

// Open shows an article at the position it was last read at.
func (m *readerModel) Open(a *corpus.Article) {
	if a == m.art {
		return
	}
	m.remember()
	m.art, m.hits = a, nil
	m.invalidate()
	if a != nil {
		m.scrollToParagraph(m.positions[a.ID].Paragraph)
	}
}

// SetHits marks search matches or mentions in the current article.
func (m *readerModel) SetHits(h marksByPara) {
	top := m.TopParagraph()
	m.hits = h
	m.invalidate()
	m.scrollToParagraph(top)
}

// SetAnnotations installs figure or entity marks once they are computed.
func (m *readerModel) SetAnnotations(fig, ent map[string]marksByPara) {
	top := m.TopParagraph()
	if fig != nil {
		m.figMarks = fig
	}
	if ent != nil {
		m.entMarks = ent
	}
	m.invalidate()
	m.scrollToParagraph(top)
}

// Reveal scrolls so that byte offset off of paragraph para sits a third of
// the way down the pane.
func (m *readerModel) Reveal(para, off int) {
	if m.r == nil || para < 0 || para >= len(m.r.paraLine) {
		return
	}
	if m.r.paraLine[para] < 0 { // hidden furniture: show it again
		m.hide = false
		m.invalidate()
	}
	line := m.r.paraLine[para]
	for i, s := range m.r.paraWrap[para] {
		if off >= s.Start {
			line = m.r.paraLine[para] + i
		}
	}
	m.vp.SetYOffset(line - m.vp.Height/3)
}

// TopParagraph is the paragraph at the top of the pane.
func (m readerModel) TopParagraph() int {
	if m.r == nil {
		return m.wantTop
	}
	top := 0
	for i, l := range m.r.paraLine {
		if l >= 0 && l <= m.vp.YOffset {
			top = i
		}
	}
	return top
}

// Percent is how far down the article the pane is.
func (m readerModel) Percent() int {
	if m.art == nil {
		return 0
	}
	return int(m.vp.ScrollPercent()*100 + 0.5)
}

// Positions returns the remembered positions, including the current one.
func (m *readerModel) Positions() map[string]position {
	m.remember()
	return m.positions
}

func (m *readerModel) remember() {
	if m.art != nil && m.r != nil {
		m.positions[m.art.ID] = position{Paragraph: m.TopParagraph()}
	}
}

func (m *readerModel) scrollToParagraph(p int) {
	if m.r == nil {
		m.wantTop = p
		return
	}
	if p <= 0 {
		m.vp.SetYOffset(0) // show the title and date line too
		return
	}
	p = clamp(p, 0, len(m.r.paraLine)-1)
	for p < len(m.r.paraLine) && p >= 0 && m.r.paraLine[p] < 0 {
		p++
	}
	if p >= 0 && p < len(m.r.paraLine) {
		m.vp.SetYOffset(m.r.paraLine[p])
	} else {
		m.vp.SetYOffset(0)
	}
}

// invalidate drops the cached renders after the content changed.
func (m *readerModel) invalidate() {
	clear(m.cache)
	m.rerender()
}

// rerender puts the render for the current width into the viewport, from
// the cache when possible.
func (m *readerModel) rerender() {
	if m.art == nil || m.width < 1 {
		m.r = nil
		m.vp.SetContent("")
		return
	}
	tw := m.textWidth()
	r, ok := m.cache[tw]
	if !ok {
		r = m.render(tw)
		m.cache[tw] = r
	}
	if r != m.r {
		y := m.vp.YOffset
		m.r = r
		// The viewport scrolls over as many lines as there are; View draws
		// the ones in sight.
		m.vp.SetContent(strings.Repeat("\n", max(0, len(r.lines)-1)))
		m.vp.SetYOffset(y)
	}
}

func (m readerModel) textWidth() int { return max(1, min(m.width-2, maxTextWidth)) }

func isFurniture(k corpus.ParagraphKind) bool {
	return k == corpus.Caption || k == corpus.Boilerplate || k == corpus.Meta
}

// render wraps the article at text width tw and hands each line its marks.
func (m *readerModel) render(tw int) *rendered {
	st := m.c.styles
	a := m.art
	r := &rendered{paraLine: make([]int, len(a.Paragraphs)), paraWrap: make([][]corpus.Span, len(a.Paragraphs))}
	drawn := func(s string) { r.lines = append(r.lines, line{drawn: s, para: -1}) }
	const margin = " "

	if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0].Text, strings.TrimSuffix(a.Title, "…")) {
		for _, s := range wrapSpans(a.Title, tw) {
			drawn(margin + st.Title.Render(a.Title[s.Start:s.End]))
		}
	}
	meta := []string{articleMeta(a), a.Lang, fmt.Sprintf("%d words", a.Words)}
	drawn(margin + st.Dim.Render(truncate(strings.Join(meta, " · "), tw)))
	drawn("")

	figs, ents := m.figMarks[a.ID], m.entMarks[a.ID]
	for i, p := range a.Paragraphs {
		if m.hide && isFurniture(p.Kind) {
			r.paraLine[i] = -1
			continue
		}
		if n := len(r.lines); i > 0 && n > 0 && !(r.lines[n-1].para < 0 && r.lines[n-1].drawn == "") {
			drawn("")
		}
		marks := append(append(append([]mark(nil), ents[i]...), figs[i]...), m.hits[i]...)
		r.paraLine[i] = len(r.lines)
		r.paraWrap[i] = wrapSpans(p.Text, tw)
		perLine := marksPerLine(r.paraWrap[i], marks)
		for li, s := range r.paraWrap[i] {
			r.lines = append(r.lines, line{para: i, span: s, marks: perLine[li]})
		}
	}
	return r
}

// draw styles the lines from..to of the current render.
func (m readerModel) draw(from, to int) string {
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
		p := m.art.Paragraphs[l.para]
		var base *lipgloss.Style
		switch {
		case p.Kind == corpus.Heading:
			base = &st.Heading
		case isFurniture(p.Kind):
			base = &st.Furniture
		}
		b.WriteString(" ")
		renderMarked(&b, p.Text, l.span.Start, l.span.End, base, l.marks, st)
	}
	return b.String()
}

func (m readerModel) update(msg tea.Msg) (readerModel, tea.Cmd) {
	k := m.c.keys
	if scrollViewport(&m.vp, msg, k) {
		return m, nil
	}
	if msg, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(msg, k.Top):
			m.vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			m.vp.GotoBottom()
		case key.Matches(msg, k.Furniture):
			top := m.TopParagraph()
			m.hide = !m.hide
			m.invalidate()
			m.scrollToParagraph(top)
		}
	}
	return m, nil
}

func (m readerModel) View() string {
	st := m.c.styles
	if m.art == nil {
		return fit(paneTitle(st, "Reader", m.focused, m.width)+"\n\n"+st.Empty.Render(" no article"), m.width, m.height)
	}
	title := paneTitle(st, "Reader · "+sourceName(m.art, m.art.ID), m.focused, m.width)
	body := ""
	if m.r != nil {
		from := clamp(m.vp.YOffset, 0, len(m.r.lines))
		body = m.draw(from, min(len(m.r.lines), from+m.vp.Height))
	}
	return fit(title+"\n\n"+body, m.width, m.height)
}

func (m readerModel) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{withHelp(k.Move, "scroll"), k.Furniture}
}

func (m readerModel) FullHelp() [][]key.Binding {
	k := m.c.keys
	fur := k.Furniture
	if m.hide {
		fur = withHelp(fur, "show captions")
	}
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, fur}}
}
