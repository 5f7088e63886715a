package ui

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

// searchLimit bounds the passages one query shows.
const searchLimit = 200

// searchResultsMsg carries one query's results, tagged with the sequence
// number of the keystroke that started it so stale answers can be dropped.
type searchResultsMsg struct {
	seq   int
	query string
	hits  corpus.Hits
	err   error
}

// searchModel is the search box and its live result list. Each keystroke
// starts a query in a tea.Cmd and cancels the one before. Reopened, the box
// holds the last query selected, so typing replaces it.
type searchModel struct {
	c             *common
	width, height int
	focused       bool
	input         textinput.Model
	list          cursorList
	keys          searchKeyMap
	replace       bool // the query is selected: the next letter replaces it

	ready   bool // index built
	seq     int
	cancel  context.CancelFunc
	pending bool
	openAt  bool   // enter came while pending: open the results when they come
	query   string // the query results belong to
	results []corpus.Result
	total   int      // passages matching in all; results holds the best
	partial bool     // no passage has every word: results are the closest
	similar int      // of total, passages with a word only as a similar word
	targets []target // every match of every result, in result order
	first   []int    // index into targets of each result's first match
	err     error
}

type searchKeyMap struct {
	typing                                   bool
	Choose, Up, Down, PageUp, PageDown, Open key.Binding
	Close, Reader, Edit                      key.Binding
}

func (k searchKeyMap) ShortHelp() []key.Binding {
	if k.typing {
		return []key.Binding{k.Open, k.Choose, k.Reader, k.Close}
	}
	return []key.Binding{k.Choose, k.Open, k.Edit}
}

func (k searchKeyMap) FullHelp() [][]key.Binding {
	if k.typing {
		return [][]key.Binding{{k.Open, k.Choose, k.Reader, k.Close}}
	}
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Edit}}
}

func newSearch(c *common) *searchModel {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.PromptStyle = c.styles.Input
	ti.Placeholder = "search all articles"
	ti.PlaceholderStyle = c.styles.Dim
	k := c.keys
	keys := searchKeyMap{
		Choose: key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑↓", "choose")),
		Up:     k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
		Open:   withHelp(k.Enter, "open passage"),
		Close:  withHelp(k.Back, "close search"),
		Reader: withHelp(k.NextPane, "to the reader"),
		Edit:   withHelp(k.Search, "edit query"),
	}
	return &searchModel{c: c, input: ti, list: newCursorList(3), keys: keys}
}

func (m *searchModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.Width = max(1, w-lipglossWidth(m.input.Prompt)-1)
	m.list.SetRows(h - 3)
}

// SetFocus(false) also leaves the box: focus lives in the component.
func (m *searchModel) SetFocus(f bool) {
	m.focused = f
	if !f {
		m.blurInput()
	}
}

func (m *searchModel) Typing() bool { return m.input.Focused() }

func (m *searchModel) KeyMap() help.KeyMap {
	k := m.keys
	k.typing = m.input.Focused()
	k.Open.SetEnabled(len(m.results) > 0)
	return k
}

// FocusInput puts the cursor in the box, with the query there selected.
func (m *searchModel) FocusInput() tea.Cmd {
	m.setReplace(m.input.Value() != "")
	m.input.CursorEnd()
	return m.input.Focus()
}

func (m *searchModel) blurInput() {
	m.openAt = false // enter no longer waits: the user has gone on
	m.setReplace(false)
	m.input.Blur()
}

// setReplace selects the query, or not, and shows it so.
func (m *searchModel) setReplace(on bool) {
	m.replace = on
	m.input.TextStyle = lipgloss.Style{}
	if on {
		m.input.TextStyle = m.c.styles.Selected
	}
}

