// Package ui is the terminal reader: Bubble Tea panes for the article list,
// the full text, live search, the figure comparison and the entity browser.
package ui

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"strings"
	"sync"
	"sync/atomic"

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

// mode is which pair of panes is on screen.
type mode int

const (
	modeBrowse   mode = iota // articles | reader
	modeSearch               // search box and results | reader
	modeFigures              // figure groups | comparison
	modeEntities             // entities | mentions
)

// Model is the root: it routes messages to the panes, keeps focus and the
// n/N jump list, and draws the layout and the status bar.
type Model struct {
	c          *common
	mode       mode
	back       mode // where esc returns to after a jump into the reader
	focusRight bool
	help       help.Model
	showHelp   bool
	leftWidth  int
	bodyHeight int

	articles articlesModel
	reader   readerModel
	search   searchModel
	groups   groupsModel
	compare  compareModel
	entities entitiesModel
	mentions mentionsModel

	loaded map[string]position // reading positions as loaded, to merge on save

	jumps     []target // where n/N go
	jumpAt    int
	jumpLabel string
	note      string // shown in the status bar until the next key
	progress  string // what is still being computed, or ""
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
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion())
	final, err := p.Run()
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
	cm := &common{styles: st, keys: DefaultKeyMap(), corpus: c, cfg: cfg}
	// One Searcher for the box, made on first use (in a command, after the
	// index is built), so each keystroke reuses the work of the one before.
	// Other spellings of names come from the index; it learns the entities'
	// other names once they are found, without ever waiting for them.
	var once sync.Once
	var searcher *corpus.Searcher
	var synonyms atomic.Bool
	cm.search = func(ctx context.Context, q string, limit int) (corpus.Hits, error) {
		once.Do(func() { searcher = c.NewSearcher() })
		if !synonyms.Load() {
			if syn := c.SearchSynonyms(); syn != nil && synonyms.CompareAndSwap(false, true) {
				searcher.SetSynonyms(syn)
			}
		}
		return searcher.Search(ctx, q, limit)
	}
	saved, err := loadState(cfg.StateDir)
	h := help.New()
	h.Styles = st.Help
	m := Model{
		c:        cm,
		loaded:   maps.Clone(saved.Positions),
		help:     h,
		articles: newArticles(cm),
		reader:   newReader(cm, saved.Positions),
		search:   newSearch(cm),
		groups:   newGroups(cm),
		compare:  newCompare(cm),
		entities: newEntities(cm),
		mentions: newMentions(cm),
	}
	if err != nil {
		m.note = corpus.SanitizeName(err.Error()) // it names a path
	}
	if a := c.Article(saved.Last); a != nil {
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
	st := savedState{Version: 1, Positions: m.reader.Positions()}
	if a := m.reader.Article(); a != nil {
		st.Last = a.ID
	}
	return st
}

func (m Model) Init() tea.Cmd {
	return tea.Batch(m.background(), send(progressMsg{}))
}

// panes returns the left and right pane of the current mode.
func (m *Model) panes() (pane, pane) {
	switch m.mode {
	case modeSearch:
		return &m.search, &m.reader
	case modeFigures:
		return &m.groups, &m.compare
	case modeEntities:
		return &m.entities, &m.mentions
	}
	return &m.articles, &m.reader
}

func (m *Model) setFocus(right bool) {
	m.focusRight = right
	m.articles.SetFocus(!right)
	m.search.SetFocus(!right)
	m.groups.SetFocus(!right)
	m.entities.SetFocus(!right)
	m.reader.SetFocus(right)
	m.compare.SetFocus(right)
	m.mentions.SetFocus(right)
}

func (m *Model) setMode(md mode) tea.Cmd {
	m.mode = md
	m.setFocus(false)
	m.layout()
	if md == modeSearch {
		return m.search.FocusInput()
	}
	return nil
}

