package ui

import tea "github.com/charmbracelet/bubbletea"

// Moving between views: jumps into the reader, the esc stack, n and N.

// jump shows a list's current place in the reader; its list becomes the
// reader's n/N list.
func (m *Model) jump(msg jumpMsg) tea.Cmd {
	// A search answer may come in after the user left the search (its
	// query was slow): it must not move the reader or replace n/N then.
	if !msg.focus && msg.from == paneSearch && m.mode != modeSearch {
		return nil
	}
	if msg.focus && m.mode != modeBrowse {
		m.push()
		m.mode = modeBrowse
		m.layout()
	}
	if msg.focus {
		m.setFocus(true)
	}
	m.reader.SetJumps(msg.list)
	return nil
}

// push remembers where the user is, for esc.
func (m *Model) push() {
	m.stack = append(m.stack, place{m.mode, m.focusRight})
}

// enter switches to a view. A view already on the esc stack is gone back
// to, so the stack never holds a view twice over.
func (m *Model) enter(md mode) tea.Cmd {
	if md != m.mode {
		from := views[m.mode]
		restored := false
		for i, p := range m.stack {
			if p.mode == md {
				m.stack = m.stack[:i]
				m.mode = md
				m.layout()
				m.setFocus(p.right)
				restored = true
				break
			}
		}
		if !restored {
			m.push()
			m.mode = md
			m.layout()
			m.setFocus(false)
		}
		if md == modeEntities && from.right == paneReader {
			m.c.ask(namedHereMsg{m.reader.NamedHere()})
		}
	}
	if md == modeSearch {
		m.setFocus(false)
		return m.search.FocusInput()
	}
	return nil
}

// back goes to where the user was before; at the root, from the reader to
// the article list, and from the list nowhere.
func (m *Model) back() {
	if n := len(m.stack); n > 0 {
		p := m.stack[n-1]
		m.stack = m.stack[:n-1]
		m.mode = p.mode
		m.layout()
		m.setFocus(p.right)
		return
	}
	if m.focusRight {
		m.setFocus(false)
	}
}

// step moves through the n/N list of the view on screen; it never leaves it.
func (m *Model) step(d int) {
	if s, ok := m.stepper(); ok {
		m.note = s.Step(d)
	}
}

func (m *Model) stepper() (stepper, bool) {
	v := views[m.mode]
	if v.jumps == noPane {
		return nil, false
	}
	s, ok := m.panes[v.jumps].(stepper)
	return s, ok
}
