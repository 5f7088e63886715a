// Package ui is the terminal reader: Bubble Tea panes for the article list,
// the full text, live search, the figure comparison, the entity browser and
// the load warnings.
package ui

import (
	"fmt"
	"maps"
	"os"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
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

	loaded map[string]position // reading positions as loaded, to merge on save
	note   string              // shown in the status bar until the next key
}

// Run starts the reader on the alternate screen and saves reading positions
// when it ends.
func Run(c *corpus.Corpus, cfg Config) error {
	r := lipgloss.DefaultRenderer()
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
	c := m.c.corpus
	return tea.Batch(loadFigures(c), loadEntities(c), loadIndex(c))
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

// jump shows a list's current place in the reader; its list becomes the
// reader's n/N list.
func (m *Model) jump(msg jumpMsg) tea.Cmd {
	// A search answer may come in after the user left the search (its
	// query was slow): it must not move the reader or replace n/N then.
	if !msg.focus && msg.from == paneSearch && m.mode != modeSearch {
		return nil
	}
	if msg.focus && m.mode != modeBrowse {
		m.push()
		m.mode = modeBrowse
		m.layout()
	}
	if msg.focus {
		m.setFocus(true)
	}
	m.reader.SetJumps(msg.list)
	return nil
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

// push remembers where the user is, for esc.
func (m *Model) push() {
	m.stack = append(m.stack, place{m.mode, m.focusRight})
}

// enter switches to a view. A view already on the esc stack is gone back
// to, so the stack never holds a view twice over.
func (m *Model) enter(md mode) tea.Cmd {
	if md != m.mode {
		from := views[m.mode]
		restored := false
		for i, p := range m.stack {
			if p.mode == md {
				m.stack = m.stack[:i]
				m.mode = md
				m.layout()
				m.setFocus(p.right)
				restored = true
				break
			}
		}
		if !restored {
			m.push()
			m.mode = md
			m.layout()
			m.setFocus(false)
		}
		if md == modeEntities && from.right == paneReader {
			m.c.ask(namedHereMsg{m.reader.NamedHere()})
		}
	}
	if md == modeSearch {
		m.setFocus(false)
		return m.search.FocusInput()
	}
	return nil
}

// back goes to where the user was before; at the root, from the reader to
// the article list, and from the list nowhere.
func (m *Model) back() {
	if n := len(m.stack); n > 0 {
		p := m.stack[n-1]
		m.stack = m.stack[:n-1]
		m.mode = p.mode
		m.layout()
		m.setFocus(p.right)
		return
	}
	if m.focusRight {
		m.setFocus(false)
	}
}

// step moves through the n/N list of the view on screen; it never leaves it.
func (m *Model) step(d int) {
	if s, ok := m.stepper(); ok {
		m.note = s.Step(d)
	}
}

func (m *Model) stepper() (stepper, bool) {
	v := views[m.mode]
	if v.jumps == noPane {
		return nil, false
	}
	s, ok := m.panes[v.jumps].(stepper)
	return s, ok
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

// keys handles a key message. Bubble Tea delivers letters that arrive
// together (fast typing over a slow link, or keys sent by a script) as one
// message: "/wonsan". Outside a text input each letter is a command, so
// they are taken one at a time, each with what it asks, until one of them
// focuses an input, which then gets the rest as typed text.
func (m *Model) keys(msg tea.KeyMsg) tea.Cmd {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return tea.Batch(m.key(msg), m.drain())
	}
	var cmds []tea.Cmd
	for i, r := range msg.Runes {
		if m.typing() {
			rest := msg
			rest.Runes = msg.Runes[i:]
			return tea.Batch(append(cmds, m.key(rest), m.drain())...)
		}
		one := msg
		one.Runes = []rune{r}
		cmds = append(cmds, m.key(one), m.drain())
	}
	return tea.Batch(cmds...)
}

// typing reports whether a text input has focus.
func (m *Model) typing() bool {
	t, ok := m.focused().(typist)
	return ok && t.Typing()
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.c.keys
	if msg.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	f := m.focused()
	// A focused input gets every key, so typing "q" or "f" types them.
	if m.typing() {
		return f.Update(msg)
	}
	if m.showHelp && (key.Matches(msg, k.Back) || key.Matches(msg, k.Help)) {
		m.toggleHelp()
		return nil
	}
	// The focused pane's own keys come first: "/" filters an entity list.
	if matchesAny(f.KeyMap(), msg) {
		return f.Update(msg)
	}
	v := views[m.mode]
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.toggleHelp()
	case key.Matches(msg, k.NextPane), key.Matches(msg, k.PrevPane):
		m.setFocus(!m.focusRight)
	case key.Matches(msg, k.Search):
		return m.enter(modeSearch)
	case key.Matches(msg, k.Figures):
		return m.enter(modeFigures)
	case key.Matches(msg, k.Entities):
		return m.enter(modeEntities)
	case key.Matches(msg, k.Warnings) && len(m.c.corpus.Warnings) > 0:
		return m.enter(modeWarnings)
	case key.Matches(msg, k.Next):
		m.step(1)
	case key.Matches(msg, k.Prev):
		m.step(-1)
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.Space):
		// Space scrolls the text, as in less and glow, even from the list.
		p := v.right
		if p == noPane {
			p = v.left
		}
		return m.panes[p].Update(tea.KeyMsg{Type: tea.KeyPgDown})
	default:
		return f.Update(msg)
	}
	return nil
}

func (m *Model) toggleHelp() {
	m.showHelp = !m.showHelp
	m.layout()
}

// mouse focuses the pane under a click and scrolls the pane under the wheel.
func (m *Model) mouse(msg tea.MouseMsg) tea.Cmd {
	if m.tooSmall() || msg.Y >= m.bodyHeight {
		return nil
	}
	v := views[m.mode]
	right := v.right != noPane && msg.X > m.leftWidth
	if msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress {
		m.setFocus(right)
	} else if !tea.MouseEvent(msg).IsWheel() {
		return nil
	}
	if right {
		msg.X -= m.leftWidth + 1
		return m.panes[v.right].Update(msg)
	}
	return m.panes[v.left].Update(msg)
}

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
