package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

func statusLine(m Model) string {
	lines := strings.Split(m.View(), "\n")
	return lines[m.bodyHeight]
}

// Item 4: the hint bar never offers a key the focused input would type,
// and always shows ? and q where they work, at every width.
func TestHintsFollowState(t *testing.T) {
	for _, w := range []int{40, 60, 80, 100, 140} {
		m := newFixture(t, w, 24)
		for _, ks := range [][]string{nil, {"tab"}, {"f"}, {"e", "tab"}, {"w"}} {
			m := drive(m, keys(ks...)...)
			s := statusLine(m)
			if !strings.Contains(s, "? help") || !strings.Contains(s, "q quit") {
				t.Errorf("%d wide after %v: status %q lacks ? or q", w, ks, s)
			}
		}
		m = drive(m, keys("/")...)
		s := statusLine(m)
		for _, typed := range []string{"f figures", "e entities", "? help", "q quit", "/ search"} {
			if strings.Contains(s, typed) {
				t.Errorf("%d wide, typing: status %q offers %q", w, s, typed)
			}
		}
		if !strings.Contains(s, "ctrl+c quit") {
			t.Errorf("%d wide, typing: status %q lacks ctrl+c quit", w, s)
		}
	}
	// c says what it will do.
	m := newFixture(t, 140, 40)
	m = drive(m, keys("tab")...)
	if !strings.Contains(statusLine(m), "c hide captions") {
		t.Errorf("status %q", statusLine(m))
	}
	m = drive(m, keys("c")...)
	if !strings.Contains(statusLine(m), "c show captions") {
		t.Errorf("after c: status %q", statusLine(m))
	}
}

// Item 4: the full help fits 60 columns with every key in it.
func TestFullHelpFitsNarrowScreens(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {60, 40}, {80, 24}, {140, 40}} {
		m := newFixture(t, size[0], size[1])
		m = drive(m, keys("?")...)
		help := m.fullHelpView(size[0])
		if w := lipgloss.Width(help); w > size[0] {
			t.Errorf("%dx%d: help %d wide", size[0], size[1], w)
		}
		for _, want := range []string{"previous pane", "page down", "sort by", "figures", "entities", "quit", "help"} {
			if !strings.Contains(help, want) {
				t.Errorf("%dx%d: help lacks %q:\n%s", size[0], size[1], want, help)
			}
		}
		checkFrame(t, m.View(), size[0], size[1])
	}
}

// Item 4: space scrolls the text, as in less, while the list has focus.
func TestSpaceScrollsTheText(t *testing.T) {
	m := newFixture(t, 80, 24)
	m = drive(m, keys("G")...) // the long article
	m = drive(m, keys(" ")...)
	if m.reader.vp.YOffset == 0 || m.articles.Current() != "c.txt" || m.focusRight {
		t.Errorf("space: reader at %d, list on %s, focus right %v", m.reader.vp.YOffset, m.articles.Current(), m.focusRight)
	}
}

// Item 5: below 100 columns the comparison stacks and keeps the selected
// source in view; group labels wrap to two lines between words. (The
// third source is Beispielblatt: c.txt, a copy of a.txt, stands under its
// original.)
func TestNarrowComparison(t *testing.T) {
	c := fixtureCorpus()
	figs := fixtureFigures(c)
	figs.groups[1].Label = "nordkoreanische Soldaten in Russland nahe der Front"
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		m := New(c, Config{StateDir: t.TempDir()})
		m.c.search = fakeSearch(c)
		m = drive(m, sizeMsg(size[0], size[1]), figs, fixtureEntities(c), indexReadyMsg{})
		m = drive(m, keys("f", "tab", "l", "l")...)
		v := m.View()
		if !strings.Contains(v, "▌ Beispielblatt") {
			t.Errorf("%dx%d: the selected third source is not in view:\n%s", size[0], size[1], v)
		}
		// The list is 24 cells wide: "nordkoreanische" fills the first line.
		if !strings.Contains(v, "▌nordkoreanische   ") || !strings.Contains(v, "▌Soldaten in Russland") {
			t.Errorf("%dx%d: the label does not wrap to two lines between words:\n%s", size[0], size[1], v)
		}
		checkFrame(t, v, size[0], size[1])
	}
	// Wide enough, side by side.
	m := newFixture(t, 140, 40)
	m = drive(m, keys("f")...)
	if strings.Contains(m.View(), "▌ Beispielblatt") {
		t.Errorf("140 wide: stacked:\n%s", m.View())
	}
}

