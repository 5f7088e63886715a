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
// mentioned first within each type, and picks one for the mentions pane.
type entitiesModel = pickerModel[*corpus.Entity]

func newEntities(c *common) entitiesModel {
	k := c.keys
	return entitiesModel{
		c: c, list: newCursorList(3),
		name: "Entities", empty: "no people, places or organisations found",
		load: func(msg tea.Msg) ([]*corpus.Entity, bool) {
			em, ok := msg.(entitiesLoadedMsg)
			return em.entities, ok
		},
		pick: func(e *corpus.Entity) tea.Msg { return entityMsg{e} },
		row: func(e *corpus.Entity, w int) (string, string, string) {
			count := fmt.Sprintf(" %d", len(e.Mentions))
			meta := string(e.Type)
			if len(e.Aliases) > 0 {
				meta += " · " + strings.Join(e.Aliases, ", ")
			}
			return pad(truncate(e.Name, w-len(count)), w-len(count)), count, pad(truncate(meta, w), w)
		},
		short: []key.Binding{k.Move, withHelp(k.Enter, "mentions")},
		full:  []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, withHelp(k.Enter, "list mentions"), withHelp(k.Back, "close entities")},
	}
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
