package ui

import (
	"math"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

// groupMsg tells the comparison pane which group to show.
type groupMsg struct{ group *corpus.Group }

// groupsModel lists the figure groups, the most disputed (most sources)
// first, and picks one for the comparison.
type groupsModel = pickerModel[*corpus.Group]

func newGroups(c *common) groupsModel {
	k := c.keys
	return groupsModel{
		c: c, list: newCursorList(3),
		name: "Figures", unit: "groups", empty: "no figure groups found",
		load: func(msg tea.Msg) ([]*corpus.Group, bool) {
			fm, ok := msg.(figuresLoadedMsg)
			if !ok {
				return nil, false
			}
			gs := append([]*corpus.Group(nil), fm.groups...)
			sort.SliceStable(gs, func(i, j int) bool { return gs[i].Sources > gs[j].Sources })
			return gs, true
		},
		pick: func(g *corpus.Group) tea.Msg { return groupMsg{g} },
		row: func(g *corpus.Group, w int) (string, string, string) {
			return pad(truncateMiddle(g.Label, w), w), "", pad(truncate(g.Spread()+" · "+plural(g.Sources, "source", "sources"), w), w)
		},
		short: []key.Binding{k.Move, withHelp(k.Enter, "compare")},
		full:  []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, withHelp(k.Enter, "compare sources"), withHelp(k.Back, "close figures")},
	}
}

// compareModel puts the figures of one group side by side, one column per
// source, under a chart of every source's value on one scale.
type compareModel struct {
	c             *common
	width, height int
	focused       bool
	group         *corpus.Group
	sources       [][]*corpus.Figure // figures per source, in group order
	sel           int                // selected source
	vp            viewport.Model
}

func newCompare(c *common) compareModel { return compareModel{c: c, vp: viewport.New(0, 0)} }

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
	m.group, m.sel, m.sources = g, 0, nil
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
	}
	m.vp.GotoTop()
	m.rerender()
}

func (m compareModel) update(msg tea.Msg) (compareModel, tea.Cmd) {
	k := m.c.keys
	if scrollViewport(&m.vp, msg, k) {
		return m, nil
	}
	if msg, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(msg, k.Left) && m.sel > 0:
			m.sel--
			m.rerender()
		case key.Matches(msg, k.Right) && m.sel < len(m.sources)-1:
			m.sel++
			m.rerender()
		case key.Matches(msg, k.Enter):
			return m, m.jump()
		}
	}
	return m, nil
}

