package figures

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"quellen/corpus/article"
)

// Extract finds the figures in one article: in body paragraphs,
// headings and captions, never in boilerplate or meta lines. IDs are left at
// zero and Group at -1; ExtractAll numbers them.
func Extract(a *article.Article) []*Figure {
	var out []*Figure
	paras := a.Paragraphs
	if h, ok := headline(a); ok {
		paras = append([]article.Paragraph{h}, paras...)
	}
	memo := &sourceMemo{kinds: map[string]string{}}
	// Paragraphs reuse one token array: tokens are most of what extraction
	// allocates, and no figure keeps them.
	buf := tokenPool.Get().(*[]token)
	defer tokenPool.Put(buf)
	for i := range paras {
		p := &paras[i]
		if p.Kind != article.Body && p.Kind != article.Heading && p.Kind != article.Caption || !mayHoldNumber(p.Text) {
			continue
		}
		x := newExtractor(a, p, *buf)
		*buf = x.toks[:0]
		x.memo = memo
		x.learnKinds()
		var here []*Figure
		for k := 0; k < len(x.toks); {
			f, next := x.figureAt(k)
			if f != nil {
				f.Group = -1
				if n := len(here); n > 0 && x.isConversion(here[n-1], f) {
					k = next // "2.4 billion euros ($2.8 billion)": the same figure
					continue
				}
				here = append(here, f)
				k = next
				continue
			}
			k++
		}
		here = dropArticleOnes(here)
		x.fillSources(here)
		x.inheritSubjects(here)
		x.setFrames(here)
		here = dropTentative(here)
		here = x.dropNonFigures(here)
		x.setPlaces(here)
		for _, f := range here {
			f.Date = a.Date
		}
		out = append(out, here...)
	}
	return dropRepeatedHeadline(a, out)
}

// extractor reads the figures of one paragraph.
type extractor struct {
	a     *article.Article
	p     *article.Paragraph
	lang  string
	toks  []token
	sent  []int // sentence index of each token
	spans []article.Span
	attr  map[int]string // attribution found per sentence
	// sentFrom[s], sentTo[s]: the token range [from, to) of sentence s,
	// computed once so that no figure scans the paragraph.
	sentFrom, sentTo []int
	strike           int              // aboutStrike: 0 unknown, 1 yes, -1 no
	sentAttr         map[int][]string // attributions of the figures per sentence, for setPlaces
	memo             *sourceMemo      // the article's last named source
	cued             bool             // the last attribution came from a cue ("laut", "said")
}

var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// newExtractor reads paragraph p, tokenizing it into buf's array.
func newExtractor(a *article.Article, p *article.Paragraph, buf []token) *extractor {
	lang := a.Lang
	if lang != "en" {
		lang = "de"
	}
	x := &extractor{a: a, p: p, lang: lang, toks: tokenizeInto(buf, p.Text, lang), attr: map[int]string{}}
	x.spans = p.Sentences
	if len(x.spans) == 0 {
		x.spans = []article.Span{{Start: 0, End: len(p.Text)}}
	}
	x.sent = make([]int, len(x.toks))
	s := 0
	for i, t := range x.toks {
		for s < len(x.spans)-1 && t.start >= x.spans[s].End {
			s++
		}
		x.sent[i] = s
	}
	x.sentFrom = make([]int, len(x.spans))
	x.sentTo = make([]int, len(x.spans))
	for i := len(x.toks) - 1; i >= 0; i-- {
		x.sentFrom[x.sent[i]] = i
	}
	for i, s := range x.sent {
		x.sentTo[s] = i + 1
	}
	return x
}

func (x *extractor) word(k int) string {
	if k >= 0 && k < len(x.toks) && x.toks[k].kind == tWord {
		return x.toks[k].low
	}
	return ""
}

func (x *extractor) glued(k int) bool { return k >= 0 && k < len(x.toks) && !x.toks[k].space }

