package figures

import "unicode/utf8"

// Every figure reads its context (qualifier, attribution, places, dispute
// and estimate words, the quoted sentence) from a bounded window around it,
// never from its whole sentence: a sentence may be megabytes long (a file
// without periods), and scanning it once per figure would make extraction
// quadratic.
const (
	windowTokens = 60  // tokens read either side of a figure
	windowBytes  = 300 // bytes of sentence quoted either side of a figure
)

// window returns the token range [from, to) of sentence s clipped to
// windowTokens either side of token at; at < 0 means the end of the
// sentence (a figure in the next sentence looks back into this one).
func (x *extractor) window(s, at int) (from, to int) {
	from, to = x.sentenceRange(s)
	if at < 0 {
		at = to - 1
	}
	return max(from, at-windowTokens), min(to, at+windowTokens+1)
}

// sentenceText is sentence s as quoted for a figure at bytes [start, end):
// the whole sentence, or, when it is very long, windowBytes either side of
// the figure cut at rune boundaries; and its byte offset in the paragraph.
func (x *extractor) sentenceText(s, start, end int) (string, int) {
	sp := x.spans[s]
	lo, hi := max(sp.Start, start-windowBytes), min(sp.End, end+windowBytes)
	for lo > sp.Start && !utf8.RuneStart(x.p.Text[lo]) {
		lo--
	}
	for hi < sp.End && !utf8.RuneStart(x.p.Text[hi]) {
		hi++
	}
	return x.p.Text[lo:hi], lo
}
