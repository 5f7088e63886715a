package figures

import (
	"math"
	"strconv"
	"strings"
)

// How figures read for people, in one place for the command line, the
// exports and the reader, so that they all say the same words.

// Bounds are a figure's lowest and highest value: its range, or its value
// on an open side.
func (f *Figure) Bounds() (lo, hi float64) {
	lo, hi = f.Value, f.Value
	if f.Low != nil {
		lo = *f.Low
	}
	if f.High != nil {
		hi = *f.High
	}
	return lo, hi
}

// Words is a qualifier as people say it: "approximate", "at least".
func (q Qualifier) Words() string {
	switch q {
	case Approx:
		return "approximate"
	case AtLeast:
		return "at least"
	case AtMost:
		return "at most"
	}
	return string(q)
}

// ValueText is a figure's value with its qualifier as a sign: "≈ 12 000",
// "≥ 4 000", "≤ 12 000", "11 000–13 000".
func (f *Figure) ValueText() string {
	lo, hi := f.Bounds()
	switch {
	case f.Low != nil && f.High != nil && lo < hi:
		return FormatValue(lo) + "–" + FormatValue(hi)
	case f.Qualifier == AtLeast:
		return "≥ " + FormatValue(lo)
	case f.Qualifier == AtMost:
		return "≤ " + FormatValue(hi)
	case f.Qualifier == Approx || f.Qualifier == Vague:
		return "≈ " + FormatValue(f.Value)
	}
	return FormatValue(f.Value)
}

// FormatValue writes a value for people: digit groups separated by thin
// spaces below a million ("1 500", "12 000"), words above ("1.3 million",
// "20 billion"); a fraction to two places at most (a share: "3 von 7" is
// 42.86 percent).
func FormatValue(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	abs := math.Abs(v)
	switch {
	case abs >= 1e12:
		return strconv.FormatFloat(v/1e12, 'g', 4, 64) + " trillion"
	case abs >= 1e9:
		return strconv.FormatFloat(v/1e9, 'g', 4, 64) + " billion"
	case abs >= 1e6:
		return strconv.FormatFloat(v/1e6, 'g', 4, 64) + " million"
	}
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Spread writes a group's lowest and highest value: "10 000 – 30 000".
func (g *Group) Spread() string {
	if g.Low == g.High {
		return FormatValue(g.Low)
	}
	return FormatValue(g.Low) + " – " + FormatValue(g.High)
}

// QualifierText is a figure's qualifier in words with its estimate and
// disputed flags: "approximate, estimate", "exact, disputed".
func (f *Figure) QualifierText() string {
	q := f.Qualifier.Words()
	if f.Estimate {
		q += ", estimate"
	}
	if f.Disputed {
		q += ", disputed"
	}
	return q
}
