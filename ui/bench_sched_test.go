package ui

import (
	"runtime"
	"slices"
	"testing"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"

	"quellen/bench/gen"
	"quellen/corpus"
)

// BenchmarkKeystrokeWhileAnalysing types in the search box of 10 000
// articles while entities and figures are computed in the background, as the
// reader schedules them (all cores but one). It reports the latency from a
// key to its frame (Update + View) and to the frame with the query's
// results, p50 and p99, over the keystrokes made while the analyses ran.
// Sub-benchmark all-cores is the schedule before: analyses on every core.
func BenchmarkKeystrokeWhileAnalysing(b *testing.B) {
	arts, _ := corpus.LoadFS(gen.Generate(10000))
	for _, w := range []struct {
		name    string
		workers int
	}{{"cores-but-one", max(1, runtime.NumCPU()-1)}, {"all-cores", runtime.NumCPU()}} {
		b.Run(w.name, func(b *testing.B) { keystrokesWhileAnalysing(b, corpus.New(arts, nil, corpus.WithWorkers(w.workers))) })
	}
}

func keystrokesWhileAnalysing(b *testing.B, c *corpus.Corpus) {
	b.StopTimer()
	c.Index() // the reader builds it first
	m := New(c, Config{StateDir: b.TempDir()})
	m = drive(m, tea.WindowSizeMsg{Width: 140, Height: 40}, indexReadyMsg{})
	m = drive(m, keys("/")...)
	m.search.input.Cursor.SetMode(cursor.CursorStatic)
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.Entities()
		c.Figures()
	}()
	queries := []string{"s", "o", "l", "d", "a", "t", "e", "n"}
	var frame, results []float64
	b.StartTimer()
	for i := 0; i < b.N; i++ {
		if i%len(queries) == 0 {
			m.search.input.SetValue("")
		}
		start := nowNanos()
		tm, cmd := m.Update(keys(queries[i%len(queries)])[0])
		m = tm.(Model)
		_ = m.View()
		f := nowNanos()
		for _, msg := range runCmdSync(cmd) {
			tm, _ = m.Update(msg)
			m = tm.(Model)
		}
		_ = m.View()
		select {
		case <-done:
		default: // count only the keystrokes made while the analyses ran
			frame = append(frame, float64(f-start)/1e6)
			results = append(results, float64(nowNanos()-start)/1e6)
		}
	}
	b.StopTimer()
	<-done
	report := func(name string, ms []float64) {
		if len(ms) == 0 {
			return
		}
		slices.Sort(ms)
		b.ReportMetric(ms[len(ms)/2], name+"-p50-ms")
		b.ReportMetric(ms[len(ms)*99/100], name+"-p99-ms")
	}
	report("frame", frame)
	report("results", results)
	b.ReportMetric(float64(len(frame)), "keys-during")
}
