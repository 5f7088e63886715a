package ui

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"quellen/corpus"
	"quellen/corpus/entities"
)

func init() {
	// Deterministic output: no colour codes in views and golden files.
	lipgloss.SetColorProfile(termenv.Ascii)
}

// The fixture is a small hand-made corpus, independent of the seeds and of
// the corpus analyses still being built, so golden files stay stable.
func fixtureCorpus() *corpus.Corpus {
	long := strings.Repeat("Die Lage an der Front bleibt unübersichtlich, und jede Zahl ist umstritten. ", 30)
	arts := []*corpus.Article{
		{ID: "a.txt", Title: "Troops reach the front", Date: "2024-10-18", Source: "Example Times", Lang: "en", Words: 60,
			Paragraphs: []corpus.Paragraph{
				{Index: 0, Kind: corpus.Heading, Text: "Troops reach the front"},
				{Index: 1, Kind: corpus.Body, Text: "About 12,000 soldiers were sent to Russia, South Korea's spy agency said on Friday. They trained near Wonsan before the journey."},
				{Index: 2, Kind: corpus.Caption, Text: "Photo: the port of Wonsan. Credit: Agency"},
				{Index: 3, Kind: corpus.Body, Text: "Officials in Seoul expect more units to follow in the coming weeks."},
			}},
		{ID: "b.txt", Title: "Truppen für Russland", Date: "2024-11", Source: "Beispielblatt", Lang: "de", Words: 40,
			Paragraphs: []corpus.Paragraph{
				{Index: 0, Kind: corpus.Heading, Text: "Truppen für Russland"},
				{Index: 1, Kind: corpus.Body, Text: "Rund 10 000 Soldaten sind nach Angaben der Ukraine in Kursk. Kim Jong-un schickt sie über Wonsan – so heißt es aus Kiew."},
				{Index: 2, Kind: corpus.Body, Text: "Größere Verbände folgen, schätzt das Institut für Kriegsstudien: bis zu 15.000 Mann."},
			}},
		{ID: "c.txt", Title: "Ein Land ohne Freunde", Lang: "de", Words: 400,
			Paragraphs: []corpus.Paragraph{
				{Index: 0, Kind: corpus.Body, Text: "Ein Land ohne Freunde: Kim Jong-un hat mehr als 30.000 Soldaten geschickt, heißt es."},
				{Index: 1, Kind: corpus.Boilerplate, Text: "Newsletter abonnieren"},
				{Index: 2, Kind: corpus.Body, Text: long},
				{Index: 3, Kind: corpus.Body, Text: long + "Am Ende wird in Wonsan gefeiert."},
			}},
	}
	return corpus.New(arts, nil)
}

func span(c *corpus.Corpus, art string, para int, text string) (int, int) {
	p := c.Article(art).Paragraphs[para].Text
	i := strings.Index(p, text)
	if i < 0 {
		panic("fixture: " + text + " not in " + art)
	}
	return i, i + len(text)
}

func fptr(v float64) *float64 { return &v }

// fixtureFigures is what the figures analysis might say about the fixture.
func fixtureFigures(c *corpus.Corpus) figuresLoadedMsg {
	mk := func(art string, para int, text string, v float64, lo, hi *float64, q corpus.Qualifier, who string) *corpus.Figure {
		s, e := span(c, art, para, text)
		sent := c.Article(art).Paragraphs[para].Text
		return &corpus.Figure{Article: art, Paragraph: para, Start: s, End: e, Text: text, Value: v, Low: lo, High: hi, Qualifier: q,
			Attribution: who, Sentence: sent, Date: c.Article(art).Date}
	}
	figs := []*corpus.Figure{
		mk("a.txt", 1, "About 12,000 soldiers", 12000, fptr(12000), fptr(12000), corpus.Approx, "South Korea's spy agency"),
		mk("b.txt", 1, "Rund 10 000 Soldaten", 10000, fptr(10000), fptr(10000), corpus.Approx, "Ukraine"),
		mk("b.txt", 2, "bis zu 15.000 Mann", 15000, nil, fptr(15000), corpus.AtMost, "Institut für Kriegsstudien"),
		mk("c.txt", 0, "mehr als 30.000 Soldaten", 30000, fptr(30000), nil, corpus.AtLeast, ""),
	}
	// c.txt reprints a.txt's agency paragraph with the figure changed.
	figs[3].CopyOf, figs[3].Revised = "a.txt", true
	g := &corpus.Group{ID: 0, Label: "Soldaten nach Russland", Kind: corpus.KindCount, Figures: figs, Sources: 3, Independent: 2, Low: 10000, High: 30000}
	single := &corpus.Group{ID: 1, Label: "Einheiten", Kind: corpus.KindCount, Figures: figs[:1], Sources: 1, Low: 12000, High: 12000}
	msg := figuresMsgFor([]*corpus.Group{single, g}, figs)
	// c.txt's first paragraph stands for a reprint of a.txt's second.
	a1, c0 := c.Article("a.txt").Paragraphs[1].Text, c.Article("c.txt").Paragraphs[0].Text
	msg.shared = sharedRefs(c, []corpus.Passage{{ID: "p1", Words: 20, Copies: []corpus.PassageCopy{
		{Article: "a.txt", Paragraph: 1, Start: 0, End: len(a1), Text: a1},
		{Article: "c.txt", Paragraph: 0, Start: 0, End: len(c0), Text: c0},
	}}})
	return msg
}

