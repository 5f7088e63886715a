// Package ui is the terminal reader: Bubble Tea panes for the article list,
// the full text, live search, the figure comparison, the entity browser and
// the load warnings.
package ui

import (
	"fmt"
	"io"
	"maps"
	"os"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"quellen/corpus"
)

// Config is what main passes in from flags and the environment.
type Config struct {
	StateDir string // where reading positions are kept; "" keeps none
	NoColor  bool   // drop colours, keep bold and reverse
	InputTTY bool   // read keys from /dev/tty: stdin holds an article
	// Open shows a URL in a browser (o); nil: $BROWSER, else xdg-open.
	Open func(url string) error
	// Clipboard receives the OSC 52 sequence of y; nil: standard output.
	Clipboard io.Writer
}

// DefaultConfig reads the environment: $XDG_STATE_HOME and NO_COLOR.
func DefaultConfig() Config {
	return Config{StateDir: DefaultStateDir(), NoColor: os.Getenv("NO_COLOR") != ""}
}

// Below this size the layout cannot work; the app says so instead.
const minWidth, minHeight = 40, 10

// Model is the root: it routes messages to the panes of the view on screen
// (see views), keeps focus and the esc stack, and draws the layout and the
// status bar. Panes are pointers, so a copy of Model shares them.
type Model struct {
	c          *common
	mode       mode
	focusRight bool
	stack      []place // where esc goes back to
	help       help.Model
	showHelp   bool
	leftWidth  int
	bodyHeight int

	panes    [numPanes]pane
	articles *articlesModel
	reader   *readerModel
	search   *searchModel

	loaded   map[string]position // reading positions as loaded, to merge on save
	note     string              // shown in the status bar until the next key
	progress string              // what is still being computed, or ""
}

// Run starts the reader on the alternate screen and saves reading positions
// when it ends.
func Run(c *corpus.Corpus, cfg Config) error {
	// A fresh renderer: the default one was made while TERM was hidden
	// (package termprobe) and asked nothing.
	r := lipgloss.NewRenderer(os.Stdout)
	lipgloss.SetDefaultRenderer(r)
	if cfg.NoColor {
		// termenv drops bold and reverse too under NO_COLOR; keep them, since
		// the colourless theme uses them to mark highlights.
		r.SetColorProfile(termenv.ANSI)
	}
	// Ask the terminal once, before the program owns stdin.
	r.SetHasDarkBackground(r.HasDarkBackground())
	m := newModel(c, cfg, NewStyles(r, DefaultTheme(cfg.NoColor)))
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithMouseCellMotion()}
	if cfg.InputTTY {
		opts = append(opts, tea.WithInputTTY())
	}
	final, err := tea.NewProgram(m, opts...).Run()
	if fm, ok := final.(Model); ok {
		if serr := saveMerged(cfg.StateDir, fm.loaded, fm.State()); serr != nil && err == nil {
			err = fmt.Errorf("saving reading positions: %w", serr)
		}
	}
	return err
}

// New builds the root model with the default renderer's styles (tests use it).
func New(c *corpus.Corpus, cfg Config) Model {
	return newModel(c, cfg, NewStyles(lipgloss.DefaultRenderer(), DefaultTheme(cfg.NoColor)))
}

func newModel(c *corpus.Corpus, cfg Config, st *Styles) Model {
	saved, err := loadState(cfg.StateDir)
	cm := &common{styles: st, keys: DefaultKeyMap(), corpus: c, cfg: cfg, positions: saved.Positions}
	cm.search = c.NewSearcher().Search
	h := help.New()
	h.Styles = st.Help
	m := Model{c: cm, loaded: maps.Clone(saved.Positions), help: h}
	for id, mk := range newPanes {
		m.panes[id] = mk(cm)
	}
	m.articles = m.panes[paneArticles].(*articlesModel)
	m.reader = m.panes[paneReader].(*readerModel)
	m.search = m.panes[paneSearch].(*searchModel)
	if err != nil {
		m.note = corpus.SanitizeName(err.Error()) // it names a path
	}
	if a := articleByKey(c, saved.Last); a != nil {
		m.articles.SelectID(a.ID)
	}
	if id := m.articles.Current(); id != "" {
		m.reader.Open(c.Article(id))
	}
	m.setFocus(false)
	return m
}

// State is what is saved when the program ends.
func (m Model) State() savedState {
	st := savedState{Version: stateVersion, Positions: m.reader.Positions()}
	if a := m.reader.Article(); a != nil {
		st.Last = positionKey(a)
	}
	return st
}

