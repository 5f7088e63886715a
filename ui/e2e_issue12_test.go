package ui_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"
)

// needTmux skips (or, in CI, fails) an end-to-end test without tmux and
// returns the freshly built binary.
func needTmux(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("tmux is not installed")
		}
		t.Fatal("tmux is required in CI")
	}
	return buildBinary(t)
}

// statusLine is the bottom row of the screen, the status bar.
func statusLine(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestEndToEndEmptySearch: a query with no results clears the match list,
// so n says there is nothing to jump to instead of jumping into the
// previous query's matches (issue 12, item 3).
func TestEndToEndEmptySearch(t *testing.T) {
	bin := needTmux(t)
	for _, size := range [][2]int{{140, 40}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			s := startTmux(t, bin, size[0], size[1])
			s.waitFor(t, "Articles")
			s.keys(t, "/")
			s.waitFor(t, "type to search")
			s.keys(t, "wonsan", "Enter")
			s.waitFor(t, "match 1/")
			// The old query is selected: typing replaces it.
			s.keys(t, "/")
			s.waitFor(t, "Search")
			s.keys(t, "zzqxqz", "Enter")
			screen := s.waitFor(t, "no passage matches")
			if strings.Contains(screen, "wonsan") {
				t.Errorf("the old query is still in the search box:\n%s", screen)
			}
			if strings.Contains(statusLine(screen), "match ") {
				t.Errorf("the status bar still counts the old matches:\n%s", screen)
			}
			s.keys(t, "Escape")
			screen = s.settle(t, func(sc string) bool {
				return !strings.Contains(sc, "type to search") && !strings.Contains(sc, "/ zzqxqz")
			})
			s.keys(t, "n")
			screen = s.waitChange(t, screen)
			if st := statusLine(screen); strings.Contains(st, "match ") || !strings.Contains(st, "no matches") {
				t.Errorf("n after an empty search should say there are no matches, status: %q\n%s", st, screen)
			}
			s.keys(t, "q")
			s.waitExit(t)
		})
	}
}

// TestEndToEndNarrowComparison: at 80x24 each → in the comparison selects
// the next source card and keeps it on screen (issue 12, item 5).
func TestEndToEndNarrowComparison(t *testing.T) {
	bin := needTmux(t)
	s := startTmux(t, bin, 80, 24)
	s.waitFor(t, "Articles")
	s.keys(t, "f")
	s.waitFor(t, "Comparison", "sources")
	s.keys(t, "Tab")
	screen := s.waitFor(t, "source •")
	seen := map[string]bool{selectedCard(screen): true}
	for i := 0; i < 6; i++ {
		s.keys(t, "l")
		screen = s.settle(t, func(string) bool { return true })
		card := selectedCard(screen)
		if card == "" {
			t.Fatalf("after %d × →, the selected card is off screen:\n%s", i+1, screen)
		}
		seen[card] = true
	}
	// The seed's first group has four sources: → reached every one.
	if len(seen) < 4 {
		t.Errorf("→ showed %d selected cards, want 4: %q", len(seen), cardNames(seen))
	}
	s.keys(t, "h")
	if screen = s.settle(t, func(string) bool { return true }); selectedCard(screen) == "" {
		t.Errorf("after ←, the selected card is off screen:\n%s", screen)
	}
}

// selectedCard is the first line of the comparison's selected card, the
// one marked ▌ right of the pane border; "" if none is on screen.
func selectedCard(screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		_, right, ok := strings.Cut(line, "│")
		if ok && strings.HasPrefix(right, "▌") {
			if c := strings.TrimSpace(strings.TrimPrefix(right, "▌")); c != "" {
				return c
			}
		}
	}
	return ""
}

func cardNames(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestEndToEndHelpAt60: at 60 columns the hint bar still shows ? and q, and
// the full help shows every one of its entries whole (issue 12, item 4).
func TestEndToEndHelpAt60(t *testing.T) {
	bin := needTmux(t)
	s := startTmux(t, bin, 60, 20)
	screen := s.waitFor(t, "Articles")
	if st := statusLine(screen); !strings.Contains(st, "? help") || !strings.Contains(st, "q quit") {
		t.Errorf("the hint bar at 60 columns lacks ? or q: %q", st)
	}
	s.keys(t, "Tab")
	screen = s.waitFor(t, "other copies")
	if st := statusLine(screen); !strings.Contains(st, "? help") || !strings.Contains(st, "q quit") {
		t.Errorf("the reader's hint bar at 60 columns lacks ? or q: %q", st)
	}
	s.keys(t, "BTab", "?")
	// The last column of the full help is the first cut if it is too wide.
	screen = s.waitFor(t, "page down", "previous pane")
	for _, entry := range []string{"? help", "q quit", "f figures", "e entities", "/         search", "scroll text"} {
		if !strings.Contains(screen, entry) {
			t.Errorf("the full help at 60 columns lacks %q:\n%s", entry, screen)
		}
	}
	for _, line := range strings.Split(screen, "\n") {
		if utf8.RuneCountInString(line) > 60 {
			t.Errorf("a line is wider than 60 columns: %q", line)
		}
	}
	s.keys(t, "q")
	s.waitExit(t)
}

// TestEndToEndPipe: with its output piped, as in "quellen | cat" typed in
// a terminal, quellen prints the article list and exits instead of
// starting the reader (issue 12, item 9).
func TestEndToEndPipe(t *testing.T) {
	bin := needTmux(t)
	titles := seedTitles(t, bin)
	// The shell waits for a line so that the session is set up (it stays
	// after the command ends) before quellen runs.
	s := startTmuxWith(t, 200, 20, nil, "sh", "-c", "read go; "+bin+" | cat")
	s.keys(t, "Enter")
	want := []string{"ID", "TITLE"}
	for _, title := range titles {
		want = append(want, prefix(title, 30))
	}
	screen := s.waitFor(t, want...)
	if strings.Contains(screen, "Articles 5") || strings.Contains(screen, "? help") {
		t.Errorf("the reader started although stdout is a pipe:\n%s", screen)
	}
	s.waitExit(t)
}
