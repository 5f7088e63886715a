package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// pickerModel is a left pane that lists the results of one analysis (figure
// groups, entities) and picks one for the pane beside it: it fills when the
// analysis arrives and asks pick(item) whenever the selection changes.
// "/" types a filter, as in bubbles' list; a scope key (the story of a
// group) limits it further; pinned items (who is named where the reader
// was) come first.
type pickerModel[T comparable] struct {
	c             *common
	width, height int
	focused       bool
	loaded        bool
	all           []T
	folded        []string // what the filter matches, per item of all
	items         []T      // shown: pinned first, then the rest that pass
	pinned        map[T]bool
	list          cursorList
	filter        textinput.Model
	keys          pickerKeyMap
	scope         int // index into scopes, -1 for all

	name       string                                               // pane heading, "Entities"
	unit       string                                               // counted items in the heading, "groups"; "" for a bare count
	empty      string                                               // shown when the analysis found nothing
	load       func(tea.Msg) ([]T, bool)                            // the items, when msg delivers them
	pin        func(tea.Msg) ([]T, bool)                            // the items to put first, when msg says so
	pick       func(T) tea.Msg                                      // tells the other pane about the selection
	row        func(item T, width int) (title, suffix, meta string) // one item, fitted to width cells
	text       func(T) string                                       // what the filter looks for
	titleLines int                                                  // lines a title may wrap to
	scopes     []string                                             // names of the scopes, after "all"
	inScope    func(item T, scope int) bool
}

type pickerKeyMap struct {
	typing, filtered                                    bool
	Move, Up, Down, PageUp, PageDown, Top, Bottom, Pick key.Binding
	Filter, Clear, Apply, Scope                         key.Binding
}

func (k pickerKeyMap) ShortHelp() []key.Binding {
	if k.typing {
		return []key.Binding{k.Apply, k.Clear}
	}
	return []key.Binding{k.Move, k.Pick, k.Filter, k.Clear, k.Scope}
}

func (k pickerKeyMap) FullHelp() [][]key.Binding {
	if k.typing {
		return [][]key.Binding{{k.Apply, k.Clear}}
	}
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Pick}, {k.Filter, k.Clear, k.Scope}}
}

// newPicker sets up what every picker has; the caller fills in the rest.
func newPicker[T comparable](c *common, pickHelp string) pickerModel[T] {
	k := c.keys
	fi := textinput.New()
	fi.Prompt = "filter: "
	fi.PromptStyle = c.styles.Input
	return pickerModel[T]{c: c, list: newCursorList(3), filter: fi, scope: -1, titleLines: 1, keys: pickerKeyMap{
		Move: k.Move, Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, Top: k.Top, Bottom: k.Bottom,
		Pick: withHelp(k.Enter, pickHelp), Filter: k.Filter, Clear: k.ClearFilter,
		Apply: withHelp(k.Enter, "keep filter"), Scope: k.Story,
	}}
}

func (m *pickerModel[T]) SetSize(w, h int) {
	m.width, m.height = w, h
	m.filter.Width = max(1, w-lipglossWidth(m.filter.Prompt)-1)
	m.list.itemHeight = m.titleLines + 2
	m.list.SetRows(h - 2)
}

func (m *pickerModel[T]) SetFocus(f bool) {
	m.focused = f
	if !f {
		m.filter.Blur()
	}
}

func (m *pickerModel[T]) Typing() bool { return m.filter.Focused() }

func (m *pickerModel[T]) KeyMap() help.KeyMap {
	k := m.keys
	k.typing = m.filter.Focused()
	k.Filter.SetEnabled(m.loaded && len(m.all) > 0)
	k.Clear.SetEnabled(k.typing || m.filter.Value() != "")
	k.Scope.SetEnabled(len(m.scopes) > 1)
	if len(m.scopes) > 1 {
		next := "all stories"
		if m.scope+1 < len(m.scopes) {
			next = "only " + m.scopes[m.scope+1]
		}
		k.Scope = withHelp(k.Scope, truncate(next, 30))
	}
	return k
}

// current is the item under the cursor; ok is false when none is.
func (m *pickerModel[T]) current() (item T, ok bool) {
	if len(m.items) == 0 {
		return item, false
	}
	return m.items[m.list.cursor], true
}

func (m *pickerModel[T]) pickSelected() {
	item, _ := m.current() // the zero item tells the other pane: none
	m.c.ask(m.pick(item))
}

