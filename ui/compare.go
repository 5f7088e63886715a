package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

// compareModel puts the figures of one group side by side, one column per
// source, under a chart of every source's value on one scale. On a narrow
// terminal the sources are stacked, and the selected one kept in view. n/N
// walk the group's figures without leaving the view.
type compareModel struct {
	c             *common
	width, height int
	focused       bool
	group         *corpus.Group
	sources       [][]*corpus.Figure // figures per source, in group order
	srcOf         []int              // source of each figure of jumps
	jumps         jumpList           // the group's figures, source by source
	sel           int                // selected source
	vp            viewport.Model
	keys          compareKeyMap
	figLine       []int // line of each figure of jumps in the render
}

type compareKeyMap struct {
	Sources, Left, Right, Up, Down, PageUp, PageDown, Open key.Binding
}

func (k compareKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Sources, k.Open} }
func (k compareKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Left, k.Right, k.Up, k.Down, k.PageUp, k.PageDown, k.Open}}
}

func newCompare(c *common) *compareModel {
	k := c.keys
	return &compareModel{c: c, vp: viewport.New(0, 0), keys: compareKeyMap{
		Sources: key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←→", "source")),
		Left:    k.Left, Right: k.Right, Up: withHelp(k.Up, "scroll up"), Down: withHelp(k.Down, "scroll down"),
		PageUp: k.PageUp, PageDown: k.PageDown, Open: withHelp(k.Enter, "read passage"),
	}}
}

func (m *compareModel) KeyMap() help.KeyMap {
	k := m.keys
	on := m.group != nil
	for _, b := range []*key.Binding{&k.Sources, &k.Left, &k.Right, &k.Open} {
		b.SetEnabled(on)
	}
	return k
}

func (m *compareModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.vp.Width, m.vp.Height = max(0, w), max(0, h-2)
	m.rerender()
}

func (m *compareModel) SetFocus(f bool) {
	if m.focused != f {
		m.focused = f
		m.rerender()
	}
}

// SetGroup shows another group.
func (m *compareModel) SetGroup(g *corpus.Group) {
	m.group, m.sel, m.sources, m.srcOf = g, 0, nil, nil
	var ts []target
	if g != nil {
		idx := map[string]int{}
		for _, f := range g.Figures {
			i, ok := idx[f.Article]
			if !ok {
				i = len(m.sources)
				idx[f.Article] = i
				m.sources = append(m.sources, nil)
			}
			m.sources[i] = append(m.sources[i], f)
		}
		m.sources = orderSources(m.sources)
		for i, figs := range m.sources {
			for _, f := range figs {
				ts = append(ts, target{Article: f.Article, Paragraph: f.Paragraph, Span: corpus.Span{Start: f.Start, End: f.End}})
				m.srcOf = append(m.srcOf, i)
			}
		}
	}
	m.jumps = newJumps("figure", ts, 0)
	m.vp.GotoTop()
	m.rerender()
}

func (m *compareModel) Update(msg tea.Msg) tea.Cmd {
	if gm, ok := msg.(groupMsg); ok {
		m.SetGroup(gm.group)
		return nil
	}
	k := m.keys
	if scrollViewport(&m.vp, msg, m.c.keys) {
		return nil
	}
	if msg, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(msg, k.Left) && m.sel > 0:
			m.selectSource(m.sel - 1)
		case key.Matches(msg, k.Right) && m.sel < len(m.sources)-1:
			m.selectSource(m.sel + 1)
		case key.Matches(msg, k.Open) && m.jumps.Len() > 0:
			m.c.ask(jumpMsg{list: m.jumps, focus: true, from: paneCompare})
		}
	}
	return nil
}

// selectSource selects source i and its first figure.
func (m *compareModel) selectSource(i int) {
	for j, s := range m.srcOf {
		if s == i {
			m.jumps.at = j
			break
		}
	}
	m.sel = i
	m.rerender()
	m.reveal()
}

// Step moves to the next or previous figure of the group.
func (m *compareModel) Step(d int) string {
	if m.jumps.Len() == 0 {
		return "no figures to step through"
	}
	wrapped := m.jumps.Step(d)
	m.sel = m.srcOf[m.jumps.at]
	m.rerender()
	m.reveal()
	if wrapped {
		return m.jumps.WrapNote()
	}
	return ""
}

func (m *compareModel) JumpStatus() string { return m.jumps.Status() }

// reveal scrolls the current figure into view, with its source's name when
// there is room.
func (m *compareModel) reveal() {
	if m.jumps.at >= len(m.figLine) {
		return
	}
	line := m.figLine[m.jumps.at]
	h := m.vp.Height
	if line < m.vp.YOffset+2 || line > m.vp.YOffset+h-4 {
		m.vp.SetYOffset(line - min(4, h/3))
	}
}

