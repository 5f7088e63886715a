package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// pickerModel is a left pane that lists the results of one analysis (figure
// groups, entities) and picks one for the pane beside it: it fills when the
// analysis arrives and sends pick(item) whenever the selection changes.
type pickerModel[T any] struct {
	c             *common
	width, height int
	focused       bool
	loaded        bool
	items         []T
	list          cursorList

	name  string                                               // pane heading, "Entities"
	unit  string                                               // counted items in the heading, "groups"; "" for a bare count
	empty string                                               // shown when the analysis found nothing
	load  func(tea.Msg) ([]T, bool)                            // the items, when msg delivers them
	pick  func(T) tea.Msg                                      // tells the other pane about the selection
	row   func(item T, width int) (title, suffix, meta string) // one item, fitted to width cells
	short []key.Binding
	full  []key.Binding
}

func (m *pickerModel[T]) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetRows(h - 2)
}

func (m *pickerModel[T]) SetFocus(f bool) { m.focused = f }

func (m pickerModel[T]) pickSelected() tea.Cmd {
	if len(m.items) == 0 {
		var none T
		return send(m.pick(none))
	}
	return send(m.pick(m.items[m.list.cursor]))
}

func (m pickerModel[T]) update(msg tea.Msg) (pickerModel[T], tea.Cmd) {
	if items, ok := m.load(msg); ok {
		m.loaded, m.items = true, items
		m.list.SetLen(len(items))
		m.list.Select(0)
		return m, m.pickSelected()
	}
	before := m.list.cursor
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if key.Matches(msg, m.c.keys.Enter) {
			return m, send(focusRightMsg{})
		}
		m.list.HandleKey(msg, m.c.keys)
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 2)
	}
	if m.list.cursor != before {
		return m, m.pickSelected()
	}
	return m, nil
}

func (m pickerModel[T]) View() string {
	st := m.c.styles
	head := m.name
	if m.loaded {
		head = fmt.Sprintf("%s · %d", m.name, len(m.items))
		if m.unit != "" {
			head += " " + m.unit
		}
	}
	title := paneTitle(st, head, m.focused, m.width)
	var body string
	switch {
	case !m.loaded:
		body = st.Empty.Render(" indexing…")
	case len(m.items) == 0:
		body = st.Empty.Render(" " + truncate(m.empty, m.width-1))
	default:
		body = m.list.View(func(i int, sel bool) []string {
			t, suffix, meta := m.row(m.items[i], m.width-1)
			return listRow(st, sel, m.focused, t, suffix, meta)
		})
	}
	return fit(title+"\n\n"+body, m.width, m.height)
}

func (m pickerModel[T]) ShortHelp() []key.Binding  { return m.short }
func (m pickerModel[T]) FullHelp() [][]key.Binding { return [][]key.Binding{m.full} }