// layout gives every pane, visible or not, its share of the screen.
func (m *Model) layout() {
	w, h := m.c.width, m.c.height
	m.help.Width = w
	helpH := 0
	if m.showHelp {
		helpH = min(lipgloss.Height(m.help.FullHelpView(m.keyHelp().full))+1, max(0, h-6))
	}
	m.bodyHeight = max(0, h-1-helpH)
	m.leftWidth = clamp(w*36/100, 24, 52)
	if m.mode == modeFigures || m.mode == modeEntities {
		m.leftWidth = clamp(w/4, 24, 40)
	}
	rw := max(0, w-m.leftWidth-1)
	bh := m.bodyHeight
	m.articles.SetSize(m.leftWidth, bh)
	m.search.SetSize(m.leftWidth, bh)
	m.groups.SetSize(m.leftWidth, bh)
	m.entities.SetSize(m.leftWidth, bh)
	m.reader.SetSize(rw, bh)
	m.compare.SetSize(rw, bh)
	m.mentions.SetSize(rw, bh)
}

func (m Model) tooSmall() bool { return m.c.width < minWidth || m.c.height < minHeight }

func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if msg, ok := msg.(renderedMsg); ok {
		m.reader.finishRender(msg)
		return m, m.reader.renderCmd()
	}
	tm, cmd := m.update(msg)
	m = tm.(Model)
	// Whatever changed the reader, a large article renders in a command.
	if rc := m.reader.renderCmd(); rc != nil {
		cmd = tea.Batch(cmd, rc)
	}
	return m, cmd
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		m.layout()
		return m, nil

	case figuresLoadedMsg:
		m.articles, _ = m.articles.update(msg)
		m.reader.SetAnnotations(msg.marks, nil)
		m.reader.SetShared(msg.shared)
		m.groups, cmd = m.groups.update(msg)
		return m, cmd
	case entitiesLoadedMsg:
		m.reader.SetAnnotations(nil, msg.marks)
		m.entities, cmd = m.entities.update(msg)
		return m, cmd
	case indexReadyMsg, searchResultsMsg:
		m.search, cmd = m.search.update(msg)
		return m, cmd
	case progressMsg:
		return m.updateProgress()
	case noteMsg:
		m.note = msg.text
		return m, nil
	case groupMsg:
		m.compare.SetGroup(msg.group)
		return m, nil
	case entityMsg:
		m.mentions.SetEntity(msg.entity)
		return m, nil

	case previewMsg:
		if a := m.c.corpus.Article(msg.article); a != nil {
			m.reader.Open(a)
			m.reader.SetHits(m.hitsFor(a.ID))
		}
		return m, nil
	case openMsg:
		// A preview (the search cursor moved, an answer came) arrives as a
		// command's result and may come late: once the user has left the
		// search box, it must not move the reader or reset n/N.
		if !msg.focus && m.mode != modeSearch {
			return m, nil
		}
		return m, m.open(msg)
	case focusRightMsg:
		m.setFocus(true)
		return m, nil

	case tea.MouseMsg:
		return m.mouse(msg)
	case tea.KeyMsg:
		m.note = ""
		return m.keys(msg)
	}
	// Anything else (cursor blink) belongs to the search box.
	m.search, cmd = m.search.update(msg)
	return m, cmd
}