func figuresMsgFor(groups []*corpus.Group, figs []*corpus.Figure) figuresLoadedMsg {
	msg := figuresLoadedMsg{groups: groups, counts: map[string]int{}, marks: map[string]marksByPara{}}
	for _, f := range figs {
		msg.counts[f.Article]++
		addMark(msg.marks, f.Article, f.Paragraph, mark{corpus.Span{Start: f.Start, End: f.End}, markFigure})
	}
	return msg
}

func fixtureEntities(c *corpus.Corpus) entitiesLoadedMsg {
	ment := func(art string, para int, text string) corpus.Mention {
		s, e := span(c, art, para, text)
		return corpus.Mention{Article: art, Paragraph: para, Start: s, End: e, Text: text}
	}
	ents := []*corpus.Entity{
		{ID: 1, Name: "Wonsan", Type: corpus.Place, Mentions: []corpus.Mention{ment("a.txt", 1, "Wonsan"), ment("b.txt", 1, "Wonsan")}},
		{ID: 2, Name: "Kim Jong-un", Type: corpus.Person, Aliases: []string{"Kim"}, Mentions: []corpus.Mention{ment("b.txt", 1, "Kim Jong-un"), ment("c.txt", 0, "Kim Jong-un")}},
	}
	msg := entitiesLoadedMsg{entities: sortEntities(ents), index: entities.NewIndex(ents), marks: map[string]marksByPara{}}
	for _, e := range ents {
		for _, m := range e.Mentions {
			addMark(msg.marks, m.Article, m.Paragraph, mark{corpus.Span{Start: m.Start, End: m.End}, markEntity})
		}
	}
	return msg
}

// fakeSearch finds a query case-insensitively in every paragraph (ASCII
// folding only: enough for the fixture).
func fakeSearch(c *corpus.Corpus) func(context.Context, string, int) (corpus.Hits, error) {
	return func(ctx context.Context, q string, limit int) (corpus.Hits, error) {
		q = strings.ToLower(q)
		var out []corpus.Result
		for _, a := range c.Articles {
			for _, p := range a.Paragraphs {
				low := strings.ToLower(p.Text)
				if len(low) != len(p.Text) {
					continue
				}
				var ms []corpus.Span
				for i := 0; q != "" && i < len(low); {
					k := strings.Index(low[i:], q)
					if k < 0 {
						break
					}
					ms = append(ms, corpus.Span{Start: i + k, End: i + k + len(q)})
					i += k + len(q)
				}
				if len(ms) > 0 && len(out) < limit {
					out = append(out, corpus.Result{Article: a.ID, Paragraph: p.Index, Score: float64(len(ms)), Text: p.Text, Matches: ms})
				}
			}
		}
		return corpus.Hits{Query: q, Total: len(out), Results: out}, ctx.Err()
	}
}

// newFixture is the root model on the fixture with its analyses loaded, at
// the given size, saving state into a temporary directory.
func newFixture(t testing.TB, w, h int) Model {
	t.Helper()
	c := fixtureCorpus()
	m := New(c, Config{StateDir: t.TempDir()})
	m.c.search = fakeSearch(c)
	return drive(m, tea.WindowSizeMsg{Width: w, Height: h}, fixtureFigures(c), fixtureEntities(c), indexReadyMsg{})
}

// drive applies messages like a Program would, running the commands they
// return and feeding back this package's messages (not timers or blinks).
func drive(m Model, msgs ...tea.Msg) Model {
	queue := append([]tea.Msg(nil), msgs...)
	for n := 0; len(queue) > 0 && n < 1000; n++ {
		msg := queue[0]
		queue = queue[1:]
		tm, cmd := m.Update(msg)
		m = tm.(Model)
		queue = append(runCmd(cmd), queue...)
	}
	return m
}

func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(50 * time.Millisecond):
		return nil // a timer (cursor blink)
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, runCmd(c)...)
		}
		return out
	}
	if msg == nil || reflect.TypeOf(msg).PkgPath() != reflect.TypeOf(Model{}).PkgPath() {
		return nil
	}
	return []tea.Msg{msg}
}

func keys(s ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range s {
		switch k {
		case "enter":
			out = append(out, tea.KeyMsg{Type: tea.KeyEnter})
		case "esc":
			out = append(out, tea.KeyMsg{Type: tea.KeyEsc})
		case "tab":
			out = append(out, tea.KeyMsg{Type: tea.KeyTab})
		case "down":
			out = append(out, tea.KeyMsg{Type: tea.KeyDown})
		case "up":
			out = append(out, tea.KeyMsg{Type: tea.KeyUp})
		case "pgdown":
			out = append(out, tea.KeyMsg{Type: tea.KeyPgDown})
		case "shift+tab":
			out = append(out, tea.KeyMsg{Type: tea.KeyShiftTab})
		case "ctrl+c":
			out = append(out, tea.KeyMsg{Type: tea.KeyCtrlC})
		default:
			for _, r := range k {
				out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			}
		}
	}
	return out
}

func sizeMsg(w, h int) tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} }

// runCmdSync runs a command to completion, without the timeout of runCmd
// (for benchmarks, where a search may take long; set the cursor static so
// no blink timer is among the commands).
func runCmdSync(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			if c == nil {
				continue
			}
			out = append(out, runCmdSync(c)...)
		}
		return out
	}
	if msg == nil || reflect.TypeOf(msg).PkgPath() != reflect.TypeOf(Model{}).PkgPath() {
		return nil
	}
	return []tea.Msg{msg}
}

func nowNanos() int64 { return time.Now().UnixNano() }
