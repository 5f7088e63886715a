package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// Theme is the semantic palette every style is derived from. Each colour
// names its 16-colour fallback explicitly, so the reader stays legible on
// terminals without 256 colours.
type Theme struct {
	Text, Faint, Accent, Border     lipgloss.TerminalColor
	SelectedFg, SelectedBg          lipgloss.TerminalColor
	MatchFg, MatchBg, CurrentBg     lipgloss.TerminalColor
	Figure, Entity, Warn, StatusBg  lipgloss.TerminalColor
	ChartRange, ChartPoint, ChartAx lipgloss.TerminalColor
}

// c builds an adaptive colour: light-background and dark-background variants,
// each as true colour, 256-colour and 16-colour values.
func c(light, light256, light16, dark, dark256, dark16 string) lipgloss.TerminalColor {
	return lipgloss.CompleteAdaptiveColor{
		Light: lipgloss.CompleteColor{TrueColor: light, ANSI256: light256, ANSI: light16},
		Dark:  lipgloss.CompleteColor{TrueColor: dark, ANSI256: dark256, ANSI: dark16},
	}
}

// DefaultTheme is the adaptive light/dark palette. With noColor every colour
// is dropped; bold, underline and reverse still mark what matters.
func DefaultTheme(noColor bool) Theme {
	if noColor {
		n := lipgloss.NoColor{}
		return Theme{n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n}
	}
	return Theme{
		Text:       c("#1a1a1a", "234", "0", "#e4e4e4", "254", "15"),
		Faint:      c("#767676", "243", "8", "#8a8a8a", "245", "7"),
		Accent:     c("#6f3fd1", "56", "5", "#b48cff", "141", "13"),
		Border:     c("#c6c6c6", "251", "7", "#444444", "238", "8"),
		SelectedFg: c("#1a1a1a", "234", "0", "#ffffff", "231", "15"),
		SelectedBg: c("#e2dcf7", "189", "7", "#3a2f5c", "237", "8"),
		MatchFg:    c("#000000", "16", "0", "#000000", "16", "0"),
		MatchBg:    c("#ffd75f", "221", "11", "#ffd75f", "221", "11"),
		CurrentBg:  c("#ff8700", "208", "3", "#ff8700", "208", "3"),
		Figure:     c("#005f87", "24", "4", "#5fd7ff", "81", "14"),
		Entity:     c("#5f5f00", "58", "2", "#afd787", "150", "10"),
		Warn:       c("#af0000", "124", "1", "#ff5f5f", "203", "9"),
		StatusBg:   c("#ebebeb", "255", "7", "#262626", "235", "0"),
		ChartRange: c("#6f3fd1", "56", "5", "#b48cff", "141", "13"),
		ChartPoint: c("#d75f00", "166", "1", "#ffaf5f", "215", "11"),
		ChartAx:    c("#9e9e9e", "247", "8", "#585858", "240", "8"),
	}
}

// Styles are the derived styles of every pane, built once by NewStyles and
// shared through common.
type Styles struct {
	PaneTitle, PaneTitleFocused lipgloss.Style
	Separator                   lipgloss.Style

	ItemTitle, ItemMeta         lipgloss.Style
	SelTitle, SelMeta           lipgloss.Style
	Dim, Bold, Empty, TypeLabel lipgloss.Style

	Title, Heading, Furniture lipgloss.Style
	Match, Current            lipgloss.Style
	Figure, Entity            lipgloss.Style
	SharedBar                 lipgloss.Style // the margin of text other articles print too

	ColumnTitle, ColumnFocused lipgloss.Style
	Label                      lipgloss.Style
	ChartRange, ChartPoint     lipgloss.Style
	ChartAxis                  lipgloss.Style

	Status, StatusNote lipgloss.Style
	Input, Selected    lipgloss.Style // the search box prompt; a selected query
	Help               help.Styles
	TooSmall           lipgloss.Style
}

// NewStyles derives the pane styles from a theme for one renderer.
func NewStyles(r *lipgloss.Renderer, t Theme) *Styles {
	s := r.NewStyle
	st := &Styles{
		PaneTitle:        s().Foreground(t.Faint).Bold(true),
		PaneTitleFocused: s().Foreground(t.Accent).Bold(true).Underline(true),
		Separator:        s().Foreground(t.Border),

		ItemTitle: s().Foreground(t.Text),
		ItemMeta:  s().Foreground(t.Faint),
		SelTitle:  s().Foreground(t.SelectedFg).Background(t.SelectedBg).Bold(true),
		SelMeta:   s().Foreground(t.Accent).Background(t.SelectedBg),
		Dim:       s().Foreground(t.Faint),
		Bold:      s().Bold(true),
		Empty:     s().Foreground(t.Faint).Italic(true),
		TypeLabel: s().Foreground(t.Accent).Bold(true),

		Title:     s().Foreground(t.Accent).Bold(true),
		Heading:   s().Foreground(t.Text).Bold(true),
		Furniture: s().Foreground(t.Faint).Faint(true),
		Match:     s().Foreground(t.MatchFg).Background(t.MatchBg).Underline(true),
		Current:   s().Foreground(t.MatchFg).Background(t.CurrentBg).Bold(true).Reverse(false),
		Figure:    s().Foreground(t.Figure).Underline(true),
		Entity:    s().Foreground(t.Entity),
		SharedBar: s().Foreground(t.Accent),

		ColumnTitle:   s().Foreground(t.Text).Bold(true),
		ColumnFocused: s().Foreground(t.Accent).Bold(true).Underline(true),
		Label:         s().Foreground(t.Faint),
		ChartRange:    s().Foreground(t.ChartRange),
		ChartPoint:    s().Foreground(t.ChartPoint).Bold(true),
		ChartAxis:     s().Foreground(t.ChartAx),

		Status:     s().Foreground(t.Text).Background(t.StatusBg),
		StatusNote: s().Foreground(t.Warn).Background(t.StatusBg),
		Input:      s().Foreground(t.Accent).Bold(true),
		Selected:   s().Reverse(true),
		TooSmall:   s().Foreground(t.Warn).Bold(true),
	}
	if _, plain := t.MatchBg.(lipgloss.NoColor); plain {
		// Without colour, reverse video keeps highlights and the cursor visible.
		st.Match = s().Reverse(true)
		st.Current = s().Reverse(true).Bold(true).Underline(true)
		st.SelTitle = s().Reverse(true).Bold(true)
		st.SelMeta = s().Reverse(true)
	}
	st.Help = help.Styles{
		Ellipsis:       s().Foreground(t.Faint),
		ShortKey:       s().Foreground(t.Accent).Bold(true),
		ShortDesc:      s().Foreground(t.Faint),
		ShortSeparator: s().Foreground(t.Border),
		FullKey:        s().Foreground(t.Accent).Bold(true),
		FullDesc:       s().Foreground(t.Text),
		FullSeparator:  s().Foreground(t.Border),
	}
	return st
}
