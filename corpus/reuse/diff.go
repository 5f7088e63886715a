package reuse

import (
	"strings"
	"unicode"
)

// maxDiffWords bounds the words two copies are aligned over (the
// alignment is quadratic in them); longer passages are compared by their
// first maxDiffWords words.
const maxDiffWords = 400

// differences lists, for every copy but the original, the words it says
// differently: an updated figure, a changed word.
func differences(p *Passage) []Difference {
	orig := p.Copies[0]
	ow := words(orig.Text, 0, len(orig.Text))
	var out []Difference
	for _, c := range p.Copies[1:] {
		if c.Text == orig.Text {
			continue
		}
		cw := words(c.Text, 0, len(c.Text))
		for _, d := range diffWords(ow, cw) {
			if d.a0 == d.a1 || d.b0 == d.b1 {
				if d.a0 == 0 && d.b0 == 0 || d.a1 == len(ow) && d.b1 == len(cw) {
					continue // an edge one side has more of: a dateline, a sentence cut
				}
			}
			o, n := span(orig.Text, ow, d.a0, d.a1), span(c.Text, cw, d.b0, d.b1)
			if alnum(o) == alnum(n) {
				continue // spacing or punctuation only: "6,000" and "6 ,000"
			}
			out = append(out, Difference{Article: c.Article, Original: o, Copy: n})
		}
	}
	return out
}

// change is a run of words [a0, a1) of one side replaced by [b0, b1) of
// the other.
type change struct{ a0, a1, b0, b1 int }

// diffWords aligns two word lists by their longest common subsequence and
// returns the runs between matched words.
func diffWords(a, b []word) []change {
	a, b = a[:min(len(a), maxDiffWords)], b[:min(len(b), maxDiffWords)]
	if len(a) == len(b) {
		return substitutions(a, b) // the common case: a figure or a word replaced
	}
	n, m := len(a), len(b)
	// lcs[i][j]: length of the common subsequence of a[i:] and b[j:].
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].hash == b[j].hash {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []change
	i, j := 0, 0
	start := change{-1, -1, -1, -1}
	flush := func() {
		if start.a0 >= 0 && (i > start.a0 || j > start.b0) {
			out = append(out, change{start.a0, i, start.b0, j})
		}
		start = change{-1, -1, -1, -1}
	}
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i].hash == b[j].hash:
			flush()
			i, j = i+1, j+1
			continue
		case start.a0 < 0:
			start = change{i, 0, j, 0}
		}
		if j >= m || i < n && lcs[i+1][j] >= lcs[i][j+1] {
			i++
		} else {
			j++
		}
	}
	flush()
	return out
}

// span is the text of words [from, to) of ws as written in text.
func span(text string, ws []word, from, to int) string {
	if from >= to {
		return ""
	}
	return strings.TrimSpace(text[ws[from].start:ws[to-1].end])
}

// substitutions compares two word lists of one length word by word.
func substitutions(a, b []word) []change {
	var out []change
	for i := 0; i < len(a); i++ {
		if a[i].hash == b[i].hash {
			continue
		}
		j := i
		for j < len(a) && a[j].hash != b[j].hash {
			j++
		}
		out = append(out, change{i, j, i, j})
		i = j
	}
	return out
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
