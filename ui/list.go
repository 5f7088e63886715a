package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// cursorList is the scrolling and selection logic shared by every list pane
// (articles, search results, figure groups, entities, mentions). Each pane
// draws its own rows; the list only knows how many rows fit.
type cursorList struct {
	n, cursor, offset int
	rows              int // lines available
	itemHeight        int // lines per item, including spacing
}

func newCursorList(itemHeight int) cursorList { return cursorList{itemHeight: max(1, itemHeight)} }

// perPage is how many items fit; always at least one.
func (l *cursorList) perPage() int { return max(1, l.rows/l.itemHeight) }

func (l *cursorList) SetLen(n int) {
	l.n = n
	l.Select(l.cursor)
}

func (l *cursorList) SetRows(rows int) {
	l.rows = max(0, rows)
	l.Select(l.cursor)
}

// Select moves the cursor to i (clamped) and scrolls it into view.
func (l *cursorList) Select(i int) {
	if l.n == 0 {
		l.cursor, l.offset = 0, 0
		return
	}
	l.cursor = clamp(i, 0, l.n-1)
	pp := l.perPage()
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+pp {
		l.offset = l.cursor - pp + 1
	}
	l.offset = clamp(l.offset, 0, max(0, l.n-pp))
}

// Scroll moves the window by d items, dragging the cursor along when it
// would leave the view (mouse wheel).
func (l *cursorList) Scroll(d int) {
	pp := l.perPage()
	l.offset = clamp(l.offset+d, 0, max(0, l.n-pp))
	l.cursor = clamp(l.cursor, l.offset, min(l.n-1, l.offset+pp-1))
}

// HandleKey moves the cursor for navigation keys and reports whether the key
// was one of them.
func (l *cursorList) HandleKey(msg tea.KeyMsg, km *KeyMap) bool {
	switch {
	case key.Matches(msg, km.Up):
		l.Select(l.cursor - 1)
	case key.Matches(msg, km.Down):
		l.Select(l.cursor + 1)
	case key.Matches(msg, km.PageUp):
		l.Select(l.cursor - l.perPage())
	case key.Matches(msg, km.PageDown):
		l.Select(l.cursor + l.perPage())
	case key.Matches(msg, km.Top):
		l.Select(0)
	case key.Matches(msg, km.Bottom):
		l.Select(l.n - 1)
	default:
		return false
	}
	return true
}

// HandleMouse scrolls on the wheel and selects the item under a click; top
// is how many rows of the pane (title, gaps) come before the first item.
func (l *cursorList) HandleMouse(msg tea.MouseMsg, top int) {
	switch {
	case msg.Button == tea.MouseButtonWheelUp:
		l.Scroll(-1)
	case msg.Button == tea.MouseButtonWheelDown:
		l.Scroll(1)
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		if i := l.ItemAt(msg.Y - top); i >= 0 {
			l.Select(i)
		}
	}
}

// ItemAt returns the item drawn at line y of the list, or -1.
func (l *cursorList) ItemAt(y int) int {
	if y < 0 {
		return -1
	}
	i := l.offset + y/l.itemHeight
	if i >= l.n || i >= l.offset+l.perPage() {
		return -1
	}
	return i
}

// View draws the visible items with row(i, selected) and returns exactly
// l.rows lines' worth of text.
func (l *cursorList) View(row func(i int, selected bool) []string) string {
	var lines []string
	end := min(l.n, l.offset+l.perPage())
	for i := l.offset; i < end; i++ {
		r := row(i, i == l.cursor)
		for len(r) < l.itemHeight {
			r = append(r, "")
		}
		lines = append(lines, r[:l.itemHeight]...)
	}
	return strings.Join(lines, "\n")
}
