package ui

import (
	"context"
	"sort"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// common is what every pane shares: the screen size, styles, keys and a
// read-only handle to the corpus. Panes never reach into each other; they
// ask the root through messages (see ask).
type common struct {
	width, height int
	styles        *Styles
	keys          *KeyMap
	corpus        *corpus.Corpus
	cfg           Config
	positions     map[string]position // reading positions, as saved and as read since

	// search runs one query of the search box: a corpus.Searcher, which
	// narrows as the query grows, or a fake in tests.
	search func(ctx context.Context, query string, limit int) (corpus.Hits, error)

	asks []tea.Msg // see ask
}

// ask hands msg to the root, which acts on it (or passes it to the panes)
// before the Update that asked returns: the comparison or the reader follows
// a cursor in the same step, never a keystroke late, as a tea.Cmd could.
func (c *common) ask(msg tea.Msg) { c.asks = append(c.asks, msg) }

// markKind orders the ways a stretch of article text can be marked; a higher
// kind wins where marks overlap.
type markKind int

const (
	markNone markKind = iota
	markEntity
	markFigure
	markMatch
	markCurrent
)

// mark styles one byte range of a paragraph.
type mark struct {
	corpus.Span
	kind markKind
}

// marksByPara maps a paragraph index to its marks.
type marksByPara map[int][]mark

// Messages that carry results of slow work back to the pane that owns them.
type (
	figuresLoadedMsg struct {
		groups     []*corpus.Group
		stories    []string                // a name for each story, by its first article
		groupStory map[int]int             // group ID -> index into stories
		counts     map[string]int          // figures per article
		marks      map[string]marksByPara  // figure spans per article
		shared     map[string]sharedByPara // passages other articles print too
	}
	entitiesLoadedMsg struct {
		entities []*corpus.Entity
		index    *corpus.EntityIndex // who is named in which paragraph
		marks    map[string]marksByPara
	}
	indexReadyMsg struct{}
)

// Messages panes ask the root with (see common.ask).
type (
	// previewMsg shows an article in the reader (the list cursor moved).
	previewMsg struct{ article string }
	// jumpMsg shows the current place of list in the reader, and makes
	// list the reader's n/N list; focus moves to the reader (from another
	// view, into the article view). from is the pane that asked.
	jumpMsg struct {
		list  jumpList
		focus bool
		from  paneID
	}
	// shownMsg tells the lists that the reader now shows t.
	shownMsg struct{ t target }
	// groupMsg and entityMsg tell the comparison and the mentions what to
	// show.
	groupMsg  struct{ group *corpus.Group }
	entityMsg struct{ entity *corpus.Entity }
	// namedHereMsg puts the entities named where the reader is first in
	// the entity list.
	namedHereMsg struct{ entities []*corpus.Entity }
	// focusMsg moves focus to the right or the left pane of the view.
	focusMsg struct{ right bool }
	// backMsg goes back, as esc does.
	backMsg struct{}
)

// send is a command that delivers msg.
func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// loadFigures computes figures and groups off the event loop.
func loadFigures(c *corpus.Corpus) tea.Cmd {
	return func() tea.Msg {
		figs := c.Figures()
		msg := figuresLoadedMsg{
			groups: c.Groups(),
			counts: make(map[string]int),
			marks:  make(map[string]marksByPara),
			shared: sharedRefs(c, c.Shared()), // found already for the groups' copies
		}
		msg.stories, msg.groupStory = storiesOfGroups(c, msg.groups)
		for _, f := range figs {
			msg.counts[f.Article]++
			addMark(msg.marks, f.Article, f.Paragraph, mark{corpus.Span{Start: f.Start, End: f.End}, markFigure})
		}
		return msg
	}
}

// storiesOfGroups names the stories the groups tell, by the title of each
// story's first article, in the order of the articles.
func storiesOfGroups(c *corpus.Corpus, groups []*corpus.Group) ([]string, map[int]int) {
	told := map[int]bool{}
	for _, g := range groups {
		if len(g.Figures) > 0 {
			told[c.Story(g.Figures[0].Article)] = true
		}
	}
	index := map[int]int{} // story -> index into names
	var names []string
	for _, a := range c.Articles {
		if s := c.Story(a.ID); told[s] {
			if _, ok := index[s]; !ok {
				index[s] = len(names)
				names = append(names, a.Title)
			}
		}
	}
	of := make(map[int]int, len(groups))
	for _, g := range groups {
		if len(g.Figures) > 0 {
			of[g.ID] = index[c.Story(g.Figures[0].Article)]
		}
	}
	return names, of
}

// loadEntities finds entities off the event loop.
func loadEntities(c *corpus.Corpus) tea.Cmd {
	return func() tea.Msg {
		ents := c.Entities()
		msg := entitiesLoadedMsg{entities: sortEntities(ents), index: c.EntityIndex(), marks: make(map[string]marksByPara)}
		for _, e := range ents {
			for _, m := range e.Mentions {
				addMark(msg.marks, m.Article, m.Paragraph, mark{corpus.Span{Start: m.Start, End: m.End}, markEntity})
			}
		}
		return msg
	}
}

// loadIndex builds the search index off the event loop.
func loadIndex(c *corpus.Corpus) tea.Cmd {
	return func() tea.Msg {
		c.Index()
		return indexReadyMsg{}
	}
}

func addMark(m map[string]marksByPara, article string, para int, mk mark) {
	if m[article] == nil {
		m[article] = make(marksByPara)
	}
	m[article][para] = append(m[article][para], mk)
}

func typeRank(t corpus.EntityType) int {
	switch t {
	case corpus.Person:
		return 0
	case corpus.Place:
		return 1
	case corpus.Org:
		return 2
	}
	return 3
}

// sortEntities orders entities by type, then most mentioned first.
func sortEntities(ents []*corpus.Entity) []*corpus.Entity {
	out := append([]*corpus.Entity(nil), ents...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if typeRank(a.Type) != typeRank(b.Type) {
			return typeRank(a.Type) < typeRank(b.Type)
		}
		if len(a.Mentions) != len(b.Mentions) {
			return len(a.Mentions) > len(b.Mentions)
		}
		return a.Name < b.Name
	})
	return out
}

func clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// scrollViewport moves a viewport for the scrolling keys and the mouse
// wheel, the same in every pane that shows one; it reports whether msg was
// one of them.
func scrollViewport(vp *viewport.Model, msg tea.Msg, k *KeyMap) bool {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			vp.ScrollUp(1)
		case key.Matches(msg, k.Down):
			vp.ScrollDown(1)
		case key.Matches(msg, k.PageUp):
			vp.PageUp()
		case key.Matches(msg, k.PageDown):
			vp.PageDown()
		default:
			return false
		}
		return true
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			vp.ScrollUp(3)
		case tea.MouseButtonWheelDown:
			vp.ScrollDown(3)
		default:
			return false
		}
		return true
	}
	return false
}
