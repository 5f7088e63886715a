package ui

import (
	"fmt"
	"path"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// articlesModel is the article list: title, then date, source and number of
// figures. Moving the cursor previews the article in the reader.
type articlesModel struct {
	c             *common
	width, height int
	focused       bool
	list          cursorList
	counts        map[string]int // figures per article; nil while they are computed
}

func newArticles(c *common) articlesModel {
	m := articlesModel{c: c, list: newCursorList(3)}
	m.list.SetLen(len(c.corpus.Articles))
	return m
}

func (m *articlesModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetRows(h - 2) // title line and the blank line under it
}

func (m *articlesModel) SetFocus(f bool) { m.focused = f }

// Current returns the ID of the article under the cursor.
func (m articlesModel) Current() string {
	if len(m.c.corpus.Articles) == 0 {
		return ""
	}
	return m.c.corpus.Articles[m.list.cursor].ID
}

// SelectID moves the cursor to an article (after a jump from elsewhere).
func (m *articlesModel) SelectID(id string) {
	for i, a := range m.c.corpus.Articles {
		if a.ID == id {
			m.list.Select(i)
			return
		}
	}
}

func (m articlesModel) update(msg tea.Msg) (articlesModel, tea.Cmd) {
	before := m.list.cursor
	switch msg := msg.(type) {
	case figuresLoadedMsg:
		m.counts = msg.counts
		return m, nil
	case tea.KeyMsg:
		if key.Matches(msg, m.c.keys.Enter) {
			return m, send(focusRightMsg{})
		}
		m.list.HandleKey(msg, m.c.keys)
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 2)
	}
	if m.list.cursor != before {
		return m, send(previewMsg{article: m.Current()})
	}
	return m, nil
}

func (m articlesModel) View() string {
	st := m.c.styles
	title := paneTitle(st, fmt.Sprintf("Articles %d", len(m.c.corpus.Articles)), m.focused, m.width)
	body := m.list.View(func(i int, sel bool) []string {
		a := m.c.corpus.Articles[i]
		meta := articleMeta(a)
		count := "…"
		if m.counts != nil {
			count = fmt.Sprint(m.counts[a.ID])
		}
		count = " " + count + " fig."
		w := m.width - 1
		t := pad(truncate(a.Title, w), w)
		cw := runewidthString(count) // "…" is one cell but three bytes
		mt := pad(truncate(meta, w-cw), w-cw) + count
		return listRow(st, sel, m.focused, t, "", mt)
	})
	return fit(title+"\n\n"+body, m.width, m.height)
}

func (m articlesModel) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Move, withHelp(k.Enter, "read")}
}

func (m articlesModel) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, withHelp(k.Enter, "read")}}
}

// listRow draws one two-line item of a list pane: the title (with a dimmed
// suffix such as a count) over its meta line, and a bar in front of the
// selected item, accented when the pane has focus.
func listRow(st *Styles, selected, focused bool, title, suffix, meta string) []string {
	if selected {
		bar := st.TypeLabel.Render("▌")
		if !focused {
			bar = st.Dim.Render("▌")
		}
		return []string{bar + st.SelTitle.Render(title+suffix), bar + st.SelMeta.Render(meta)}
	}
	return []string{" " + st.ItemTitle.Render(title) + st.Dim.Render(suffix), " " + st.ItemMeta.Render(meta)}
}

// passageRow draws a search result or a mention: source and reference over
// an excerpt that is already styled.
func passageRow(st *Styles, selected, focused bool, head, ref, excerpt string) []string {
	if selected {
		bar := st.TypeLabel.Render("▌")
		if !focused {
			bar = st.Dim.Render("▌")
		}
		return []string{bar + st.SelTitle.Render(head) + st.SelMeta.Render(ref), bar + excerpt}
	}
	return []string{" " + st.Bold.Render(head) + st.Dim.Render(ref), " " + excerpt}
}

// paneTitle draws a pane's heading, accented when the pane has focus.
func paneTitle(st *Styles, text string, focused bool, width int) string {
	if focused {
		return st.PaneTitleFocused.Render(truncate(text, width))
	}
	return st.PaneTitle.Render(truncate(text, width))
}

// withHelp is a copy of b with other help text.
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

func pad(s string, width int) string {
	if w := runewidthString(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// articleMeta is the line under a title: date and source when the article
// names them, else its file name, so two undated articles stay
// distinguishable.
func articleMeta(a *corpus.Article) string {
	var parts []string
	if a.Date != "" {
		parts = append(parts, a.Date)
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if len(parts) == 0 {
		parts = append(parts, path.Base(a.ID))
	}
	return strings.Join(parts, " · ")
}
