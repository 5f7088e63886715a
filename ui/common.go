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
// read-only handle to the corpus. Panes never reach into each other; they ask
// the root through messages.
type common struct {
	width, height int
	styles        *Styles
	keys          *KeyMap
	corpus        *corpus.Corpus
	cfg           Config

	// search runs one query of the search box: a corpus.Searcher, which
	// narrows as the query grows, or a fake in tests.
	search func(ctx context.Context, query string, limit int) (corpus.Hits, error)
}

// pane is the contract every pane fulfils besides its own typed update.
type pane interface {
	SetSize(width, height int)
	View() string
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

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

// target is a place in an article the reader can jump to.
type target struct {
	Article   string
	Paragraph int
	Span      corpus.Span
}

// Messages that carry results of slow work back to the pane that owns them.
type (
	figuresLoadedMsg struct {
		groups []*corpus.Group
		counts map[string]int         // figures per article
		marks  map[string]marksByPara // figure spans per article
		shared map[string]sharedByPara
	}
	entitiesLoadedMsg struct {
		entities []*corpus.Entity
		marks    map[string]marksByPara
	}
	indexReadyMsg struct{}
)

// Messages panes send to the root.
type (
	// previewMsg asks the reader to show an article (list cursor moved).
	previewMsg struct{ article string }
	// openMsg opens targets[i] in the reader; targets become the n/N list
	// when non-empty. focus moves focus to the reader.
	openMsg struct {
		targets []target
		i       int
		label   string
		focus   bool
	}
	// focusMsg asks the root to move focus to the right pane.
	focusRightMsg struct{}
)

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
		for _, f := range figs {
			msg.counts[f.Article]++
			addMark(msg.marks, f.Article, f.Paragraph, mark{corpus.Span{Start: f.Start, End: f.End}, markFigure})
		}
		return msg
	}
}

// loadEntities finds entities off the event loop.
func loadEntities(c *corpus.Corpus) tea.Cmd {
	return func() tea.Msg {
		ents := c.Entities()
		msg := entitiesLoadedMsg{entities: sortEntities(ents), marks: make(map[string]marksByPara)}
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