// keys handles a key message. Bubble Tea delivers letters that arrive
// together (fast typing over a slow link, or keys sent by a script) as one
// message: "/wonsan". Outside the search box each letter is a command, so
// they are taken one at a time until one of them focuses the box, which then
// gets the rest as typed text.
func (m Model) keys(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return m.key(msg)
	}
	var cmds []tea.Cmd
	var model tea.Model = m
	for i, r := range msg.Runes {
		cur := model.(Model)
		if cur.mode == modeSearch && cur.search.InputFocused() {
			rest := msg
			rest.Runes = msg.Runes[i:]
			model, cmd := cur.key(rest)
			return model, tea.Batch(append(cmds, cmd)...)
		}
		one := msg
		one.Runes = []rune{r}
		var cmd tea.Cmd
		model, cmd = cur.key(one)
		cmds = append(cmds, cmd)
	}
	return model, tea.Batch(cmds...)
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.keys
	var cmd tea.Cmd
	if msg.String() == "ctrl+c" {
		return m, tea.Quit
	}
	// A focused search box gets every key but the few that leave it, so
	// typing "q" or "n" types them.
	if m.mode == modeSearch && m.search.InputFocused() {
		switch {
		case key.Matches(msg, k.Back):
			return m, m.setMode(modeBrowse)
		case key.Matches(msg, k.NextPane), key.Matches(msg, k.PrevPane):
			m.search.BlurInput()
			m.setFocus(true)
			return m, nil
		case key.Matches(msg, k.Enter):
			// At once, not via a command: keys typed right after enter
			// (n, q) must find the reader open, not the search box.
			if req, ok := m.search.request(true); ok {
				return m, m.open(req)
			}
			return m, nil
		}
		m.search, cmd = m.search.update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		m.layout()
		return m, nil
	case key.Matches(msg, k.NextPane), key.Matches(msg, k.PrevPane):
		m.setFocus(!m.focusRight)
		return m, nil
	case key.Matches(msg, k.Search):
		return m, m.setMode(modeSearch)
	case key.Matches(msg, k.Figures):
		return m, m.setMode(modeFigures)
	case key.Matches(msg, k.Entities):
		return m, m.setMode(modeEntities)
	case key.Matches(msg, k.Next) && len(m.jumps) > 0:
		return m, m.step(1)
	case key.Matches(msg, k.Prev) && len(m.jumps) > 0:
		return m, m.step(-1)
	}
	if cmd, ok := m.citeKey(msg); ok {
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Back):
		switch {
		case m.showHelp:
			m.showHelp = false
			m.layout()
		case m.mode == modeBrowse && m.back != modeBrowse:
			md := m.back
			m.back = modeBrowse
			return m, m.setMode(md)
		case m.mode != modeBrowse:
			return m, m.setMode(modeBrowse)
		case m.focusRight:
			m.setFocus(false)
		}
		return m, nil
	}
	return m.toFocused(msg)
}

// toFocused hands a message to the focused pane.
func (m Model) toFocused(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case !m.focusRight && m.mode == modeBrowse:
		m.articles, cmd = m.articles.update(msg)
	case !m.focusRight && m.mode == modeSearch:
		m.search, cmd = m.search.update(msg)
	case !m.focusRight && m.mode == modeFigures:
		m.groups, cmd = m.groups.update(msg)
	case !m.focusRight && m.mode == modeEntities:
		m.entities, cmd = m.entities.update(msg)
	case m.mode == modeFigures:
		m.compare, cmd = m.compare.update(msg)
	case m.mode == modeEntities:
		m.mentions, cmd = m.mentions.update(msg)
	default:
		m.reader, cmd = m.reader.update(msg)
	}
	return m, cmd
}

// mouse focuses the pane under a click and scrolls the pane under the wheel.
func (m Model) mouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if m.tooSmall() || msg.Y >= m.bodyHeight {
		return m, nil
	}
	right := msg.X > m.leftWidth
	if msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress {
		if m.mode == modeSearch {
			if right {
				m.search.BlurInput()
			} else if msg.Y < 2 {
				return m, m.search.FocusInput()
			}
		}
		m.setFocus(right)
	} else if !tea.MouseEvent(msg).IsWheel() {
		return m, nil
	}
	focus := m.focusRight
	m.focusRight = right // route to the pane under the pointer
	if right {
		msg.X -= m.leftWidth + 1
	}
	mm, cmd := m.toFocused(msg)
	m = mm.(Model)
	m.focusRight = focus
	return m, cmd
}

// open shows a target in the reader; its list becomes the n/N list.
func (m *Model) open(msg openMsg) tea.Cmd {
	if len(msg.targets) > 0 {
		m.jumps, m.jumpLabel = msg.targets, msg.label
		m.jumpAt = clamp(msg.i, 0, len(msg.targets)-1)
	}
	if len(m.jumps) == 0 {
		return nil
	}
	if msg.focus {
		if m.mode != modeBrowse {
			m.back = m.mode
			m.mode = modeBrowse
			m.layout()
		}
		m.search.BlurInput()
		m.setFocus(true)
	}
	m.show(m.jumps[m.jumpAt])
	return nil
}

