package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// How keys and the mouse reach the panes.

// keys handles a key message. Bubble Tea delivers letters that arrive
// together (fast typing over a slow link, or keys sent by a script) as one
// message: "/wonsan". Outside a text input each letter is a command, so
// they are taken one at a time, each with what it asks, until one of them
// focuses an input, which then gets the rest as typed text.
func (m *Model) keys(msg tea.KeyMsg) tea.Cmd {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return tea.Batch(m.key(msg), m.drain())
	}
	var cmds []tea.Cmd
	for i, r := range msg.Runes {
		if m.typing() {
			rest := msg
			rest.Runes = msg.Runes[i:]
			return tea.Batch(append(cmds, m.key(rest), m.drain())...)
		}
		one := msg
		one.Runes = []rune{r}
		cmds = append(cmds, m.key(one), m.drain())
	}
	return tea.Batch(cmds...)
}

// typing reports whether a text input has focus.
func (m *Model) typing() bool {
	t, ok := m.focused().(typist)
	return ok && t.Typing()
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.keys
	if msg.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	f := m.focused()
	// A focused input gets every key, so typing "q" or "f" types them.
	if m.typing() {
		return f.Update(msg)
	}
	if m.showHelp && (key.Matches(msg, k.Back) || key.Matches(msg, k.Help)) {
		m.toggleHelp()
		return nil
	}
	// The focused pane's own keys come first: "/" filters an entity list.
	if matchesAny(f.KeyMap(), msg) {
		return f.Update(msg)
	}
	v := views[m.mode]
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.toggleHelp()
	case key.Matches(msg, k.NextPane), key.Matches(msg, k.PrevPane):
		m.setFocus(!m.focusRight)
	case key.Matches(msg, k.Search):
		return m.enter(modeSearch)
	case key.Matches(msg, k.Figures):
		return m.enter(modeFigures)
	case key.Matches(msg, k.Entities):
		return m.enter(modeEntities)
	case key.Matches(msg, k.Warnings) && len(m.c.corpus.Warnings) > 0:
		return m.enter(modeWarnings)
	case key.Matches(msg, k.Next):
		m.step(1)
	case key.Matches(msg, k.Prev):
		m.step(-1)
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.Space):
		// Space scrolls the text, as in less and glow, even from the list.
		p := v.right
		if p == noPane {
			p = v.left
		}
		return m.panes[p].Update(tea.KeyMsg{Type: tea.KeyPgDown})
	default:
		return f.Update(msg)
	}
	return nil
}

func (m *Model) toggleHelp() {
	m.showHelp = !m.showHelp
	m.layout()
}

// mouse focuses the pane under a click and scrolls the pane under the wheel.
func (m *Model) mouse(msg tea.MouseMsg) tea.Cmd {
	if m.tooSmall() || msg.Y >= m.bodyHeight {
		return nil
	}
	v := views[m.mode]
	right := v.right != noPane && msg.X > m.leftWidth
	if msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress {
		m.setFocus(right)
	} else if !tea.MouseEvent(msg).IsWheel() {
		return nil
	}
	if right {
		msg.X -= m.leftWidth + 1
		return m.panes[v.right].Update(msg)
	}
	return m.panes[v.left].Update(msg)
}