// run starts the query in the box, cancelling the previous one.
func (m *searchModel) run() tea.Cmd {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.seq++
	m.openAt = false // typing after enter edits the query further
	q := strings.TrimSpace(m.input.Value())
	if q == "" {
		m.pending, m.openAt, m.query, m.err = false, false, "", nil
		m.setResults(nil)
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel, m.pending = cancel, true
	seq, search := m.seq, m.c.search
	return func() tea.Msg {
		hits, err := search(ctx, q, searchLimit)
		return searchResultsMsg{seq: seq, query: q, hits: hits, err: err}
	}
}

func (m *searchModel) setResults(res []corpus.Result) {
	m.results = res
	// A fresh slice per query: the reader keeps the old one as its n/N list.
	m.targets, m.first = nil, nil
	for _, r := range res {
		m.first = append(m.first, len(m.targets))
		if len(r.Matches) == 0 {
			m.targets = append(m.targets, target{Article: r.Article, Paragraph: r.Paragraph})
		}
		for _, s := range joinAdjacent(r.Text, r.Matches) {
			m.targets = append(m.targets, target{Article: r.Article, Paragraph: r.Paragraph, Span: s})
		}
	}
	m.list.SetLen(len(res))
	m.list.Select(0)
}

// open shows the selected result in the reader, with every match of the
// query as its n/N list (none after a query that found nothing); focus
// moves to the reader.
func (m *searchModel) open(focus bool) {
	at := 0
	if len(m.first) > 0 {
		at = m.first[m.list.cursor]
	}
	// Nothing found: the reader's list is cleared, and focus stays.
	focus = focus && len(m.results) > 0
	m.c.ask(jumpMsg{list: newJumps("match", m.targets, at), focus: focus, from: paneSearch})
}

func (m *searchModel) Update(msg tea.Msg) tea.Cmd {
	before := m.list.cursor
	switch msg := msg.(type) {
	case indexReadyMsg:
		m.ready = true
		return nil
	case searchResultsMsg:
		if msg.seq != m.seq {
			return nil // a later keystroke has started a newer query
		}
		m.pending, m.query, m.err = false, msg.query, msg.err
		m.total = max(msg.hits.Total, len(msg.hits.Results))
		m.partial, m.similar = msg.hits.Partial, msg.hits.Similar
		m.setResults(msg.hits.Results)
		m.open(m.openAt)
		m.openAt = false
		return nil
	case shownMsg:
		// n/N in the reader moved to another result.
		for i, r := range m.results {
			if r.Article == msg.t.Article && r.Paragraph == msg.t.Paragraph {
				m.list.Select(i)
				break
			}
		}
		return nil
	case tea.KeyMsg:
		if m.input.Focused() {
			return m.typed(msg)
		}
		switch {
		case key.Matches(msg, m.keys.Edit):
			return m.FocusInput()
		case key.Matches(msg, m.keys.Open):
			m.open(true)
			return nil
		}
		m.list.HandleKey(msg, m.c.keys)
	case tea.MouseMsg:
		if msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress && msg.Y < 2 {
			return m.FocusInput()
		}
		m.list.HandleMouse(msg, 3)
	default:
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg) // the cursor's blink
		return cmd
	}
	if m.list.cursor != before {
		m.open(false)
	}
	return nil
}

// typed handles a key while the box has the cursor: the few keys that
// leave it, the arrows that choose a result, and the rest as text.
func (m *searchModel) typed(msg tea.KeyMsg) tea.Cmd {
	k := m.c.keys
	before := m.list.cursor
	switch {
	case key.Matches(msg, k.Back):
		m.c.ask(backMsg{})
		return nil
	case key.Matches(msg, k.NextPane), key.Matches(msg, k.PrevPane):
		m.c.ask(focusMsg{right: true})
		return nil
	case key.Matches(msg, k.Enter):
		// The results on screen may be an older query's: typed quickly,
		// "/query<enter>" opens what the query finds, or nothing.
		if m.pending {
			m.openAt = true
			return nil
		}
		m.open(true)
		return nil
	case msg.Type == tea.KeyUp || msg.Type == tea.KeyDown || msg.Type == tea.KeyPgUp || msg.Type == tea.KeyPgDown:
		m.list.HandleKey(msg, k)
		if m.list.cursor != before {
			m.open(false)
		}
		return nil
	}
	old := m.input.Value()
	if m.replace {
		switch msg.Type {
		case tea.KeyRunes, tea.KeySpace, tea.KeyBackspace, tea.KeyDelete, tea.KeyCtrlW, tea.KeyCtrlU:
			m.input.SetValue("") // the selected query goes
			if msg.Type != tea.KeyRunes && msg.Type != tea.KeySpace {
				m.setReplace(false)
				return m.run()
			}
		}
		m.setReplace(false)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	// Pasted text is echoed: it keeps only what Sanitize keeps of article
	// text (no bidi overrides, no escapes).
	if v := m.input.Value(); v != old {
		if clean := cleanQuery(v); clean != v {
			m.input.SetValue(clean)
		}
	}
	if m.input.Value() != old {
		return tea.Batch(cmd, m.run())
	}
	return cmd
}

// cleanQuery is what the search box keeps of typed or pasted text: what
// Sanitize keeps of article text, with line breaks and tabs as spaces.
func cleanQuery(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, corpus.Sanitize(s))
}

