package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// entityMsg tells the mentions pane which entity to list.
type entityMsg struct{ entity *corpus.Entity }

// entitiesModel lists people, places and organisations by type, the most
// mentioned first within each type.
type entitiesModel struct {
	c             *common
	width, height int
	focused       bool
	loaded        bool
	entities      []*corpus.Entity
	list          cursorList
}

func newEntities(c *common) entitiesModel { return entitiesModel{c: c, list: newCursorList(3)} }

func (m *entitiesModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetRows(h - 2)
}

func (m *entitiesModel) SetFocus(f bool) { m.focused = f }

func (m entitiesModel) selected() *corpus.Entity {
	if len(m.entities) == 0 {
		return nil
	}
	return m.entities[m.list.cursor]
}

func (m entitiesModel) update(msg tea.Msg) (entitiesModel, tea.Cmd) {
	before := m.list.cursor
	switch msg := msg.(type) {
	case entitiesLoadedMsg:
		m.loaded = true
		m.entities = msg.entities
		m.list.SetLen(len(m.entities))
		m.list.Select(0)
		return m, send(entityMsg{m.selected()})
	case tea.KeyMsg:
		if key.Matches(msg, m.c.keys.Enter) {
			return m, send(focusRightMsg{})
		}
		m.list.HandleKey(msg, m.c.keys)
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 2)
	}
	if m.list.cursor != before {
		return m, send(entityMsg{m.selected()})
	}
	return m, nil
}

func (m entitiesModel) View() string {
	st := m.c.styles
	head := "Entities"
	if m.loaded {
		head = fmt.Sprintf("Entities · %d", len(m.entities))
	}
	title := paneTitle(st, head, m.focused, m.width)
	var body string
	switch {
	case !m.loaded:
		body = st.Empty.Render(" indexing…")
	case len(m.entities) == 0:
		body = st.Empty.Render(" " + truncate("no people, places or organisations found", m.width-1))
	default:
		body = m.list.View(func(i int, sel bool) []string {
			e := m.entities[i]
			w := m.width - 1
			count := fmt.Sprintf(" %d", len(e.Mentions))
			name := pad(truncate(e.Name, w-len(count)), w-len(count))
			meta := string(e.Type)
			if len(e.Aliases) > 0 {
				meta += " · " + strings.Join(e.Aliases, ", ")
			}
			meta = pad(truncate(meta, w), w)
			return listRow(st, sel, m.focused, name, count, meta)
		})
	}
	return fit(title+"\n\n"+body, m.width, m.height)
}

func (m entitiesModel) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Move, withHelp(k.Enter, "mentions")}
}

func (m entitiesModel) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, withHelp(k.Enter, "list mentions"), withHelp(k.Back, "close entities")}}
}

// mentionsModel lists where one entity is mentioned, across articles.
type mentionsModel struct {
	c             *common
	width, height int
	focused       bool
	entity        *corpus.Entity
	list          cursorList
}

func newMentions(c *common) mentionsModel { return mentionsModel{c: c, list: newCursorList(3)} }

func (m *mentionsModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetRows(h - 3)
}

func (m *mentionsModel) SetFocus(f bool) { m.focused = f }

func (m *mentionsModel) SetEntity(e *corpus.Entity) {
	m.entity = e
	n := 0
	if e != nil {
		n = len(e.Mentions)
	}
	m.list.SetLen(n)
	m.list.Select(0)
}

func (m mentionsModel) update(msg tea.Msg) (mentionsModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if key.Matches(msg, m.c.keys.Enter) {
			return m, m.jump()
		}
		m.list.HandleKey(msg, m.c.keys)
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 3)
	}
	return m, nil
}

// jump opens the chosen mention; n/N then walk all of them.
func (m mentionsModel) jump() tea.Cmd {
	if m.entity == nil || len(m.entity.Mentions) == 0 {
		return nil
	}
	ts := make([]target, len(m.entity.Mentions))
	for i, mt := range m.entity.Mentions {
		ts[i] = target{Article: mt.Article, Paragraph: mt.Paragraph, Span: corpus.Span{Start: mt.Start, End: mt.End}}
	}
	return send(openMsg{targets: ts, i: m.list.cursor, label: "mention", focus: true})
}

func (m mentionsModel) View() string {
	st := m.c.styles
	if m.entity == nil {
		return fit(paneTitle(st, "Mentions", m.focused, m.width)+"\n\n"+st.Empty.Render(" "+truncate("choose an entity", m.width-1)), m.width, m.height)
	}
	e := m.entity
	arts := map[string]bool{}
	for _, mt := range e.Mentions {
		arts[mt.Article] = true
	}
	title := paneTitle(st, "Mentions of "+e.Name, m.focused, m.width)
	info := fmt.Sprintf("%s · %s in %s", e.Type, plural(len(e.Mentions), "mention", "mentions"), plural(len(arts), "article", "articles"))
	if len(e.Aliases) > 0 {
		info += " · also " + strings.Join(e.Aliases, ", ")
	}
	body := m.list.View(func(i int, sel bool) []string {
		mt := e.Mentions[i]
		a := m.c.corpus.Article(mt.Article)
		name := sourceName(a, mt.Article)
		ref := fmt.Sprintf(" ¶%d", mt.Paragraph+1)
		w := m.width - 1
		head := pad(truncate(name, w-len(ref)), w-len(ref))
		line := ""
		if a != nil && mt.Paragraph >= 0 && mt.Paragraph < len(a.Paragraphs) {
			marks := []mark{{corpus.Span{Start: mt.Start, End: mt.End}, markMatch}}
			line = renderExcerpt(st, a.Paragraphs[mt.Paragraph].Text, marks, w)
		}
		return passageRow(st, sel, m.focused, head, ref, line)
	})
	return fit(title+"\n"+st.Dim.Render(truncate(info, m.width))+"\n\n"+body, m.width, m.height)
}

func (m mentionsModel) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Move, withHelp(k.Enter, "read passage")}
}

func (m mentionsModel) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, withHelp(k.Enter, "read passage"), withHelp(k.Back, "close entities")}}
}
