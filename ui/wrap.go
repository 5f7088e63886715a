package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"

	"quellen/corpus"
)

// wrapSpans breaks plain text into lines of at most width cells and returns
// each line as a byte range into s. Words longer than a line break after a
// hyphen or slash where one fits, else at rune boundaries. Working on byte ranges keeps the corpus offsets of matches,
// figures and mentions valid after wrapping.
func wrapSpans(s string, width int) []corpus.Span {
	if width < 1 {
		width = 1
	}
	var lines []corpus.Span
	start, end, w := 0, 0, 0
	empty := true
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		k := j
		for k < len(s) && s[k] != ' ' {
			k++
		}
		if k == j {
			break
		}
		ww := cellWidth(s[j:k])
		gap := j - i
		switch {
		case !empty && w+gap+ww <= width:
			end, w = k, w+gap+ww
		default:
			if !empty {
				lines = append(lines, corpus.Span{Start: start, End: end})
			}
			start, end, w, empty = j, k, ww, false
			for w > width { // break a word wider than the line
				cut, cw := start, 0
				hy, hw := -1, 0 // just after the last hyphen that fits
				for cut < k {
					r, size, rw := rune(s[cut]), 1, 1 // ASCII, the common case, without the tables
					if r >= utf8.RuneSelf {
						r, size = utf8.DecodeRuneInString(s[cut:])
						rw = runewidth.RuneWidth(r)
					}
					if cw+rw > width && cut > start {
						break
					}
					cut, cw = cut+size, cw+rw
					if r == '-' || r == '/' || r == '\u2010' {
						hy, hw = cut, cw
					}
				}
				// "US-Verteidigungsministerium" breaks after "US-", not
				// inside a word; only a part without one is cut hard.
				if hy > start && cut < k {
					cut, cw = hy, hw
				}
				lines = append(lines, corpus.Span{Start: start, End: cut})
				// What is left is narrower by what was cut. Measuring all
				// of the rest again after each line made a 5 MB word take
				// minutes; near its end it is measured exactly (a grapheme
				// can be narrower than its runes).
				start, w = cut, w-cw
				if w <= 2*width {
					w = cellWidth(s[start:k])
				}
			}
		}
		i = k
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, corpus.Span{Start: start, End: end})
	}
	return lines
}

// cellWidth is runewidth.StringWidth, quicker for ASCII (printable here:
// article text is sanitised).
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return runewidth.StringWidth(s)
		}
	}
	return len(s)
}

// snap moves a byte offset back to the start of its rune and into [0, len(s)],
// so a span from elsewhere can never split a multi-byte character.
func snap(s string, p int) int {
	p = clamp(p, 0, len(s))
	for p > 0 && p < len(s) && !utf8.RuneStart(s[p]) {
		p--
	}
	return p
}

// marksPerLine hands each wrapped line only the marks that overlap it, so
// styling a paragraph costs its marks plus its lines, not their product (a
// one-paragraph 5 MB file has tens of thousands of both).
func marksPerLine(lines []corpus.Span, marks []mark) [][]mark {
	out := make([][]mark, len(lines))
	if len(marks) == 0 {
		return out
	}
	for _, m := range marks {
		// lines are in text order: find the first that ends after the mark starts
		li := sort.Search(len(lines), func(k int) bool { return lines[k].End > m.Start })
		for ; li < len(lines) && lines[li].Start < m.End; li++ {
			out[li] = append(out[li], m)
		}
	}
	return out
}

// renderMarked styles s[from:to] with base and the marks over it (offsets
// into s); where marks overlap the strongest kind wins.
func renderMarked(b *strings.Builder, s string, from, to int, base *lipgloss.Style, marks []mark, st *Styles) {
	if len(marks) == 0 {
		writeStyled(b, s[from:to], base)
		return
	}
	cuts := []int{from, to}
	for _, m := range marks {
		a, e := snap(s, m.Start), snap(s, m.End)
		if e <= from || a >= to || a >= e {
			continue
		}
		cuts = append(cuts, clamp(a, from, to), clamp(e, from, to))
	}
	sort.Ints(cuts)
	prev := -1
	for n := 0; n+1 < len(cuts); n++ {
		a, e := cuts[n], cuts[n+1]
		if a == e || a == prev {
			continue
		}
		prev = a
		kind := markNone
		for _, m := range marks {
			if snap(s, m.Start) <= a && e <= snap(s, m.End) && m.kind > kind {
				kind = m.kind
			}
		}
		writeStyled(b, s[a:e], markStyle(kind, base, st))
	}
}

