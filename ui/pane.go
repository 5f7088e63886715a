package ui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// pane is the contract of every pane, as bubbles components have it: it
// updates itself (pointer receivers), draws exactly its size, knows whether
// it has focus, and has its own KeyMap, whose bindings are enabled by the
// pane's state. The root offers the focused pane every key one of its
// enabled bindings matches before it looks at its own.
type pane interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(width, height int)
	SetFocus(focused bool)
	KeyMap() help.KeyMap
}

// typist is a pane that may hold a focused text input: while Typing, every
// key but ctrl+c is the pane's.
type typist interface {
	Typing() bool
}

// stepper is a pane that owns the n/N list of its view.
type stepper interface {
	// Step moves d places through the list, wrapping around, and returns a
	// note for the status bar ("search wrapped"), or "".
	Step(d int) string
	// JumpStatus says where in which list the view is: "match 2/4", or "".
	JumpStatus() string
}

// paneID names a pane in Model.panes.
type paneID int

const (
	noPane paneID = iota - 1
	paneArticles
	paneReader
	paneSearch
	paneGroups
	paneCompare
	paneEntities
	paneMentions
	paneWarnings
	numPanes
)

// newPanes makes one of each pane: a new pane is one file and one line here.
var newPanes = [numPanes]func(*common) pane{
	paneArticles: func(c *common) pane { return newArticles(c) },
	paneReader:   func(c *common) pane { return newReader(c) },
	paneSearch:   func(c *common) pane { return newSearch(c) },
	paneGroups:   func(c *common) pane { return newGroups(c) },
	paneCompare:  func(c *common) pane { return newCompare(c) },
	paneEntities: func(c *common) pane { return newEntities(c) },
	paneMentions: func(c *common) pane { return newMentions(c) },
	paneWarnings: func(c *common) pane { return newWarnings(c) },
}

// mode is which view is on screen.
type mode int

const (
	modeBrowse   mode = iota // articles | reader
	modeSearch               // search box and results | reader
	modeFigures              // figure groups | comparison
	modeEntities             // entities | mentions
	modeWarnings             // files skipped or repaired
)

// view is one row of the table of views: its panes, how wide the left one
// is, and which pane's list n/N walk.
type view struct {
	left, right paneID // right is noPane for a view of one pane
	jumps       paneID // a stepper, or noPane
	leftWidth   func(width int) int
	name        string // for the status bar and the help of esc
}

var views = [...]view{
	modeBrowse:   {left: paneArticles, right: paneReader, jumps: paneReader, leftWidth: listWidth, name: "articles"},
	modeSearch:   {left: paneSearch, right: paneReader, jumps: paneReader, leftWidth: listWidth, name: "search"},
	modeFigures:  {left: paneGroups, right: paneCompare, jumps: paneCompare, leftWidth: pickerWidth, name: "figures"},
	modeEntities: {left: paneEntities, right: paneMentions, jumps: paneMentions, leftWidth: pickerWidth, name: "entities"},
	modeWarnings: {left: paneWarnings, right: noPane, jumps: noPane, leftWidth: func(w int) int { return w }, name: "warnings"},
}

func listWidth(w int) int   { return clamp(w*36/100, 24, 52) }
func pickerWidth(w int) int { return clamp(w/4, 24, 40) }

// place is where the user was: a view and which of its panes had focus.
// Esc goes back through a stack of them.
type place struct {
	mode  mode
	right bool
}