// figureAt reads a figure whose number starts at token k, and returns it
// with the index of the token after it, or nil.
func (x *extractor) figureAt(k int) (*Figure, int) {
	c, ok := readNumber(x.p.Text, x.toks, k, x.lang)
	one := false
	if w := x.word(k); !ok && (w == "one" || w == "ein" || w == "eine" || w == "einer") {
		// "one in five", "einer von zehn": "one" counts in a ratio, or
		// with what happened to someone ("One person is still missing").
		c, ok = numRead{first: k, next: k + 1, value: 1, raw: 1, mag: 1, words: true}, true
		if _, ratio := x.ratioAfter(c); !ratio {
			one = true
		}
	}
	if !ok || !x.countable(c) {
		return nil, 0
	}
	f := &Figure{Article: x.a.ID, Paragraph: x.p.Index, Qualifier: Exact, sentence: x.sent[k]}
	first := k // first token of the phrase
	last := c.next - 1

	// A currency sign before the number: "$20bn", "€ 1,5 Mio.".
	if cur, ok := moneySymbols[x.tokText(k-1)]; ok {
		f.Kind, f.Unit = KindMoney, cur
		first = k - 1
		if x.word(c.next) == "m" && x.glued(c.next) {
			c.value, c.next = c.raw*1e6, c.next+1
		} else if x.word(c.next) == "k" && x.glued(c.next) {
			c.value, c.next = c.raw*1e3, c.next+1
		}
		last = c.next - 1
	}

	// The qualifier before: "rund", "bis zu", "more than", "zwischen".
	q, qStart, est := x.qualifierBefore(first)
	low, high := c.value, c.value
	rangeStart := -1
	if w := x.word(first - 1); w == "zwischen" || w == "between" || w == "von" || w == "from" {
		rangeStart = first - 1
	}
	if r, ok := x.ratioAfter(c); ok {
		// "vier von fünf Zügen", "one in five adults": a share.
		c.value = c.value / r.value * 100
		low, high = c.value, c.value
		c.next = r.next
		last = r.next - 1
		f.Kind, f.Unit = KindPercent, "percent"
	} else if c.vague {
		q, high = Vague, c.vagueHigh
	} else if r, ok := x.rangeAfter(c, rangeStart >= 0); ok {
		low, high = c.value, r.value
		if c.mag == 1 && r.mag > 1 && c.raw < r.raw && c.value*r.mag < r.value*10 {
			low = c.raw * r.mag // "10 bis 12 Millionen", "zehn- bis zwölftausend"
		}
		if low >= high {
			return nil, 0
		}
		q = Range
		c.next = r.next
		last = r.next - 1
		if rangeStart >= 0 {
			first = rangeStart
		}
	} else if x.isDash(c.next) && x.toks[c.next+1].kind == tNum {
		return nil, 0 // "2-1", a score; "2-0"
	}
	if q != Range && qStart >= 0 {
		first = qStart
	}

	// What is counted.
	f.numLast, f.shareHead = c.next-1, -1
	end, subjStart, subjEnd := x.countedAfter(c.next, f)
	if f.scale != 0 {
		// A unit converted to the normalised one: "742 Zentimeter" is 7.42 m.
		c.value, low, high = c.value*f.scale, low*f.scale, high*f.scale
	}
	if end > c.next {
		last = end - 1
	}
	if f.Kind == "" && subjStart < 0 {
		// "die drei", "zwei der": a number word without a noun counts only
		// if its clause says what happened ("drei werden vermisst") or
		// what it answers; setFrames decides (tentative).
		f.tentative = c.words && !c.vague
		f.Kind = KindOther
	} else if one {
		f.tentative = true
	}
	if f.Kind == "" {
		f.Kind = KindCount
	}
	if subjStart >= 0 {
		f.Subject = x.p.Text[x.toks[subjStart].start:x.toks[subjEnd].end]
		f.noun = x.nominalSubject(subjStart, subjEnd)
		if f.Kind == KindPercent {
			// The whole a share is of: its last noun in German ("der gegen
			// die Ukraine verwendeten Munition").
			f.shareHead = subjEnd
			if x.lang == "en" {
				f.shareHead, _ = x.headOf(subjStart, subjEnd)
			}
		}
	}
	x.classify(f, first, last, subjStart, subjEnd)

	f.Start, f.End = x.toks[first].start, x.toks[last].end
	f.Text = x.p.Text[f.Start:f.End]
	f.Value = c.value
	f.Qualifier = q
	switch q {
	case Exact, Approx:
		f.Low, f.High = ptr(c.value), ptr(c.value)
	case AtLeast:
		f.Low = ptr(c.value)
	case AtMost:
		f.High = ptr(c.value)
	case Range:
		f.Low, f.High = ptr(low), ptr(high)
		f.Value = (low + high) / 2
	case Vague:
		f.Low, f.High = ptr(low), ptr(high)
	}
	f.Sentence, f.sentenceOffset = x.sentenceText(f.sentence, f.Start, f.End)
	f.Estimate = est || x.sentenceHasEstimate(f.sentence, k)
	src := x.parenSource(last)
	x.cued = src.ok()
	if !src.ok() {
		src = x.attribution(f.sentence, k)
	}
	f.saidBy = x.cued
	f.Attribution, f.AttributionText = x.sourceText(src)
	if src.ok() {
		f.srcStart, f.srcEnd = x.toks[src.start].start, x.toks[src.end].end
	}
	x.dispute(f, first, src)
	f.lang, f.first, f.last, f.src = x.lang, first, last, src
	return f, last + 1
}

