package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// harness runs the root model in a real Program without its Init, so the
// fixture's analyses are sent by the test instead of computed.
type harness struct{ Model }

func (h harness) Init() tea.Cmd { return nil }

func (h harness) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := h.Model.Update(msg)
	return harness{m.(Model)}, cmd
}

// TestGoldenViews drives every view through a Program at two sizes and
// compares the final frame with testdata/TestGoldenViews/<view>_<w>x<h>.golden
// (regenerate with: go test ./ui -run TestGoldenViews -update).
func TestGoldenViews(t *testing.T) {
	views := []struct {
		name string
		keys []string
		wait string // text that shows the view is complete; "" when no command is pending
	}{
		{"articles", nil, "Example Times"},
		{"reader", []string{"j", "tab", "c"}, "Beispielblatt ·"},
		{"reader_shared", []string{"tab"}, "also in"},
		{"search", []string{"/", "=wonsan"}, "4 passages"},
		{"search_open", []string{"/", "=wonsan", "\x00", "enter", "n"}, "match 2/4"},
		{"figures", []string{"f", "tab", "l"}, ""},
		{"entities", []string{"e", "tab", "down"}, "Mentions of Kim Jong-un"},
		{"help", []string{"?"}, "previous pane"},
	}
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		for _, v := range views {
			t.Run(fmt.Sprintf("%s_%dx%d", v.name, size[0], size[1]), func(t *testing.T) {
				c := fixtureCorpus()
				m := New(c, Config{StateDir: t.TempDir()})
				m.c.search = fakeSearch(c)
				tm := teatest.NewTestModel(t, harness{m}, teatest.WithInitialTermSize(size[0], size[1]))
				tm.Send(fixtureFigures(c))
				tm.Send(fixtureEntities(c))
				tm.Send(indexReadyMsg{})
				var seen bytes.Buffer
				waitOutput(t, tm, &seen, "2 fig.")
				for _, k := range v.keys {
					if k == "\x00" { // let the search answer before going on
						waitOutput(t, tm, &seen, "passages")
						continue
					}
					if text, ok := strings.CutPrefix(k, "="); ok {
						// Typed in one message, as a fast typist or a paste
						// sends it: one query, so no earlier query's answer
						// can satisfy the wait below.
						tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
						continue
					}
					for _, msg := range keys(k) {
						tm.Send(msg)
					}
				}
				if v.wait != "" {
					waitOutput(t, tm, &seen, v.wait)
				}
				if err := tm.Quit(); err != nil {
					t.Fatal(err)
				}
				final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(harness)
				view := final.View()
				checkFrame(t, view, size[0], size[1])
				golden.RequireEqual(t, []byte(view))
			})
		}
	}
}

// waitOutput waits until the program has written want, keeping everything
// read in seen: the renderer only repaints changed lines, so text that is
// already on screen is never written again.
func waitOutput(t *testing.T, tm *teatest.TestModel, seen *bytes.Buffer, want string) {
	t.Helper()
	prior := seen.Len()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		seen.Truncate(prior) // b is everything read during this wait
		seen.Write(b)
		return bytes.Contains(seen.Bytes(), []byte(want))
	}, teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}