func (m Model) Init() tea.Cmd {
	return tea.Batch(m.background(), send(progressMsg{}))
}

func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.handle(msg)
	// Whatever changed the reader, a large article renders in a command.
	if rc := m.reader.renderCmd(); rc != nil {
		cmd = tea.Batch(cmd, rc)
	}
	return m, cmd
}

// handle acts on one message and on everything the panes ask in turn.
func (m *Model) handle(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case renderedMsg:
		m.reader.finishRender(msg)
		return nil
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		m.layout()
		return nil
	case tea.KeyMsg:
		m.note = ""
		return m.keys(msg)
	case tea.MouseMsg:
		cmd = m.mouse(msg)
	case progressMsg:
		return m.updateProgress()
	case noteMsg:
		m.note = msg.text
		return nil
	default:
		// Data messages (figures, entities, search results, the cursor's
		// blink): every pane takes what it owns, visible or not.
		cmd = m.broadcast(msg)
	}
	return tea.Batch(cmd, m.drain())
}

func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, p := range m.panes {
		cmds = append(cmds, p.Update(msg))
	}
	return tea.Batch(cmds...)
}

// drain answers what the panes asked (see common.ask), in order, including
// what they ask while answering.
func (m *Model) drain() tea.Cmd {
	var cmds []tea.Cmd
	for n := 0; len(m.c.asks) > 0 && n < 1000; n++ {
		msg := m.c.asks[0]
		m.c.asks = m.c.asks[1:]
		cmds = append(cmds, m.answer(msg))
	}
	m.c.asks = m.c.asks[:0]
	return tea.Batch(cmds...)
}

func (m *Model) answer(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case jumpMsg:
		return m.jump(msg)
	case focusMsg:
		m.setFocus(msg.right)
		return nil
	case backMsg:
		m.back()
		return nil
	}
	return m.broadcast(msg)
}

// focused is the pane that has focus.
func (m *Model) focused() pane {
	v := views[m.mode]
	if m.focusRight && v.right != noPane {
		return m.panes[v.right]
	}
	return m.panes[v.left]
}

func (m *Model) setFocus(right bool) {
	v := views[m.mode]
	m.focusRight = right && v.right != noPane
	for id, p := range m.panes {
		id := paneID(id)
		p.SetFocus(id == v.left && !m.focusRight || id == v.right && m.focusRight)
	}
}

// layout gives every pane, visible or not, its share of the screen in the
// view it belongs to.
func (m *Model) layout() {
	w, h := m.c.width, m.c.height
	m.help.Width = w
	helpH := 0
	if m.showHelp {
		helpH = min(lipgloss.Height(m.fullHelpView(w))+1, max(0, h-6))
	}
	m.bodyHeight = max(0, h-1-helpH)
	for md, v := range views {
		lw := v.leftWidth(w)
		if v.right == noPane {
			lw = w
		} else {
			m.panes[v.right].SetSize(max(0, w-lw-1), m.bodyHeight)
		}
		m.panes[v.left].SetSize(lw, m.bodyHeight)
		if mode(md) == m.mode {
			m.leftWidth = lw
		}
	}
}

func (m Model) tooSmall() bool { return m.c.width < minWidth || m.c.height < minHeight }

func (m Model) View() string {
	w, h := m.c.width, m.c.height
	st := m.c.styles
	if m.tooSmall() {
		msg := "terminal too small"
		if w >= 20 {
			msg += fmt.Sprintf(" (%dx%d, need %dx%d)", w, h, minWidth, minHeight)
		}
		lines := wrapLines(msg, w)
		return fit(st.TooSmall.Render(strings.Join(lines, "\n")), w, h)
	}
	v := views[m.mode]
	body := m.panes[v.left].View()
	if v.right != noPane {
		sep := st.Separator.Render(strings.TrimSuffix(strings.Repeat("│\n", m.bodyHeight), "\n"))
		body = lipgloss.JoinHorizontal(lipgloss.Top, body, sep, m.panes[v.right].View())
	}
	out := body + "\n" + m.statusView()
	if m.showHelp {
		out += "\n" + fit(m.fullHelpView(w), w, h-m.bodyHeight-1)
	}
	return fit(out, w, h)
}

// wrapLines wraps plain text to width and returns the lines.
func wrapLines(s string, width int) []string {
	var out []string
	for _, sp := range wrapSpans(s, width) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}
