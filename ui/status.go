package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
)

// keyHelp is the focused pane's bindings and the app's that work now. While
// a text input has focus it holds only keys the input does not type.
func (m *Model) keyHelp() keyMap {
	k := m.c.keys
	fk := m.focused().KeyMap()
	paneShort := fk.ShortHelp()
	full := append([][]key.Binding{}, fk.FullHelp()...)
	if m.typing() {
		return keyMap{short: paneShort, full: append(full, []key.Binding{k.QuitTyping})}
	}
	// The pane's first two hints, then the app's, then the pane's others:
	// on a narrow screen "/ search" matters more than "s sort". Warnings,
	// when there are some, come first of the app's: the status bar counts
	// them, and w is how to read them.
	first := min(2, len(paneShort))
	short := append([]key.Binding{}, paneShort[:first]...)
	warned := len(m.c.corpus.Warnings) > 0 && m.mode != modeWarnings
	if warned {
		short = append(short, k.Warnings)
	}
	v := views[m.mode]
	var app []key.Binding
	if s, ok := m.stepper(); ok && s.JumpStatus() != "" {
		label := strings.Fields(s.JumpStatus())[0]
		short = append(short, withHelp(k.Next, "next "+label))
		app = append(app, withHelp(k.Next, "next "+label), withHelp(k.Prev, "previous "+label))
	}
	if v.right != noPane {
		short = append(short, k.NextPane)
		app = append(app, k.NextPane, k.PrevPane, k.Space)
	}
	if back := m.backHelp(); back != "" {
		short = append(short, withHelp(k.Back, back))
		app = append(app, withHelp(k.Back, back))
	}
	var goTo []key.Binding
	for _, g := range []struct {
		b  key.Binding
		md mode
	}{{k.Search, modeSearch}, {k.Figures, modeFigures}, {k.Entities, modeEntities}, {k.Warnings, modeWarnings}} {
		if g.md == modeWarnings && len(m.c.corpus.Warnings) == 0 {
			continue
		}
		if g.md != m.mode || g.md == modeSearch {
			goTo = append(goTo, g.b)
		}
	}
	for _, b := range goTo {
		if !warned || !sameKeys(b, k.Warnings) {
			short = append(short, b)
		}
	}
	short = append(short, paneShort[first:]...)
	full = append(full, app, append(goTo, k.Help, k.Quit))
	return keyMap{short: short, full: full}
}

// backHelp is what esc does here, or "" when it does nothing.
func (m *Model) backHelp() string {
	if n := len(m.stack); n > 0 {
		return "back to " + views[m.stack[n-1].mode].name
	}
	if m.focusRight {
		return "back to the list"
	}
	return ""
}

// fullHelpView draws the full help in as many columns as fit the width:
// the panes' own grouping when it fits, else the same keys in fewer,
// longer columns, down to one.
func (m *Model) fullHelpView(width int) string {
	groups := m.keyHelp().full
	hm := m.help
	hm.Width = 0 // measure without cutting
	var flat []key.Binding
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() {
				flat = append(flat, b)
			}
		}
	}
	view := hm.FullHelpView(groups)
	for cols := len(groups); cols >= 1 && lipgloss.Width(view) > width; cols-- {
		view = hm.FullHelpView(chunk(flat, (len(flat)+cols-1)/cols))
	}
	return view
}

// chunk splits bs into columns of n.
func chunk(bs []key.Binding, n int) [][]key.Binding {
	var out [][]key.Binding
	for n > 0 && len(bs) > 0 {
		k := min(n, len(bs))
		out = append(out, bs[:k])
		bs = bs[k:]
	}
	return out
}

// statusView is the bottom line: article, position, where in the n/N list,
// warnings, a note, and the short help in what room is left; "? help" and
// "q quit" always show.
func (m Model) statusView() string {
	st := m.c.styles
	w := m.c.width
	v := views[m.mode]
	var parts []string
	if a := m.reader.Article(); a != nil && v.right == paneReader {
		parts = append(parts, truncate(a.Title, max(10, w/4)), fmt.Sprintf("%d%%", m.reader.Percent()))
	}
	if s, ok := m.stepper(); ok && s.JumpStatus() != "" {
		parts = append(parts, s.JumpStatus())
	}
	if m.progress != "" {
		parts = append(parts, m.progress)
	}
	if n := len(m.c.corpus.Warnings); n > 0 {
		parts = append(parts, plural(n, "warning", "warnings"))
	}
	kh := m.keyHelp()
	tailKeys := []key.Binding{m.c.keys.Help, m.c.keys.Quit}
	if m.typing() {
		tailKeys = []key.Binding{m.c.keys.QuitTyping}
	}
	tail := m.shortHelp(tailKeys, 0)
	room := max(0, w-lipgloss.Width(tail)-1)

	left := st.Status.Render(truncate(" "+strings.Join(parts, " · ")+" ", room))
	if m.note != "" {
		left += st.StatusNote.Render(truncate(m.note, max(0, min(w/2, room-lipgloss.Width(left)-1))) + " ")
	}
	var rest []key.Binding
	for _, b := range kh.short {
		if b.Enabled() && !sameKeys(b, m.c.keys.Help) && !sameKeys(b, m.c.keys.Quit) && !sameKeys(b, m.c.keys.QuitTyping) {
			rest = append(rest, b)
		}
	}
	right := tail
	sep := st.Help.ShortSeparator.Render(m.help.ShortSeparator)
	if free := w - lipgloss.Width(left) - lipgloss.Width(tail) - lipgloss.Width(sep) - 1; free > 0 && len(rest) > 0 {
		if hints := m.shortHelp(rest, free); hints != "" {
			right = hints + sep + tail
		}
	}
	gap := max(0, w-lipgloss.Width(left)-lipgloss.Width(right))
	return fit(left+st.Status.Render(strings.Repeat(" ", gap))+right, w, 1)
}

// shortHelp draws bindings as the help model does, as many as fit width
// (0 for all), with "…" when some are left out. (help.Model overflows its
// width when even the ellipsis does not fit.)
func (m Model) shortHelp(bs []key.Binding, width int) string {
	st := m.help.Styles
	sep := st.ShortSeparator.Inline(true).Render(m.help.ShortSeparator)
	more := " " + st.Ellipsis.Inline(true).Render(m.help.Ellipsis)
	var b strings.Builder
	total := 0
	for _, kb := range bs {
		if !kb.Enabled() {
			continue
		}
		item := st.ShortKey.Inline(true).Render(kb.Help().Key) + " " + st.ShortDesc.Inline(true).Render(kb.Help().Desc)
		if total > 0 {
			item = sep + item
		}
		iw := lipgloss.Width(item)
		if width > 0 && total+iw > width {
			if total > 0 && total+lipgloss.Width(more) <= width {
				b.WriteString(more)
			}
			break
		}
		b.WriteString(item)
		total += iw
	}
	return b.String()
}

func sameKeys(a, b key.Binding) bool { return a.Help().Key == b.Help().Key }
