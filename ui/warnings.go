package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// warningsModel lists the files that were skipped or repaired at load, and
// why, so the reader says so and not only stderr after quitting.
type warningsModel struct {
	c             *common
	width, height int
	focused       bool
	vp            viewport.Model
	keys          warningsKeyMap
}

type warningsKeyMap struct {
	Scroll, Up, Down, PageUp, PageDown key.Binding
}

func (k warningsKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Scroll} }
func (k warningsKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}}
}

func newWarnings(c *common) *warningsModel {
	k := c.keys
	return &warningsModel{c: c, vp: viewport.New(0, 0), keys: warningsKeyMap{
		Scroll: withHelp(k.Move, "scroll"), Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
	}}
}

func (m *warningsModel) KeyMap() help.KeyMap { return m.keys }
func (m *warningsModel) SetFocus(f bool)     { m.focused = f }

func (m *warningsModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.vp.Width, m.vp.Height = max(0, w), max(0, h-2)
	st := m.c.styles
	var lines []string
	for _, wn := range m.c.corpus.Warnings {
		text := wn.Path + ": " + wn.Reason
		for i, l := range wrapLines(text, max(1, w-3)) {
			if i == 0 {
				lines = append(lines, " • "+st.Bold.Render(l))
			} else {
				lines = append(lines, "   "+l)
			}
		}
	}
	m.vp.SetContent(strings.Join(lines, "\n"))
}

func (m *warningsModel) Update(msg tea.Msg) tea.Cmd {
	scrollViewport(&m.vp, msg, m.c.keys)
	return nil
}

func (m *warningsModel) View() string {
	n := len(m.c.corpus.Warnings)
	title := paneTitle(m.c.styles, fmt.Sprintf("Warnings · %s skipped or repaired at load", plural(n, "file", "files")), m.focused, m.width)
	if n == 0 {
		return fit(title+"\n\n"+m.c.styles.Empty.Render(" every file loaded as it is"), m.width, m.height)
	}
	return fit(title+"\n\n"+m.vp.View(), m.width, m.height)
}