func (m *searchModel) View() string {
	st := m.c.styles
	state := ""
	switch {
	case !m.ready:
		state = "indexing…"
	case m.pending:
		state = "searching…"
	case m.query != "" && m.partial:
		state = fmt.Sprintf("%d closest, not every word", len(m.results))
	case m.query != "" && m.similar > 0:
		// "1 passage, 20 more with similar words", not 21 passages of
		// "haben" for "Hafen".
		close := m.total - m.similar
		state = fmt.Sprintf("%s, %d more with similar words", plural(close, "passage", "passages"), m.similar)
		if close == 0 {
			state = fmt.Sprintf("no passage, %d with similar words", m.similar)
		}
	case m.query != "" && m.total > len(m.results):
		state = fmt.Sprintf("best %d of %s", len(m.results), plural(m.total, "passage", "passages"))
	case m.query != "":
		state = plural(len(m.results), "passage", "passages")
	}
	title := paneTitle(st, "Search", m.focused && !m.input.Focused() || m.input.Focused(), m.width)
	if state != "" {
		title += st.Dim.Render(truncate(" · "+state, max(0, m.width-lipglossWidth(title))))
	}
	var body string
	switch {
	case m.err != nil && m.err != context.Canceled:
		body = st.Empty.Render(" " + truncate("search failed: "+m.err.Error(), m.width-1))
	case m.query == "" && !m.pending:
		body = st.Empty.Render(" " + truncate("type to search every article", m.width-1))
	case len(m.results) == 0 && !m.pending:
		body = st.Empty.Render(" " + truncate("no passage matches “"+m.query+"”", m.width-1))
	default:
		body = m.list.View(m.row)
	}
	return fit(title+"\n"+m.input.View()+"\n\n"+body, m.width, m.height)
}

func (m *searchModel) row(i int, sel bool) []string {
	st := m.c.styles
	r := m.results[i]
	title := r.Article
	if a := m.c.corpus.Article(r.Article); a != nil {
		title = a.Title
	}
	count := " " + plural(len(r.Matches), "match", "matches")
	if r.Similar {
		count = " similar words"
	}
	switch {
	case len(r.TitleMatches) > 0 && len(r.Matches) == 0:
		count = " in title"
	case len(r.TitleMatches) > 0:
		count += " + title"
	}
	tw := max(0, m.width-1-lipglossWidth(count))
	head := pad(truncate(title, tw), tw)
	marks := make([]mark, len(r.Matches))
	for j, s := range r.Matches {
		marks[j] = mark{s, markMatch}
	}
	return passageRow(st, sel, m.focused || m.input.Focused(), head, count, renderExcerpt(st, r.Text, marks, m.width-1))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// joinAdjacent merges matches separated only by a space or a hyphen, so n
// steps over "Kim Jong" once rather than word by word.
func joinAdjacent(text string, spans []corpus.Span) []corpus.Span {
	var out []corpus.Span
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start >= out[n-1].End && s.Start <= len(text) &&
			strings.Trim(text[out[n-1].End:s.Start], " -") == "" && s.Start-out[n-1].End <= 2 {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}