// refresh rebuilds the items shown, keeping the cursor on the same item
// when it is still there, and tells the other pane when that changed.
func (m *pickerModel[T]) refresh() {
	old, had := m.current()
	words := strings.Fields(corpus.Fold(m.filter.Value()))
	m.items = m.items[:0]
	var rest []T
	for i, it := range m.all {
		if m.scope >= 0 && !m.inScope(it, m.scope) || !containsAll(m.folded[i], words) {
			continue
		}
		if m.pinned[it] {
			m.items = append(m.items, it)
		} else {
			rest = append(rest, it)
		}
	}
	m.items = append(m.items, rest...)
	m.list.SetLen(len(m.items))
	m.list.Select(0)
	for i, it := range m.items {
		if had && it == old {
			m.list.Select(i)
		}
	}
	if now, ok := m.current(); ok != had || now != old {
		m.pickSelected()
	}
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

func (m *pickerModel[T]) Update(msg tea.Msg) tea.Cmd {
	if items, ok := m.load(msg); ok {
		m.loaded, m.all = true, items
		m.folded = make([]string, len(items))
		for i, it := range items {
			m.folded[i] = corpus.Fold(m.text(it))
		}
		m.refresh()
		m.pickSelected()
		return nil
	}
	if m.pin != nil {
		if items, ok := m.pin(msg); ok {
			m.pinned = make(map[T]bool, len(items))
			for _, it := range items {
				m.pinned[it] = true
			}
			m.refresh()
			m.list.Select(0) // on the first of them
			m.pickSelected()
			return nil
		}
	}
	before := m.list.cursor
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if m.filter.Focused() {
			return m.typed(msg)
		}
		switch {
		case key.Matches(msg, m.keys.Pick):
			m.c.ask(focusMsg{right: true})
		case key.Matches(msg, m.keys.Filter):
			return m.filter.Focus()
		case key.Matches(msg, m.keys.Clear):
			m.filter.SetValue("")
			m.refresh()
		case key.Matches(msg, m.keys.Scope) && len(m.scopes) > 1:
			m.scope++
			if m.scope >= len(m.scopes) {
				m.scope = -1
			}
			m.refresh()
		default:
			m.list.HandleKey(msg, m.c.keys)
		}
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 2)
	default:
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg) // the cursor's blink
		return cmd
	}
	if m.list.cursor != before {
		m.pickSelected()
	}
	return nil
}

// typed handles a key while the filter has the cursor.
func (m *pickerModel[T]) typed(msg tea.KeyMsg) tea.Cmd {
	before := m.list.cursor
	switch {
	case key.Matches(msg, m.keys.Clear):
		m.filter.Blur()
		m.filter.SetValue("")
		m.refresh()
		return nil
	case key.Matches(msg, m.keys.Apply):
		m.filter.Blur()
		return nil
	case msg.Type == tea.KeyUp || msg.Type == tea.KeyDown || msg.Type == tea.KeyPgUp || msg.Type == tea.KeyPgDown:
		m.list.HandleKey(msg, m.c.keys)
		if m.list.cursor != before {
			m.pickSelected()
		}
		return nil
	}
	old := m.filter.Value()
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	if v := m.filter.Value(); v != old {
		if clean := cleanQuery(v); clean != v {
			m.filter.SetValue(clean)
		}
		m.refresh()
	}
	return cmd
}

func (m *pickerModel[T]) heading() string {
	if !m.loaded {
		return m.name
	}
	head := fmt.Sprintf("%s · %d", m.name, len(m.items))
	if len(m.items) != len(m.all) {
		head += fmt.Sprintf(" of %d", len(m.all))
	}
	if m.unit != "" {
		head += " " + m.unit
	}
	if m.scope >= 0 {
		head += " · " + m.scopes[m.scope]
	}
	return head
}

func (m *pickerModel[T]) View() string {
	st := m.c.styles
	title := paneTitle(st, m.heading(), m.focused, m.width)
	second := ""
	if m.filter.Focused() || m.filter.Value() != "" {
		second = m.filter.View()
	}
	var body string
	switch {
	case !m.loaded:
		body = st.Empty.Render(" indexing…")
	case len(m.all) == 0:
		body = st.Empty.Render(" " + truncate(m.empty, m.width-1))
	case len(m.items) == 0:
		body = st.Empty.Render(" " + truncate("nothing matches the filter", m.width-1))
	default:
		body = m.list.View(m.drawRow)
	}
	return fit(title+"\n"+second+"\n"+body, m.width, m.height)
}

// drawRow draws one item: its title over up to titleLines lines, broken
// between words, then its meta line.
func (m *pickerModel[T]) drawRow(i int, sel bool) []string {
	st := m.c.styles
	w := m.width - 1
	it := m.items[i]
	t, suffix, meta := m.row(it, w)
	if m.pinned[it] {
		meta = "named here · " + meta
	}
	tw := max(1, w-runewidthString(suffix))
	lines := wrapLines(t, tw)
	if len(lines) > m.titleLines {
		rest := strings.Join(lines[m.titleLines-1:], " ")
		lines = append(lines[:m.titleLines-1], truncate(rest, tw))
	}
	var out []string
	for j, l := range lines {
		sfx := ""
		if j == 0 {
			sfx = suffix
		}
		out = append(out, listRow(st, sel, m.focused, pad(l, tw), sfx, "")[0])
	}
	out = append(out, listRow(st, sel, m.focused, "", "", pad(truncate(meta, w), w))[1])
	return out
}