func (m *compareModel) rerender() {
	if m.group == nil || m.width < 1 {
		m.vp.SetContent("")
		return
	}
	y := m.vp.YOffset
	m.vp.SetContent(m.render(max(1, m.width-1)))
	m.vp.SetYOffset(y)
}

// sourceName is how a source is labelled: its outlet, else its title.
func sourceName(a *corpus.Article, id string) string {
	switch {
	case a == nil:
		return id
	case a.Source != "":
		return a.Source
	}
	return a.Title
}

// Side by side needs a wide terminal and columns of minColumn cells at
// least; else the sources are stacked.
const (
	minColumn     = 22
	minSideBySide = 100
)

// render draws the group and records where each figure's line is.
func (m *compareModel) render(w int) string {
	st := m.c.styles
	g := m.group
	var out []string
	out = append(out, st.Heading.Render(truncate(g.Label, w)))
	out = append(out, m.summary(w)...)
	out = append(out, "")
	out = append(out, m.chart(w)...)
	out = append(out, "")
	if tl := m.timeline(w); len(tl) > 0 {
		out = append(out, tl...)
		out = append(out, "")
	}

	m.figLine = m.figLine[:0]
	n := len(m.sources)
	gap := 2
	colW := (w - gap*(n-1)) / max(1, n)
	if n > 0 && colW >= minColumn && m.c.width >= minSideBySide {
		cols := make([]string, 0, 2*n)
		for i := range m.sources {
			if i > 0 {
				cols = append(cols, strings.Repeat(" ", gap))
			}
			lines, at := m.column(i, colW, true)
			for _, l := range at {
				m.figLine = append(m.figLine, len(out)+l)
			}
			cols = append(cols, lipgloss.NewStyle().Width(colW).Render(strings.Join(lines, "\n")))
		}
		out = append(out, lipgloss.JoinHorizontal(lipgloss.Top, cols...))
		return strings.Join(out, "\n")
	}
	for i := range m.sources {
		lines, at := m.column(i, max(1, w-2), false)
		for _, l := range at {
			m.figLine = append(m.figLine, len(out)+l)
		}
		bar := "  "
		if i == m.sel {
			bar = st.TypeLabel.Render("▌") + " "
		}
		for _, l := range lines {
			out = append(out, bar+l)
		}
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}

// column is one source: title, each figure as written, its qualifier and
// who says so, and the sentence it stands in; at is the line of each
// figure. The current figure is drawn as the reader draws the current
// match.
func (m *compareModel) column(i, w int, pointer bool) (lines []string, at []int) {
	st := m.c.styles
	figs := m.sources[i]
	a := m.c.corpus.Article(figs[0].Article)
	head := st.ColumnTitle
	if i == m.sel {
		head = st.ColumnFocused
	}
	// Exactly two header lines, so the figures of all columns line up.
	name := sourceName(a, figs[0].Article)
	if pointer && i == m.sel && m.focused {
		name = "▸ " + name
	}
	date := ""
	if a != nil {
		date = a.Date
	}
	lines = []string{head.Render(truncate(name, w)), st.Dim.Render(truncate(date, w))}
	cur, _ := m.jumps.Current()
	for _, f := range figs {
		lines = append(lines, "")
		at = append(at, len(lines))
		style := st.Match
		if cur.Article == f.Article && cur.Paragraph == f.Paragraph && cur.Span.Start == f.Start {
			style = st.Current
		}
		for _, l := range wrapLines(f.Text, w) {
			lines = append(lines, style.Render(l))
		}
		info := []string{f.QualifierText()}
		if f.Attribution != "" {
			info = append(info, "says "+f.Attribution)
		}
		if note := m.copyNote(f); note != "" {
			info = append(info, note)
		}
		for _, l := range wrapLines(strings.Join(info, " · "), w) {
			lines = append(lines, st.Label.Render(l))
		}
		if f.Sentence != "" {
			var marks []mark
			if k := strings.Index(f.Sentence, f.Text); k >= 0 && f.Text != "" {
				marks = []mark{{corpus.Span{Start: k, End: k + len(f.Text)}, markFigure}}
			}
			var b strings.Builder
			for _, s := range wrapSpans(f.Sentence, w) {
				b.Reset()
				renderMarked(&b, f.Sentence, s.Start, s.End, &st.Dim, marks, st)
				lines = append(lines, b.String())
			}
		}
	}
	return lines, at
}

func (m *compareModel) View() string {
	st := m.c.styles
	title := paneTitle(st, "Comparison", m.focused, m.width)
	if m.group == nil {
		return fit(title+"\n\n"+st.Empty.Render(" "+truncate("choose a group of figures", m.width-1)), m.width, m.height)
	}
	return fit(title+"\n\n"+m.vp.View(), m.width, m.height)
}
