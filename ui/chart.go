package ui

import (
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"quellen/corpus"
)

// chart draws each figure on one shared scale: a dot for a value, a bar
// between ├ and ┤ for a range, an arrow where a bound is open.
func (m *compareModel) chart(w int) []string {
	st := m.c.styles
	g := m.group
	lo, hi := g.Low, g.High
	for _, figs := range m.sources {
		for _, f := range figs {
			flo, fhi := f.Bounds()
			lo, hi = math.Min(lo, flo), math.Max(hi, fhi)
		}
	}
	if hi <= lo {
		d := math.Max(1, math.Abs(lo)*0.1)
		lo, hi = lo-d, hi+d
	}
	// Leave room past the extremes for the arrows of open bounds.
	for _, figs := range m.sources {
		for _, f := range figs {
			flo, fhi := f.Bounds()
			switch f.Qualifier {
			case corpus.AtLeast:
				hi = math.Max(hi, flo+(hi-lo)*0.1)
			case corpus.AtMost:
				lo = math.Min(lo, fhi-(hi-lo)*0.1)
			}
		}
	}
	nameW := clamp(w/5, 6, 18)
	valW := 14
	trackW := w - nameW - valW - 2
	if trackW < 8 {
		return nil
	}
	pos := func(v float64) int {
		return clamp(int(math.Round((v-lo)/(hi-lo)*float64(trackW-1))), 0, trackW-1)
	}
	var out []string
	for i, figs := range m.sources {
		name := sourceName(m.c.corpus.Article(figs[0].Article), figs[0].Article)
		for j, f := range figs {
			label := ""
			if j == 0 {
				label = truncate(name, nameW)
			}
			ls := st.Label
			if i == m.sel {
				ls = st.TypeLabel
			}
			out = append(out, ls.Render(pad(label, nameW))+" "+m.track(f, trackW, pos)+" "+st.Dim.Render(truncate(f.ValueText(), valW)))
		}
	}
	// The axis names the lowest and highest figure where they sit.
	axis := []rune(strings.Repeat(" ", trackW))
	loText, hiText := []rune(corpus.FormatValue(g.Low)), []rune(corpus.FormatValue(g.High))
	copy(axis[clamp(pos(g.Low), 0, max(0, trackW-len(loText))):], loText)
	if g.High > g.Low {
		at := clamp(pos(g.High)-len(hiText)+1, len(loText)+1, max(0, trackW-len(hiText)))
		if at+len(hiText) <= trackW {
			copy(axis[at:], hiText)
		}
	}
	out = append(out, strings.Repeat(" ", nameW+1)+st.ChartAxis.Render(string(axis)))
	return out
}

// track is one chart row.
func (m *compareModel) track(f *corpus.Figure, w int, pos func(float64) int) string {
	st := m.c.styles
	cells := make([]rune, w)
	kind := make([]int, w) // 0 axis, 1 range, 2 point
	for i := range cells {
		cells[i] = '·'
	}
	set := func(i int, r rune, k int) { cells[i], kind[i] = r, k }
	switch {
	case f.Low != nil && f.High != nil && *f.Low < *f.High:
		a, b := pos(*f.Low), pos(*f.High)
		for i := a; i <= b; i++ {
			set(i, '─', 1)
		}
		set(a, '├', 1)
		set(b, '┤', 1)
		if f.Value > *f.Low && f.Value < *f.High {
			set(pos(f.Value), '●', 2)
		}
	case f.Qualifier == corpus.AtLeast:
		lo, _ := f.Bounds()
		a := pos(lo)
		for i := a; i < w; i++ {
			set(i, '─', 1)
		}
		set(w-1, '▶', 1)
		set(a, '●', 2)
	case f.Qualifier == corpus.AtMost:
		_, hi := f.Bounds()
		b := pos(hi)
		for i := 0; i <= b; i++ {
			set(i, '─', 1)
		}
		set(0, '◀', 1)
		set(b, '●', 2)
	default:
		set(pos(f.Value), '●', 2)
	}
	if f.CopyOf != "" {
		// A copy is drawn hollow: the same claim, not another source.
		for i := range cells {
			if cells[i] == '●' {
				cells[i] = '○'
			}
		}
	}
	var b strings.Builder
	styles := []lipgloss.Style{st.ChartAxis, st.ChartRange, st.ChartPoint}
	for i := 0; i < w; {
		j := i
		for j < w && kind[j] == kind[i] {
			j++
		}
		b.WriteString(styles[kind[i]].Render(string(cells[i:j])))
		i = j
	}
	return b.String()
}