func markStyle(k markKind, base *lipgloss.Style, st *Styles) *lipgloss.Style {
	switch k {
	case markEntity:
		return &st.Entity
	case markFigure:
		return &st.Figure
	case markMatch:
		return &st.Match
	case markCurrent:
		return &st.Current
	}
	return base
}

// writeStyled writes text in a style; nil means unstyled, which is cheaper
// than rendering an empty style.
func writeStyled(b *strings.Builder, text string, style *lipgloss.Style) {
	if style == nil || text == "" {
		b.WriteString(text)
		return
	}
	b.WriteString(style.Render(text))
}

// renderExcerpt draws the part of s around its first mark that fits width
// cells, marks highlighted, with a dimmed "…" where text was cut.
func renderExcerpt(st *Styles, s string, marks []mark, width int) string {
	var b strings.Builder
	from, to, pre, post := excerpt(s, marks, width)
	if pre {
		b.WriteString(st.Dim.Render("…"))
	}
	renderMarked(&b, s, from, to, nil, marks, st)
	if post {
		b.WriteString(st.Dim.Render("…"))
	}
	return b.String()
}

// excerpt picks a window of s, at most width cells wide, that starts a little
// before the first mark, with an ellipsis where text was cut.
func excerpt(s string, marks []mark, width int) (from, to int, pre, post bool) {
	if width < 1 {
		return 0, 0, false, false
	}
	from = 0
	if len(marks) > 0 {
		first := len(s)
		for _, m := range marks {
			first = min(first, m.Start)
		}
		first = snap(s, first)
		// Back up about a third of the width, to a word start when possible.
		back, p := 0, first
		for p > 0 && back < width/3 {
			_, size := utf8.DecodeLastRuneInString(s[:p])
			p -= size
			back++
		}
		if q := strings.IndexByte(s[p:first], ' '); p > 0 && q >= 0 && q < first-p {
			p += q + 1
		}
		from = p
	}
	pre = from > 0
	avail := width
	if pre {
		avail--
	}
	to = advance(s, from, avail)
	if to < len(s) {
		post = true
		to = advance(s, from, avail-1)
	}
	return from, to, pre, post
}

// advance returns the byte offset after as many runes from s[from:] as fit in
// width cells.
func advance(s string, from, width int) int {
	to, w := from, 0
	for to < len(s) {
		r, size := utf8.DecodeRuneInString(s[to:])
		rw := runewidth.RuneWidth(r)
		if w+rw > width {
			break
		}
		to, w = to+size, w+rw
	}
	return to
}

// truncate cuts plain text to width cells with an ellipsis.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return runewidth.Truncate(s, width, "…")
}

// truncateMiddle cuts s to width cells by dropping its middle, keeping the
// start and the end: of an article's URL both the host and the last part
// of the path tell which one it is.
func truncateMiddle(s string, width int) string {
	if runewidth.StringWidth(s) <= width {
		return s
	}
	if width < 12 {
		return truncate(s, width)
	}
	tail := (width - 1) / 2
	head := width - 1 - tail
	rs := []rune(s)
	end, w := len(rs), 0
	for end > 0 && w+runewidth.RuneWidth(rs[end-1]) <= tail {
		end--
		w += runewidth.RuneWidth(rs[end])
	}
	return strings.TrimRight(runewidth.Truncate(s, head, ""), " ") + "…" + strings.TrimLeft(string(rs[end:]), " ")
}

// fit pads or cuts a rendered block to exactly width x height cells, so a
// pane can never push the layout out of shape.
func fit(block string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(block, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	for i, l := range lines {
		w := lipgloss.Width(l)
		switch {
		case w > width:
			l = ansi.Truncate(l, width, "")
			lines[i] = l + strings.Repeat(" ", max(0, width-lipgloss.Width(l)))
		case w < width:
			lines[i] = l + strings.Repeat(" ", width-w)
		}
	}
	return strings.Join(lines, "\n")
}

func runewidthString(s string) int { return runewidth.StringWidth(s) }

func lipglossWidth(s string) int { return lipgloss.Width(s) }