func ptr(v float64) *float64 { return &v }

// isConversion reports a figure f that alone fills a parenthesis right
// after the figure prev: "(38 square miles)", "($2.8 billion)", "(24 ft)".
// It restates prev in another unit; it is no claim of its own.
func (x *extractor) isConversion(prev, f *Figure) bool {
	open := f.first - 1
	return open >= 0 && open == prev.last+1 && x.tokText(open) == "(" && x.tokText(f.last+1) == ")"
}

func (x *extractor) tokText(k int) string {
	if k >= 0 && k < len(x.toks) {
		return x.toks[k].text
	}
	return ""
}

func (x *extractor) isDash(k int) bool {
	return k+1 < len(x.toks) && (isPunct(x.toks[k], "-") || isPunct(x.toks[k], "–") || isPunct(x.toks[k], "—"))
}

func (x *extractor) tokAt(k int) token {
	if k >= 0 && k < len(x.toks) {
		return x.toks[k]
	}
	return token{kind: tPunct}
}

// sentenceEndsAt reports whether a sentence of the paragraph ends at byte i.
func (x *extractor) sentenceEndsAt(i int) bool {
	j := sort.Search(len(x.spans), func(j int) bool { return x.spans[j].End >= i })
	return j < len(x.spans) && x.spans[j].End == i || i >= len(x.p.Text)
}

// countedWord reports whether token k is a unit or a noun that is counted.
func (x *extractor) countedWord(k int) bool {
	w := x.word(k)
	if w == "" {
		_, ok := unitWords[x.tokText(k)]
		return ok
	}
	_, unit := unitWords[w]
	return unit || isCountedNoun(w) || stateAdjectives[w]
}

// actorAt returns the country named by token k, joining English
// two-word nationalities ("North Korean").
func (x *extractor) actorAt(k int) string {
	t := x.toks[k]
	if x.lang == "en" && isUpperWord(t) && isUpperWord(x.tokAt(k+1)) {
		if a := actorOf(t.low + "-" + x.toks[k+1].low); a != "" {
			return a
		}
	}
	if x.lang == "en" && k > 0 && isUpperWord(x.tokAt(k-1)) {
		if a := actorOf(x.toks[k-1].low + "-" + t.low); a != "" {
			return a
		}
	}
	if t.low == "korean" || t.low == "koreanische" || t.low == "koreanischen" {
		return ""
	}
	return actorOf(t.low)
}

// sentenceHasEstimate reports an estimate word in sentence s, within the
// context window around token at.
func (x *extractor) sentenceHasEstimate(s, at int) bool {
	from, to := x.window(s, at)
	for k := from; k < to; k++ {
		t := x.toks[k]
		if t.kind != tWord {
			continue
		}
		for _, part := range strings.Split(t.low, "-") {
			for _, st := range estimateStems {
				if strings.HasPrefix(part, st) {
					return true
				}
			}
		}
	}
	return false
}

// isAcronym: "NIS", "NATO", "ISW": two to six capitals.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
