package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

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
	hide      bool                    // hide captions, boilerplate and meta lines
	figMarks  map[string]marksByPara  // from the figures, per article
	entMarks  map[string]marksByPara  // from the entities, per article
	hits      marksByPara             // search matches or mentions in art
	shared    map[string]sharedByPara // passages other articles print too
	cache     map[int]*rendered       // by text width, for the current content
	r         *rendered
	positions map[string]position // per article (see positionKey), this run and the saved ones
	wantTop   int                 // paragraph to show once the pane has a size
	keys      readerKeyMap
	jumps     jumpList            // n/N: search matches, or what was jumped from
	named     *corpus.EntityIndex // who is named in which paragraph; nil until found

	// A large article is rendered in the background (see renderCmd).
	size      int     // bytes of text in art
	gen       int     // counts the renders asked for
	pending   bool    // the render for gen is not in yet
	scheduled int     // the gen whose render was started
	revealAt  *[2]int // a Reveal (paragraph, offset) waiting for the render
}

func newReader(c *common) *readerModel {
	positions := c.positions
	if positions == nil {
		positions = map[string]position{}
	}
	k := c.keys
	return &readerModel{c: c, vp: viewport.New(0, 0), positions: positions, cache: map[int]*rendered{},
		keys: readerKeyMap{Scroll: withHelp(k.Move, "scroll"), Up: k.Up, Down: k.Down, PageUp: k.PageUp,
			PageDown: k.PageDown, Top: k.Top, Bottom: k.Bottom, Furniture: k.Furniture,
			Shared: k.Shared, OpenURL: k.OpenURL, Copy: k.Copy}}
}

type readerKeyMap struct {
	Scroll, Up, Down, PageUp, PageDown, Top, Bottom, Furniture key.Binding
	Shared, OpenURL, Copy                                      key.Binding
}

// ShortHelp leads with the hints that change with the article (s where
// other articles print a passage, c's show or hide) and leaves out what is
// disabled: the status bar puts a pane's first two hints before the app's.
func (k readerKeyMap) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, b := range []key.Binding{k.Shared, k.Furniture, k.Scroll} {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

func (k readerKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Shared, k.Furniture, k.OpenURL, k.Copy}}
}

func (m *readerModel) KeyMap() help.KeyMap {
	k := m.keys
	if m.hide {
		k.Furniture = withHelp(k.Furniture, "show captions")
	}
	k.Furniture.SetEnabled(m.art != nil)
	k.Shared.SetEnabled(m.art != nil && len(m.shared[m.art.ID]) > 0)
	k.OpenURL.SetEnabled(m.art != nil)
	k.Copy.SetEnabled(m.art != nil)
	return k
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
func (m *readerModel) Article() *corpus.Article { return m.art }

// Open shows an article at the position it was last read at.
func (m *readerModel) Open(a *corpus.Article) {
	if a == m.art {
		return
	}
	m.remember()
	m.art, m.hits, m.size, m.revealAt = a, nil, 0, nil
	if a != nil {
		for _, p := range a.Paragraphs {
			m.size += len(p.Text)
		}
		m.hits = m.jumps.marks(a.ID)
	}
	m.invalidate()
	if a != nil {
		m.scrollToParagraph(m.positions[positionKey(a)].Paragraph)
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

// SetShared installs the shared passages once they are found.
func (m *readerModel) SetShared(s map[string]sharedByPara) {
	top := m.TopParagraph()
	m.shared = s
	m.invalidate()
	m.scrollToParagraph(top)
}

// Reveal scrolls so that byte offset off of paragraph para sits a third of
// the way down the pane.
func (m *readerModel) Reveal(para, off int) {
	if m.pending && m.art != nil {
		m.revealAt = &[2]int{para, off} // once the render is in
		return
	}
	if m.r == nil || para < 0 || para >= len(m.r.paraLine) {
		return
	}
	if m.r.paraLine[para] < 0 { // hidden furniture: show it again
		m.hide = false
		if m.invalidate(); m.pending {
			m.revealAt = &[2]int{para, off}
			return
		}
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
func (m *readerModel) TopParagraph() int {
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
func (m *readerModel) Percent() int {
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
		m.positions[positionKey(m.art)] = position{Paragraph: m.TopParagraph()}
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
// the cache when possible. A large article's render is asked of renderCmd
// instead; until it is in, the one before (of the same article) stays.
func (m *readerModel) rerender() {
	if m.art == nil || m.width < 1 {
		m.show(nil)
		return
	}
	tw := m.textWidth()
	r, ok := m.cache[tw]
	switch {
	case ok:
	case m.size < asyncRender:
		r = m.job(tw).render()
		m.cache[tw] = r
	default:
		m.gen++
		m.pending = true
		if m.r != nil && m.r.art != m.art {
			m.show(nil)
		}
		return
	}
	m.pending = false
	m.show(r)
}

// show puts r (nil for none) into the viewport at the same offset.
func (m *readerModel) show(r *rendered) {
	if r == m.r {
		return
	}
	y := m.vp.YOffset
	m.r = r
	if r == nil {
		m.vp.SetContent("")
		return
	}
	// The viewport scrolls over as many lines as there are; View draws the
	// ones in sight.
	m.vp.SetContent(strings.Repeat("\n", max(0, len(r.lines)-1)))
	m.vp.SetYOffset(y)
}

func (m *readerModel) textWidth() int { return max(1, min(m.width-2, maxTextWidth)) }

func isFurniture(k corpus.ParagraphKind) bool {
	return k == corpus.Caption || k == corpus.Boilerplate || k == corpus.Meta
}

func (m *readerModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case previewMsg:
		m.Open(m.c.corpus.Article(msg.article))
		return nil
	case figuresLoadedMsg:
		m.SetAnnotations(msg.marks, nil)
		m.SetShared(msg.shared)
		return nil
	case entitiesLoadedMsg:
		m.named = msg.index
		m.SetAnnotations(nil, msg.marks)
		return nil
	}
	k := m.keys
	if scrollViewport(&m.vp, msg, m.c.keys) {
		return nil
	}
	if msg, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(msg, k.Top):
			m.vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			m.vp.GotoBottom()
		case key.Matches(msg, k.Furniture) && m.art != nil:
			top := m.TopParagraph()
			m.hide = !m.hide
			m.invalidate()
			m.scrollToParagraph(top)
		case key.Matches(msg, k.Shared):
			m.walkShared()
		case key.Matches(msg, k.OpenURL) && m.art != nil:
			return m.openURL(m.art)
		case key.Matches(msg, k.Copy) && m.art != nil:
			return m.copyPassage(m.art)
		}
	}
	return nil
}

func (m *readerModel) View() string {
	st := m.c.styles
	if m.art == nil {
		return fit(paneTitle(st, "Reader", m.focused, m.width)+"\n\n"+st.Empty.Render(" no article"), m.width, m.height)
	}
	title := paneTitle(st, "Reader · "+sourceName(m.art, m.art.ID), m.focused, m.width)
	body := st.Empty.Render(" wrapping…")
	if m.r != nil {
		from := clamp(m.vp.YOffset, 0, len(m.r.lines))
		body = m.draw(from, min(len(m.r.lines), from+m.vp.Height))
	}
	return fit(title+"\n"+m.namedLine()+"\n"+body, m.width, m.height)
}