// step moves to the next or previous jump target, across articles.
func (m *Model) step(d int) tea.Cmd {
	n := len(m.jumps)
	m.jumpAt = ((m.jumpAt+d)%n + n) % n
	if m.mode == modeFigures || m.mode == modeEntities {
		m.back = m.mode
		m.mode = modeBrowse
		m.layout()
		m.setFocus(true)
	}
	m.show(m.jumps[m.jumpAt])
	if m.mode == modeSearch {
		m.search.SelectArticlePara(m.jumps[m.jumpAt])
	}
	return nil
}

func (m *Model) show(t target) {
	a := m.c.corpus.Article(t.Article)
	if a == nil {
		return
	}
	m.reader.Open(a)
	m.articles.SelectID(a.ID)
	m.reader.SetHits(m.hitsFor(a.ID))
	m.reader.Reveal(t.Paragraph, t.Span.Start)
}

// hitsFor marks every jump target in one article, the current one strongest.
func (m Model) hitsFor(article string) marksByPara {
	var h marksByPara
	for i, t := range m.jumps {
		if t.Article != article {
			continue
		}
		if h == nil {
			h = marksByPara{}
		}
		kind := markMatch
		if i == m.jumpAt {
			kind = markCurrent
		}
		h[t.Paragraph] = append(h[t.Paragraph], mark{t.Span, kind})
	}
	return h
}

// keyHelp is the focused pane's bindings plus the app-wide ones.
func (m *Model) keyHelp() keyHelp {
	k := m.c.keys
	var focused pane
	l, r := m.panes()
	if m.focusRight {
		focused = r
	} else {
		focused = l
	}
	short := append([]key.Binding{}, focused.ShortHelp()...)
	var nav []key.Binding
	if len(m.jumps) > 0 && !(m.mode == modeSearch && m.search.InputFocused()) {
		nav = append(nav, k.Next, k.Prev)
		short = append(short, withHelp(k.Next, "next "+m.jumpLabel))
	}
	back := k.Back
	if m.mode == modeBrowse && m.back == modeBrowse {
		back.SetEnabled(m.focusRight)
	}
	short = append(short, k.NextPane, k.Search, k.Figures, k.Entities, k.Help, k.Quit)
	full := append([][]key.Binding{}, focused.FullHelp()...)
	full = append(full,
		append([]key.Binding{k.NextPane, k.PrevPane, back}, nav...),
		[]key.Binding{k.Search, k.Figures, k.Entities, k.Help, k.Quit},
	)
	return keyHelp{short: short, full: full}
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
	l, r := m.panes()
	sep := st.Separator.Render(strings.TrimSuffix(strings.Repeat("│\n", m.bodyHeight), "\n"))
	body := lipgloss.JoinHorizontal(lipgloss.Top, l.View(), sep, r.View())
	out := body + "\n" + m.statusView()
	if m.showHelp {
		out += "\n" + fit(m.help.FullHelpView(m.keyHelp().full), w, h-m.bodyHeight-1)
	}
	return fit(out, w, h)
}

// statusView is the bottom line: article, position, match i/n, a note, and
// the short help in what room is left.
func (m Model) statusView() string {
	st := m.c.styles
	w := m.c.width
	var parts []string
	if a := m.reader.Article(); a != nil && (m.mode == modeBrowse || m.mode == modeSearch) {
		parts = append(parts, truncate(a.Title, max(10, w/3)), fmt.Sprintf("%d%%", m.reader.Percent()))
	}
	if len(m.jumps) > 0 {
		parts = append(parts, fmt.Sprintf("%s %d/%d", m.jumpLabel, m.jumpAt+1, len(m.jumps)))
	}
	if m.progress != "" {
		parts = append(parts, m.progress)
	}
	left := st.Status.Render(" " + strings.Join(parts, " · ") + " ")
	if m.note != "" {
		left += st.StatusNote.Render(truncate(m.note, max(0, w/2)) + " ")
	}
	hm := m.help
	hm.Width = max(0, w-lipgloss.Width(left)-1)
	kh := m.keyHelp()
	right := hm.ShortHelpView(kh.short)
	gap := max(0, w-lipgloss.Width(left)-lipgloss.Width(right))
	return fit(left+st.Status.Render(strings.Repeat(" ", gap))+right, w, 1)
}

// wrapLines wraps plain text to width and returns the lines.
func wrapLines(s string, width int) []string {
	var out []string
	for _, sp := range wrapSpans(s, width) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}