// Item 6: "/" filters the entity and group lists; articles sort and filter
// by outlet and language; groups can be limited to one story.
func TestListFilters(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("e", "/", "won")...)
	ents := m.panes[paneEntities].(*entitiesModel)
	if len(ents.items) != 1 || ents.items[0].Name != "Wonsan" || m.panes[paneMentions].(*mentionsModel).entity.Name != "Wonsan" {
		t.Fatalf("filter won: %d items", len(ents.items))
	}
	if v := m.View(); !strings.Contains(v, "Entities · 1 of 2") || !strings.Contains(v, "filter: won") {
		t.Errorf("filtered view:\n%s", v)
	}
	m = drive(m, keys("enter")...) // keep the filter, leave the input
	if m.typing() || len(ents.items) != 1 {
		t.Errorf("enter: typing %v, %d items", m.typing(), len(ents.items))
	}
	m = drive(m, keys("esc")...)
	if len(ents.items) != 2 || m.mode != modeEntities {
		t.Errorf("esc clears the filter first: %d items, mode %d", len(ents.items), m.mode)
	}
	m = drive(m, keys("f", "/", "einh", "enter")...)
	if gs := m.panes[paneGroups].(*groupsModel); len(gs.items) != 1 || gs.items[0].Label != "Einheiten" {
		t.Errorf("group filter: %d items", len(gs.items))
	}

	m = newFixture(t, 140, 40)
	m = drive(m, keys("s")...) // by date, newest first, undated last
	var order []string
	for _, a := range m.articles.shown {
		order = append(order, a.ID)
	}
	if strings.Join(order, " ") != "b.txt a.txt c.txt" || !strings.Contains(m.View(), "by date") {
		t.Errorf("by date: %v", order)
	}
	m = drive(m, keys("o")...)
	if len(m.articles.shown) != 1 || m.articles.shown[0].Source != "Beispielblatt" || m.reader.Article().ID != "b.txt" {
		t.Errorf("outlet filter: %d shown", len(m.articles.shown))
	}
	m = drive(m, keys("o", "o", "L")...) // Example Times, all; then only de
	for _, a := range m.articles.shown {
		if a.Lang != "de" {
			t.Errorf("language filter shows %s (%s)", a.ID, a.Lang)
		}
	}

	c := fixtureCorpus()
	figs := fixtureFigures(c)
	figs.stories, figs.groupStory = []string{"Truppen", "Einheiten"}, map[int]int{0: 0, 1: 1}
	m = New(c, Config{StateDir: t.TempDir()})
	m = drive(m, sizeMsg(140, 40), figs, fixtureEntities(c), keys("f", "s")[0], keys("f", "s")[1])
	gs := m.panes[paneGroups].(*groupsModel)
	if len(gs.items) != 1 || gs.items[0].ID != 0 || !strings.Contains(m.View(), "· Truppen") {
		t.Errorf("story scope: %d items\n%s", len(gs.items), m.View())
	}
}

// Item 7: files skipped or repaired at load are counted in the status bar
// and listed on w.
func TestWarningsInTheReader(t *testing.T) {
	base := fixtureCorpus()
	warns := []corpus.Warning{{Path: "scan.pdf.txt", Reason: "skipped: binary file"}, {Path: "alt.txt", Reason: "not UTF-8: decoded as Windows-1252"}}
	c := corpus.New(base.Articles, warns)
	m := New(c, Config{StateDir: t.TempDir()})
	m = drive(m, sizeMsg(100, 30))
	if !strings.Contains(statusLine(m), "2 warnings") || !strings.Contains(statusLine(m), "w warnings") {
		t.Errorf("status %q", statusLine(m))
	}
	m = drive(m, keys("w")...)
	v := m.View()
	for _, want := range []string{"scan.pdf.txt: skipped: binary file", "alt.txt: not UTF-8", "Warnings"} {
		if !strings.Contains(v, want) {
			t.Errorf("warnings view lacks %q:\n%s", want, v)
		}
	}
	checkFrame(t, v, 100, 30)
	m = drive(m, keys("esc")...)
	if m.mode != modeBrowse {
		t.Errorf("esc from warnings: mode %d", m.mode)
	}
	// Without warnings, no count and no w.
	m = newFixture(t, 100, 30)
	if s := statusLine(m); strings.Contains(s, "warning") {
		t.Errorf("status %q", s)
	}
}

// The paragraph-to-entity index at work: the reader names who is in the
// paragraph it is at, and e lists them first.
func TestNamedHere(t *testing.T) {
	m := newFixture(t, 140, 40)
	m = drive(m, keys("/", "kursk", "enter")...) // b.txt ¶1: Wonsan, Kim Jong-un
	if v := m.View(); !strings.Contains(v, "named here: Wonsan, Kim Jong-un") && !strings.Contains(v, "named here: Kim Jong-un, Wonsan") {
		t.Fatalf("reader does not name who is here:\n%s", v)
	}
	m = drive(m, keys("esc", "esc", "j")...) // the list, away from b.txt ¶1 …
	m = drive(m, keys("k", "tab")...)
	m.reader.SetJumps(newJumps("match", []target{{Article: "c.txt", Paragraph: 0}}, 0))
	m = drive(m, keys("e")...)
	ents := m.panes[paneEntities].(*entitiesModel)
	if len(ents.items) == 0 || ents.items[0].Name != "Kim Jong-un" || !ents.pinned[ents.items[0]] {
		t.Fatalf("e from c.txt ¶1: first %v", ents.items)
	}
	if !strings.Contains(m.View(), "named here · person") {
		t.Errorf("the pinned entity is not marked:\n%s", m.View())
	}
}

func TestEveryViewAtEverySize(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {140, 40}} {
		for _, ks := range [][]string{nil, {"tab"}, {"/", "wonsan"}, {"f", "tab", "l"}, {"e", "/", "k"}, {"?"}} {
			m := newFixture(t, size[0], size[1])
			m = drive(m, keys(ks...)...)
			t.Run(fmt.Sprintf("%dx%d_%v", size[0], size[1], ks), func(t *testing.T) { checkFrame(t, m.View(), size[0], size[1]) })
		}
	}
}
