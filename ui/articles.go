package ui

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// articleOrder is how the article list is sorted.
type articleOrder int

const (
	byFile articleOrder = iota
	byDate              // newest first, undated last
	byOutlet
	byTitle
	numOrders
)

var orderNames = [numOrders]string{"file", "date", "outlet", "title"}

// articlesModel is the article list: title, then date, source and number of
// figures. Moving the cursor shows the article in the reader. It can be
// sorted by date, outlet or title and filtered by outlet and language.
type articlesModel struct {
	c             *common
	width, height int
	focused       bool
	list          cursorList
	counts        map[string]int // figures per article; nil while they are computed
	keys          articlesKeyMap

	shown   []*corpus.Article // in list order, filtered
	order   articleOrder
	outlet  string // "" for every outlet
	lang    string // "" for every language
	outlets []string
	langs   []string
}

type articlesKeyMap struct {
	Move, Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Enter, Sort, Outlet, Language                 key.Binding
}

func (k articlesKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Move, k.Enter, k.Sort, k.Outlet, k.Language}
}

func (k articlesKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Enter}, {k.Sort, k.Outlet, k.Language}}
}

func newArticles(c *common) *articlesModel {
	k := c.keys
	m := &articlesModel{c: c, list: newCursorList(3), keys: articlesKeyMap{
		Move: k.Move, Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, Top: k.Top, Bottom: k.Bottom,
		Enter: withHelp(k.Enter, "read"), Sort: k.Sort, Outlet: k.Outlet, Language: k.Language,
	}}
	seen := map[string]bool{}
	for _, a := range c.corpus.Articles {
		if o := a.Source; o != "" && !seen["o"+o] {
			seen["o"+o] = true
			m.outlets = append(m.outlets, o)
		}
		if !seen["l"+a.Lang] {
			seen["l"+a.Lang] = true
			m.langs = append(m.langs, a.Lang)
		}
	}
	slices.Sort(m.outlets)
	slices.Sort(m.langs)
	m.refilter("")
	return m
}

func (m *articlesModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetRows(h - 2) // title line and the blank line under it
}

func (m *articlesModel) SetFocus(f bool) { m.focused = f }

func (m *articlesModel) KeyMap() help.KeyMap { return m.keys }

// Current returns the ID of the article under the cursor, or "".
func (m *articlesModel) Current() string {
	if len(m.shown) == 0 {
		return ""
	}
	return m.shown[m.list.cursor].ID
}

// SelectID moves the cursor to an article (after a jump from elsewhere)
// when the list shows it.
func (m *articlesModel) SelectID(id string) {
	for i, a := range m.shown {
		if a.ID == id {
			m.list.Select(i)
			return
		}
	}
}

// refilter applies order and filters, keeping the cursor on keep when it
// is still listed, and updates the hints to say what the keys do next.
func (m *articlesModel) refilter(keep string) {
	m.shown = m.shown[:0]
	for _, a := range m.c.corpus.Articles {
		if (m.outlet == "" || a.Source == m.outlet) && (m.lang == "" || a.Lang == m.lang) {
			m.shown = append(m.shown, a)
		}
	}
	slices.SortStableFunc(m.shown, m.compare)
	m.list.SetLen(len(m.shown))
	m.list.Select(0)
	m.SelectID(keep)
	m.keys.Sort = withHelp(m.keys.Sort, "sort by "+orderNames[(m.order+1)%numOrders])
	m.keys.Outlet = enabled(withHelp(m.keys.Outlet, only(next(m.outlets, m.outlet), "all outlets")), len(m.outlets) > 1)
	m.keys.Language = enabled(withHelp(m.keys.Language, only(next(m.langs, m.lang), "all languages")), len(m.langs) > 1)
}

func (m *articlesModel) compare(a, b *corpus.Article) int {
	switch m.order {
	case byDate: // newest first; "" sorts last
		return cmp.Compare(b.Date, a.Date)
	case byOutlet:
		if (a.Source == "") != (b.Source == "") {
			return cmp.Compare(b.Source, a.Source) // those without one last
		}
		return cmp.Or(cmp.Compare(strings.ToLower(a.Source), strings.ToLower(b.Source)), cmp.Compare(b.Date, a.Date))
	case byTitle:
		return cmp.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
	}
	return 0 // as loaded: by ID
}

// next is the value after cur in the cycle "" (all), vals[0], vals[1], ….
func next(vals []string, cur string) string {
	if cur == "" {
		if len(vals) == 0 {
			return ""
		}
		return vals[0]
	}
	i := slices.Index(vals, cur)
	if i < 0 || i+1 >= len(vals) {
		return ""
	}
	return vals[i+1]
}

// only is the hint of a filter key: what pressing it shows next.
func only(next, all string) string {
	if next == "" {
		return all
	}
	return "only " + next
}

func (m *articlesModel) Update(msg tea.Msg) tea.Cmd {
	before := m.Current()
	switch msg := msg.(type) {
	case figuresLoadedMsg:
		m.counts = msg.counts
		return nil
	case shownMsg:
		m.SelectID(msg.t.Article)
		return nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Enter):
			m.c.ask(focusMsg{right: true})
		case key.Matches(msg, m.keys.Sort):
			m.order = (m.order + 1) % numOrders
			m.refilter(before)
		case key.Matches(msg, m.keys.Outlet):
			m.outlet = next(m.outlets, m.outlet)
			m.refilter(before)
		case key.Matches(msg, m.keys.Language):
			m.lang = next(m.langs, m.lang)
			m.refilter(before)
		default:
			m.list.HandleKey(msg, m.c.keys)
		}
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 2)
	}
	if cur := m.Current(); cur != before && cur != "" {
		m.c.ask(previewMsg{article: cur})
	}
	return nil
}

// heading is the pane's title: the count, and the order and filters when
// not the default ones.
func (m *articlesModel) heading() string {
	h := fmt.Sprintf("Articles %d", len(m.shown))
	if len(m.shown) != len(m.c.corpus.Articles) {
		h += fmt.Sprintf(" of %d", len(m.c.corpus.Articles))
	}
	if m.order != byFile {
		h += " · by " + orderNames[m.order]
	}
	if m.outlet != "" {
		h += " · " + m.outlet
	}
	if m.lang != "" {
		h += " · " + m.lang
	}
	return h
}

func (m *articlesModel) View() string {
	st := m.c.styles
	title := paneTitle(st, m.heading(), m.focused, m.width)
	body := m.list.View(func(i int, sel bool) []string {
		a := m.shown[i]
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
