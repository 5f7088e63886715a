package reuse

import (
	"strings"
	"unicode"
)

// differences appends the places where copy ci (words C) reads otherwise
// than the original (words O, already indexed by the aligner): the gaps of
// their best alignment, split further at the words the gap sides share.
func (b *builder) differences(dst []Difference, O, C []token, ci int) []Difference {
	al := b.al
	al.findRuns(O, C)
	var best *chain
	for i, ch := range al.chains(1) {
		if best == nil || ch.matched > best.matched {
			best = &al.done[i]
		}
	}
	if best == nil {
		return dst
	}
	var runs []run
	for r := best.last; r >= 0; r = al.prev[r] {
		runs = append(runs, al.runs[r])
		if r == best.first {
			break
		}
	}
	oText := b.f.text(int(b.copies[0].s.unit))
	cText := b.f.text(int(b.copies[ci].s.unit))
	for k := len(runs) - 1; k > 0; k-- {
		r1, r2 := runs[k], runs[k-1]
		gO, gC := O[r1.a+r1.n-1:r2.a+1], C[r1.b+r1.n-1:r2.b+1]
		for _, e := range gapEdits(gO, gC) {
			d := Difference{Original: reading(0, oText, gO, e.o0, e.o1), Copy: reading(ci, cText, gC, e.c0, e.c1)}
			if alnum(d.Original.Text) != alnum(d.Copy.Text) { // not spacing alone: "6,000" and "6 ,000"
				dst = append(dst, d)
			}
		}
	}
	return dst
}

// edit is a stretch [o0, o1) of one gap side that reads as [c0, c1) of the
// other.
type edit struct{ o0, o1, c0, c1 int }

// gapEdits compares the words of a gap, given with the matched word before
// and after it on both sides, by their longest common subsequence (a gap
// holds at most maxGap words a side, so the table is tiny) and returns the
// stretches in between.
func gapEdits(o, c []token) []edit {
	n, m := len(o), len(c)
	var lcs [maxGap + 3][maxGap + 3]int
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if o[i].h == c[j].h {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []edit
	i, j, i0, j0 := 0, 0, 0, 0
	for i < n && j < m {
		switch {
		case o[i].h == c[j].h:
			if i > i0 || j > j0 {
				out = append(out, edit{i0, i, j0, j})
			}
			i, j = i+1, j+1
			i0, j0 = i, j
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	if i0 < n || j0 < m { // the walk matched the last word early: a repeated word
		out = append(out, edit{i0, n, j0, m})
	}
	return out
}

// reading is the text of words [w0, w1) of toks in text; an empty stretch
// is the point after word w0-1.
func reading(copy int, text string, toks []token, w0, w1 int) Reading {
	start, end := int(toks[w0-1].end), int(toks[w0-1].end)
	if w1 > w0 {
		start, end = int(toks[w0].start), int(toks[w1-1].end)
	}
	return Reading{Copy: copy, Start: start, End: end, Text: text[start:end]}
}

// alnum is s in lower case without anything but letters and digits.
func alnum(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}
