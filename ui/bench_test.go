package ui

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/bench/gen"
	"quellen/corpus"
	"quellen/seeds"
)

var (
	bigOnce   sync.Once
	bigCorpus *corpus.Corpus
)

// big is the 10 000-article benchmark corpus, loaded once per test binary.
func big(b *testing.B) *corpus.Corpus {
	b.Helper()
	b.StopTimer()
	defer b.StartTimer()
	bigOnce.Do(func() {
		arts, _ := corpus.LoadFS(gen.Generate(10000))
		bigCorpus = corpus.New(arts, nil)
	})
	return bigCorpus
}

func BenchmarkFirstViewSeeds(b *testing.B) {
	arts, _ := corpus.LoadFS(seeds.FS())
	dir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := New(corpus.New(arts, nil), Config{StateDir: dir})
		tm, _ := m.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
		_ = tm.View()
	}
}

// BenchmarkSearchKeystroke is one keystroke in the search box on 10 000
// articles: the frame drawn at once (Update + View, query in flight), and
// the frame after the query's answer is applied (search + Update + View).
func BenchmarkSearchKeystroke(b *testing.B) {
	c := big(b)
	b.StopTimer()
	c.Index()
	m := New(c, Config{StateDir: b.TempDir()})
	m = drive(m, tea.WindowSizeMsg{Width: 140, Height: 40}, indexReadyMsg{})
	m = drive(m, keys("/")...)
	m.search.input.Cursor.SetMode(cursor.CursorStatic) // no blink timers to wait for
	queries := []string{"w", "o", "n", "s"}
	b.StartTimer()
	var frame, total float64
	for i := 0; i < b.N; i++ {
		k := keys(queries[i%len(queries)])[0]
		if i%len(queries) == 0 {
			m.search.input.SetValue("")
		}
		start := nowNanos()
		tm, cmd := m.Update(k)
		m = tm.(Model)
		_ = m.View()
		frame += float64(nowNanos() - start)
		for _, msg := range runCmdSync(cmd) {
			tm, _ = m.Update(msg)
			m = tm.(Model)
		}
		_ = m.View()
		total += float64(nowNanos() - start)
	}
	b.ReportMetric(frame/float64(b.N)/1e6, "ms/frame")
	b.ReportMetric(total/float64(b.N)/1e6, "ms/results-frame")
}

// BenchmarkScrollLongArticle is one line of scrolling in a long article
// (every paragraph of the seeds in one), Update + View.
func BenchmarkScrollLongArticle(b *testing.B) {
	arts, _ := corpus.LoadFS(seeds.FS())
	long := &corpus.Article{ID: "long.txt", Title: "long", Lang: "de"}
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			p.Index = len(long.Paragraphs)
			long.Paragraphs = append(long.Paragraphs, p)
		}
	}
	m := New(corpus.New([]*corpus.Article{long}, nil), Config{StateDir: b.TempDir()})
	m = drive(m, tea.WindowSizeMsg{Width: 140, Height: 40}, keys("tab")[0])
	lines := m.reader.vp.TotalLineCount()
	down, up := keys("j")[0], keys("k")[0]
	b.ReportMetric(float64(lines), "lines")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if (i/(lines-40))%2 == 1 {
			k = up
		}
		tm, _ := m.Update(k)
		m = tm.(Model)
		_ = m.View()
	}
	if !strings.Contains(m.View(), "long") {
		b.Fatal("reader lost the article")
	}
}

// BenchmarkOpenHugeParagraph opens a one-paragraph 5 MB article with a mark
// every few words: wrapping and styling it must stay linear.
func BenchmarkOpenHugeParagraph(b *testing.B) {
	words := strings.Fields("Der Krieg kostet rund 12.000 Soldaten das Leben, sagte General Budanow in Kiew.")
	var sb strings.Builder
	var marks []mark
	for sb.Len() < 5<<20 {
		w := words[sb.Len()%len(words)]
		if sb.Len()%7 == 0 {
			marks = append(marks, mark{corpus.Span{Start: sb.Len(), End: sb.Len() + len(w)}, markEntity})
		}
		sb.WriteString(w)
		sb.WriteByte(' ')
	}
	huge := &corpus.Article{ID: "huge.txt", Title: "huge", Lang: "de",
		Paragraphs: []corpus.Paragraph{{Index: 0, Kind: corpus.Body, Text: sb.String()}}}
	m := New(corpus.New([]*corpus.Article{huge}, nil), Config{StateDir: b.TempDir()})
	m = drive(m, tea.WindowSizeMsg{Width: 140, Height: 40})
	m.reader.SetAnnotations(nil, map[string]marksByPara{"huge.txt": {0: marks}})
	b.ReportMetric(float64(len(marks)), "marks")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.reader.job(m.reader.textWidth()).render() // in the background for an article this big
	}
}

// BenchmarkOpenLongWord opens an article that is one word without spaces,
// at 1.25 and 5 MB: the time must grow four times, not sixteen.
func BenchmarkOpenLongWord(b *testing.B) {
	for _, n := range []int{5 << 18, 5 << 20} {
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			word := &corpus.Article{ID: "word.txt", Title: "word", Lang: "de",
				Paragraphs: []corpus.Paragraph{{Index: 0, Kind: corpus.Body, Text: strings.Repeat("a", n)}}}
			m := New(corpus.New([]*corpus.Article{word}, nil), Config{StateDir: b.TempDir()})
			m = drive(m, tea.WindowSizeMsg{Width: 140, Height: 40})
			b.SetBytes(int64(n))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m.reader.job(m.reader.textWidth()).render()
			}
		})
	}
}
