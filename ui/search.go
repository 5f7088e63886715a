package ui

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

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
// starts a query in a tea.Cmd and cancels the one before.
type searchModel struct {
	c             *common
	width, height int
	focused       bool
	input         textinput.Model
	list          cursorList

	ready   bool // index built
	seq     int
	cancel  context.CancelFunc
	pending bool
	query   string // the query results belong to
	results []corpus.Result
	total   int      // passages matching in all; results holds the best
	partial bool     // no passage has every word: results are the closest
	targets []target // every match of every result, in result order
	first   []int    // index into targets of each result's first match
	err     error
}

func newSearch(c *common) searchModel {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.PromptStyle = c.styles.Input
	ti.Placeholder = "search all articles"
	ti.PlaceholderStyle = c.styles.Dim
	return searchModel{c: c, input: ti, list: newCursorList(3)}
}

func (m *searchModel) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.Width = max(1, w-lipglossWidth(m.input.Prompt)-1)
	m.list.SetRows(h - 3)
}

func (m *searchModel) SetFocus(f bool) { m.focused = f }

func (m searchModel) InputFocused() bool { return m.input.Focused() }

func (m *searchModel) FocusInput() tea.Cmd { return m.input.Focus() }

func (m *searchModel) BlurInput() { m.input.Blur() }

// SelectArticlePara moves the cursor to the result holding t (after n/N).
func (m *searchModel) SelectArticlePara(t target) {
	for i, r := range m.results {
		if r.Article == t.Article && r.Paragraph == t.Paragraph {
			m.list.Select(i)
			return
		}
	}
}

// run starts the query in the box, cancelling the previous one.
func (m *searchModel) run() tea.Cmd {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.seq++
	q := strings.TrimSpace(m.input.Value())
	if q == "" {
		m.pending, m.query, m.err = false, "", nil
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
	m.targets, m.first = m.targets[:0], m.first[:0]
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

// request asks to show the selected result in the reader, focusing it on
// enter; ok is false when there is nothing to show.
func (m searchModel) request(focus bool) (msg openMsg, ok bool) {
	if len(m.results) == 0 {
		return openMsg{}, false
	}
	// A fresh slice per query: the root keeps it as the n/N list.
	ts := append([]target(nil), m.targets...)
	return openMsg{targets: ts, i: m.first[m.list.cursor], label: "match", focus: focus}, true
}

func (m searchModel) open(focus bool) tea.Cmd {
	if req, ok := m.request(focus); ok {
		return send(req)
	}
	return nil
}

func (m searchModel) update(msg tea.Msg) (searchModel, tea.Cmd) {
	k := m.c.keys
	before := m.list.cursor
	switch msg := msg.(type) {
	case indexReadyMsg:
		m.ready = true
		return m, nil
	case searchResultsMsg:
		if msg.seq != m.seq {
			return m, nil // a later keystroke has started a newer query
		}
		m.pending, m.query, m.err = false, msg.query, msg.err
		m.total = max(msg.hits.Total, len(msg.hits.Results))
		m.partial = msg.hits.Partial
		m.setResults(msg.hits.Results)
		return m, m.open(false)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Enter):
			return m, m.open(true)
		case msg.Type == tea.KeyUp || msg.Type == tea.KeyDown || msg.Type == tea.KeyPgUp || msg.Type == tea.KeyPgDown:
			m.list.HandleKey(msg, k)
		case m.input.Focused():
			old := m.input.Value()
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			// Pasted text is echoed: it keeps only what Sanitize keeps of
			// article text (no bidi overrides, no escapes).
			if v := m.input.Value(); v != old {
				if clean := cleanQuery(v); clean != v {
					m.input.SetValue(clean)
				}
			}
			if m.input.Value() != old {
				return m, tea.Batch(cmd, m.run())
			}
			return m, cmd
		default:
			m.list.HandleKey(msg, k)
		}
	case tea.MouseMsg:
		m.list.HandleMouse(msg, 3)
	default:
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	if m.list.cursor != before {
		return m, m.open(false)
	}
	return m, nil
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

func (m searchModel) View() string {
	st := m.c.styles
	state := ""
	switch {
	case !m.ready:
		state = "indexing…"
	case m.pending:
		state = "searching…"
	case m.query != "" && m.partial:
		state = fmt.Sprintf("%d closest, not every word", len(m.results))
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

func (m searchModel) row(i int, sel bool) []string {
	st := m.c.styles
	r := m.results[i]
	title := r.Article
	if a := m.c.corpus.Article(r.Article); a != nil {
		title = a.Title
	}
	count := " " + plural(len(r.Matches), "match", "matches")
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

func (m searchModel) ShortHelp() []key.Binding {
	k := m.c.keys
	return []key.Binding{withHelp(k.Enter, "open"), withHelp(k.Back, "close")}
}

func (m searchModel) FullHelp() [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{{key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose")), withHelp(k.Enter, "open passage"), withHelp(k.Back, "close search")}}
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
