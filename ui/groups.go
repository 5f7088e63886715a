package ui

import (
	"sort"

	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// groupsModel lists the figure groups, the most disputed (most sources)
// first, and picks one for the comparison. Labels wrap to two lines; s
// limits the list to one story.
type groupsModel = pickerModel[*corpus.Group]

func newGroups(c *common) *groupsModel {
	m := newPicker[*corpus.Group](c, "compare")
	m.name, m.unit, m.empty = "Figures", "groups", "no figure groups found"
	m.titleLines = 2
	var storyOf map[int]int // group ID -> index into m.scopes
	m.load = func(msg tea.Msg) ([]*corpus.Group, bool) {
		fm, ok := msg.(figuresLoadedMsg)
		if !ok {
			return nil, false
		}
		gs := append([]*corpus.Group(nil), fm.groups...)
		sort.SliceStable(gs, func(i, j int) bool { return gs[i].Sources > gs[j].Sources })
		m.scopes, storyOf = fm.stories, fm.groupStory
		return gs, true
	}
	m.inScope = func(g *corpus.Group, scope int) bool { return storyOf[g.ID] == scope }
	m.pick = func(g *corpus.Group) tea.Msg { return groupMsg{g} }
	m.text = func(g *corpus.Group) string { return g.Label }
	m.row = func(g *corpus.Group, w int) (string, string, string) {
		return g.Label, "", g.Spread() + " · " + plural(g.Sources, "source", "sources")
	}
	return &m
}
