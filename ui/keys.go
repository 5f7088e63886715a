package ui

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every binding of the reader. Panes enable or disable bindings
// by state so the help line only shows what works right now.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	Left, Right      key.Binding
	Enter            key.Binding
	NextPane         key.Binding
	PrevPane         key.Binding
	Search           key.Binding
	Next, Prev       key.Binding
	Figures          key.Binding
	Entities         key.Binding
	Furniture        key.Binding
	Shared           key.Binding
	OpenURL, Copy    key.Binding
	Back             key.Binding
	Help             key.Binding
	Quit             key.Binding

	// Help-only bindings: one short hint covering several keys.
	Move  key.Binding
	Pages key.Binding
}

// DefaultKeyMap returns a fresh copy of the default bindings.
func DefaultKeyMap() *KeyMap {
	return &KeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b", "ctrl+u"), key.WithHelp("pgup/b", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", " ", "ctrl+d"), key.WithHelp("pgdn/space", "page down")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Left:      key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "previous source")),
		Right:     key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "next source")),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		NextPane:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Next:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		Prev:      key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Figures:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "figures")),
		Entities:  key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "entities")),
		OpenURL:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open URL")),
		Copy:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy with citation")),
		Shared:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "other copies")),
		Furniture: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "hide captions")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),

		Move:  key.NewBinding(key.WithKeys("up", "down", "j", "k"), key.WithHelp("↑↓", "move")),
		Pages: key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "page")),
	}
}

// keyHelp combines the active panes' bindings with the app-wide ones, for the
// bubbles help model.
type keyHelp struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h keyHelp) ShortHelp() []key.Binding  { return h.short }
func (h keyHelp) FullHelp() [][]key.Binding { return h.full }
