package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// entitiesModel lists people, places and organisations by type, the most
// mentioned first within each type, and picks one for the mentions pane.
// Who is named where the reader was comes first.
type entitiesModel = pickerModel[*corpus.Entity]

func newEntities(c *common) *entitiesModel {
	m := newPicker[*corpus.Entity](c, "mentions")
	m.name, m.empty = "Entities", "no people, places or organisations found"
	m.load = func(msg tea.Msg) ([]*corpus.Entity, bool) {
		em, ok := msg.(entitiesLoadedMsg)
		return em.entities, ok
	}
	m.pin = func(msg tea.Msg) ([]*corpus.Entity, bool) {
		nm, ok := msg.(namedHereMsg)
		return nm.entities, ok
	}
	m.pick = func(e *corpus.Entity) tea.Msg { return entityMsg{e} }
	m.text = func(e *corpus.Entity) string { return e.Name + " " + strings.Join(e.Aliases, " ") }
	m.row = func(e *corpus.Entity, w int) (string, string, string) {
		meta := string(e.Type)
		if len(e.Aliases) > 0 {
			meta += " · " + strings.Join(e.Aliases, ", ")
		}
		return e.Name, fmt.Sprintf(" %d", len(e.Mentions)), meta
	}
	return &m
}

// mentionsModel lists where one entity is mentioned, across articles; n/N
// move through them without leaving the view.
type mentionsModel struct {
	c             *common
	width, height int
	focused       bool
	entity        *corpus.Entity
	list          cursorList
	keys          mentionsKeyMap
}

type mentionsKeyMap struct {
	Move, Up, Down, PageUp, PageDown, Top, Bottom, Open key.Binding
}

func (k mentionsKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Move, k.Open} }
func (k mentionsKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open}}
}

func newMentions(c *common) *mentionsModel {
	k := c.keys
	return &mentionsModel{c: c, list: newCursorList(3), keys: mentionsKeyMap{
		Move: k.Move, Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, Top: k.Top, Bottom: k.Bottom,
		Open: withHelp(k.Enter, "read passage"),
	}}
}

func (m *mentionsModel) KeyMap() help.KeyMap { return m.keys }

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

func (m *mentionsModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case entityMsg:
		m.SetEntity(msg.entity)
	case tea.KeyMsg:
		if key.Matches(msg, m.keys.Open) {
			if l := m.jumps(); l.Len() > 0 {
				m.c.ask(jumpMsg{list: l, focus: true, from: paneMentions})
			}
			return nil
		}
		m.list.HandleKey(msg, m.c.keys)
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 3)
	}
	return nil
}

// jumps is every mention, at the one under the cursor.
func (m *mentionsModel) jumps() jumpList {
	if m.entity == nil {
		return jumpList{label: "mention"}
	}
	ts := make([]target, len(m.entity.Mentions))
	for i, mt := range m.entity.Mentions {
		ts[i] = target{Article: mt.Article, Paragraph: mt.Paragraph, Span: corpus.Span{Start: mt.Start, End: mt.End}}
	}
	return newJumps("mention", ts, m.list.cursor)
}

// Step moves the cursor to the next or previous mention.
func (m *mentionsModel) Step(d int) string {
	l := m.jumps()
	if l.Len() == 0 {
		return "no mentions to step through"
	}
	wrapped := l.Step(d)
	m.list.Select(l.at)
	if wrapped {
		return l.WrapNote()
	}
	return ""
}

func (m *mentionsModel) JumpStatus() string {
	if m.entity == nil || len(m.entity.Mentions) == 0 {
		return ""
	}
	return fmt.Sprintf("mention %d/%d", m.list.cursor+1, len(m.entity.Mentions))
}

func (m *mentionsModel) View() string {
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
