package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Scheduling. The first frame never waits for an analysis: the reader
// starts them in one background sequence, the search index first (the box
// is usable as soon as it is in), then entities, then figures (which use
// the entities). Each runs on the goroutines the corpus allows (main gives
// the reader all cores but one), so the event loop always has a core and a
// keystroke reaches its frame while they run. A line in the status bar says
// what is still being computed.

// progressMsg asks for the progress line to be updated.
type progressMsg struct{}

// progressEvery is how often the progress line is redrawn.
const progressEvery = 250 * time.Millisecond

func tickProgress() tea.Cmd {
	return tea.Tick(progressEvery, func(time.Time) tea.Msg { return progressMsg{} })
}

// background computes the analyses one after the other, index first.
func (m Model) background() tea.Cmd {
	c := m.c.corpus
	return tea.Sequence(loadIndex(c), loadEntities(c), loadFigures(c))
}

// updateProgress refreshes the progress line and keeps ticking while
// something is still being computed.
func (m *Model) updateProgress() tea.Cmd {
	p := m.c.corpus.Progress()
	m.progress = p.String()
	if p.Done() {
		return nil
	}
	return tickProgress()
}