// jump opens the selected source's figure; n/N then walk the group.
func (m compareModel) jump() tea.Cmd {
	if len(m.sources) == 0 {
		return nil
	}
	var ts []target
	at := 0
	for i, figs := range m.sources {
		if i == m.sel {
			at = len(ts)
		}
		for _, f := range figs {
			ts = append(ts, target{Article: f.Article, Paragraph: f.Paragraph, Span: corpus.Span{Start: f.Start, End: f.End}})
		}
	}
	return send(openMsg{targets: ts, i: at, label: "figure", focus: true})
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

// minColumn is the narrowest a side-by-side column may get before the
// sources are stacked instead.
const minColumn = 22

func (m compareModel) render(w int) string {
	st := m.c.styles
	g := m.group
	var out []string
	out = append(out, st.Heading.Render(truncate(g.Label, w)),
		st.Dim.Render(truncate(g.Spread()+" · "+plural(len(m.sources), "source", "sources"), w)), "")
	out = append(out, m.chart(w)...)
	out = append(out, "")

	n := len(m.sources)
	gap := 2
	colW := (w - gap*(n-1)) / max(1, n)
	if n > 0 && colW >= minColumn {
		cols := make([]string, 0, 2*n)
		for i := range m.sources {
			if i > 0 {
				cols = append(cols, strings.Repeat(" ", gap))
			}
			cols = append(cols, lipgloss.NewStyle().Width(colW).Render(strings.Join(m.column(i, colW, true), "\n")))
		}
		out = append(out, lipgloss.JoinHorizontal(lipgloss.Top, cols...))
	} else {
		for i := range m.sources {
			lines := m.column(i, max(1, w-2), false)
			bar := "  "
			if i == m.sel {
				bar = st.TypeLabel.Render("▌") + " "
			}
			for _, l := range lines {
				out = append(out, bar+l)
			}
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}

// column is one source: title, each figure as written, its qualifier and who
// says so, and the sentence it stands in.
func (m compareModel) column(i, w int, pointer bool) []string {
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
	lines := []string{head.Render(truncate(name, w)), st.Dim.Render(truncate(date, w))}
	for _, f := range figs {
		lines = append(lines, "")
		for _, l := range wrapLines(f.Text, w) {
			lines = append(lines, st.Match.Render(l))
		}
		info := []string{f.Qualifier.Words()}
		if f.Estimate {
			info = append(info, "estimate")
		}
		if f.Disputed {
			info = append(info, "disputed")
		}
		if f.Attribution != "" {
			info = append(info, "says "+f.Attribution)
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
	return lines
}

// chart draws each figure on one shared scale: a dot for a value, a bar
// between ├ and ┤ for a range, an arrow where a bound is open.
func (m compareModel) chart(w int) []string {
	st := m.c.styles
	g := m.group
	lo, hi := g.Low, g.High
	for _, figs := range m.sources {
		for _, f := range figs {
			flo, fhi := f.Bounds()
			lo, hi = math.Min(lo, flo), math.Max(hi, fhi)
		}
	}
	if hi <= lo {
		d := math.Max(1, math.Abs(lo)*0.1)
		lo, hi = lo-d, hi+d
	}
	// Leave room past the extremes for the arrows of open bounds.
	for _, figs := range m.sources {
		for _, f := range figs {
			flo, fhi := f.Bounds()
			switch f.Qualifier {
			case corpus.AtLeast:
				hi = math.Max(hi, flo+(hi-lo)*0.1)
			case corpus.AtMost:
				lo = math.Min(lo, fhi-(hi-lo)*0.1)
			}
		}
	}
	nameW := clamp(w/5, 6, 18)
	valW := 14
	trackW := w - nameW - valW - 2
	if trackW < 8 {
		return nil
	}
	pos := func(v float64) int {
		return clamp(int(math.Round((v-lo)/(hi-lo)*float64(trackW-1))), 0, trackW-1)
	}
	var out []string
	for i, figs := range m.sources {
		name := sourceName(m.c.corpus.Article(figs[0].Article), figs[0].Article)
		for j, f := range figs {
			label := ""
			if j == 0 {
				label = truncate(name, nameW)
			}
			ls := st.Label
			if i == m.sel {
				ls = st.TypeLabel
			}
			out = append(out, ls.Render(pad(label, nameW))+" "+m.track(f, trackW, pos)+" "+st.Dim.Render(truncate(f.ValueText(), valW)))
		}
	}
	// The axis names the lowest and highest figure where they sit.
	axis := []rune(strings.Repeat(" ", trackW))
	loText, hiText := []rune(corpus.FormatValue(g.Low)), []rune(corpus.FormatValue(g.High))
	copy(axis[clamp(pos(g.Low), 0, max(0, trackW-len(loText))):], loText)
	if g.High > g.Low {
		at := clamp(pos(g.High)-len(hiText)+1, len(loText)+1, max(0, trackW-len(hiText)))
		if at+len(hiText) <= trackW {
			copy(axis[at:], hiText)
		}
	}
	out = append(out, strings.Repeat(" ", nameW+1)+st.ChartAxis.Render(string(axis)))
	return out
}

// track is one chart row.
func (m compareModel) track(f *corpus.Figure, w int, pos func(float64) int) string {
	st := m.c.styles
	cells := make([]rune, w)
	kind := make([]int, w) // 0 axis, 1 range, 2 point
	for i := range cells {
		cells[i] = '·'
	}
	set := func(i int, r rune, k int) { cells[i], kind[i] = r, k }
	switch {
	case f.Low != nil && f.High != nil && *f.Low < *f.High:
		a, b := pos(*f.Low), pos(*f.High)
		for i := a; i <= b; i++ {
			set(i, '─', 1)
		}
		set(a, '├', 1)
		set(b, '┤', 1)
		if f.Value > *f.Low && f.Value < *f.High {
			set(pos(f.Value), '●', 2)
		}
	case f.Qualifier == corpus.AtLeast:
		lo, _ := f.Bounds()
		a := pos(lo)
		for i := a; i < w; i++ {
			set(i, '─', 1)
		}
		set(w-1, '▶', 1)
		set(a, '●', 2)
	case f.Qualifier == corpus.AtMost:
		_, hi := f.Bounds()
		b := pos(hi)
		for i := 0; i <= b; i++ {
			set(i, '─', 1)
		}
		set(0, '◀', 1)
		set(b, '●', 2)
	default:
		set(pos(f.Value), '●', 2)
	}
	var b strings.Builder
	styles := []lipgloss.Style{st.ChartAxis, st.ChartRange, st.ChartPoint}
	for i := 0; i < w; {
		j := i
		for j < w && kind[j] == kind[i] {
			j++
		}
		b.WriteString(styles[kind[i]].Render(string(cells[i:j])))
		i = j
	}
	return b.String()
}

func (m compareModel) View() string {
	st := m.c.styles
	title := paneTitle(st, "Comparison", m.focused, m.width)
	if m.group == nil {
		return fit(title+"\n\n"+st.Empty.Render(" "+truncate("choose a group of figures", m.width-1)), m.width, m.height)
	}
	return fit(title+"\n\n"+m.vp.View(), m.width, m.height)
}

func (m compareModel) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←→", "source")), withHelp(k.Enter, "read passage")}
}

func (m compareModel) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{k.Left, k.Right, withHelp(k.Up, "scroll up"), withHelp(k.Down, "scroll down"), withHelp(k.Enter, "read passage"), withHelp(k.Back, "close figures")}}
}
