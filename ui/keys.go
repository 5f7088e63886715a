package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap holds every binding of the reader, as configured. Each pane builds
// its own KeyMap from these (with its own help words) and enables its
// bindings by state, so the help line only shows what works right now.
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
	Warnings         key.Binding
	Furniture        key.Binding
	Shared           key.Binding // the next copy of a passage other articles print
	OpenURL, Copy    key.Binding // the article's address; the passage with its citation
	Space            key.Binding // scrolls the text, whichever pane has focus
	Filter           key.Binding // types a filter into an entity or group list
	ClearFilter      key.Binding
	Sort             key.Binding
	Outlet, Language key.Binding
	Story            key.Binding
	Back             key.Binding
	Help             key.Binding
	Quit             key.Binding
	QuitTyping       key.Binding // what quits while a text input has focus

	// Help-only bindings: one short hint covering several keys.
	Move key.Binding
}

// DefaultKeyMap returns a fresh copy of the default bindings.
func DefaultKeyMap() *KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return &KeyMap{
		Up:          b([]string{"up", "k"}, "↑/k", "up"),
		Down:        b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:      b([]string{"pgup", "b", "ctrl+u"}, "pgup/b", "page up"),
		PageDown:    b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		Top:         b([]string{"g", "home"}, "g", "top"),
		Bottom:      b([]string{"G", "end"}, "G", "bottom"),
		Left:        b([]string{"left", "h"}, "←/h", "previous source"),
		Right:       b([]string{"right", "l"}, "→/l", "next source"),
		Enter:       b([]string{"enter"}, "enter", "open"),
		NextPane:    b([]string{"tab"}, "tab", "next pane"),
		PrevPane:    b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		Search:      b([]string{"/"}, "/", "search"),
		Next:        b([]string{"n"}, "n", "next match"),
		Prev:        b([]string{"N"}, "N", "previous match"),
		Figures:     b([]string{"f"}, "f", "figures"),
		Entities:    b([]string{"e"}, "e", "entities"),
		Warnings:    b([]string{"w"}, "w", "warnings"),
		Furniture:   b([]string{"c"}, "c", "hide captions"),
		Shared:      b([]string{"s"}, "s", "other copies"),
		OpenURL:     b([]string{"o"}, "o", "open URL"),
		Copy:        b([]string{"y"}, "y", "copy with citation"),
		Space:       b([]string{" "}, "space", "scroll text"),
		Filter:      b([]string{"/"}, "/", "filter"),
		ClearFilter: b([]string{"esc"}, "esc", "clear filter"),
		Sort:        b([]string{"s"}, "s", "sort"),
		Outlet:      b([]string{"o"}, "o", "outlet"),
		Language:    b([]string{"L"}, "L", "language"),
		Story:       b([]string{"s"}, "s", "story"),
		Back:        b([]string{"esc"}, "esc", "back"),
		Help:        b([]string{"?"}, "?", "help"),
		Quit:        b([]string{"q", "ctrl+c"}, "q", "quit"),
		QuitTyping:  b([]string{"ctrl+c"}, "ctrl+c", "quit"),

		Move: b([]string{"up", "down", "j", "k"}, "↑↓", "move"),
	}
}

// withHelp is a copy of b with other help text.
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// enabled is a copy of b, enabled or not.
func enabled(b key.Binding, on bool) key.Binding {
	b.SetEnabled(on)
	return b
}

// matchesAny reports whether an enabled binding of km matches msg.
func matchesAny(km help.KeyMap, msg tea.KeyMsg) bool {
	for _, col := range km.FullHelp() {
		for _, b := range col {
			if b.Enabled() && key.Matches(msg, b) {
				return true
			}
		}
	}
	return false
}

// keyMap is a help.KeyMap of bindings given as they are, for a pane whose
// bindings are few, and for the root's combination of a pane's and its own.
type keyMap struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h keyMap) ShortHelp() []key.Binding  { return h.short }
func (h keyMap) FullHelp() [][]key.Binding { return h.full }
