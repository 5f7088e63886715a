package figures

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"quellen/corpus/article"
	"quellen/corpus/internal/lang"
)

// Extract finds the figures in one article: in body paragraphs,
// headings and captions, never in boilerplate or meta lines. IDs are left at
// zero and Group at -1; ExtractAll numbers them.
func Extract(a *article.Article) []*Figure {
	var out []*Figure
	var sig *storySig
	paras := a.Paragraphs
	if h, ok := headline(a); ok {
		paras = append([]article.Paragraph{h}, paras...)
	}
	for i := range paras {
		p := &paras[i]
		if p.Kind != article.Body && p.Kind != article.Heading && p.Kind != article.Caption || !mayHoldNumber(p.Text) {
			continue
		}
		x := newExtractor(a, p)
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
		x.inheritSubjects(here)
		x.setPlaces(here)
		if sig == nil && len(here) > 0 {
			sig = signature(a)
		}
		for _, f := range here {
			f.story = sig
		}
		out = append(out, here...)
	}
	return dropRepeatedHeadline(a, out)
}

// dropRepeatedHeadline drops a headline figure the body repeats (same value
// and unit family): a title and its article are one report, not two.
// Plain text keeps its title as the first paragraph, which counts alike.
func dropRepeatedHeadline(a *article.Article, figs []*Figure) []*Figure {
	title := strings.TrimSpace(a.Title)
	inTitle := func(f *Figure) bool {
		return f.Paragraph < 0 || title != "" && f.Paragraph < len(a.Paragraphs) &&
			strings.TrimSpace(a.Paragraphs[f.Paragraph].Text) == title
	}
	out := figs[:0]
	for _, f := range figs {
		if !inTitle(f) || !repeatedInBody(f, figs, inTitle) {
			out = append(out, f)
		}
	}
	return out
}

func repeatedInBody(h *Figure, figs []*Figure, inTitle func(*Figure) bool) bool {
	for _, f := range figs {
		if !inTitle(f) && f.Value == h.Value && f.Kind == h.Kind && sameUnitFamily(f.Unit, h.Unit) {
			// The body figure keeps the headline's claim for grouping.
			f.headlineAttr = append(f.headlineAttr, h.Attribution)
			return true
		}
	}
	return false
}

// sameUnitFamily: equal units, or one side counts only "people" or
// nothing named, which the other side names more precisely ("14" in a
// headline and "14 Tote" in the body).
func sameUnitFamily(a, b string) bool {
	return a == b || a == "" || b == "" || a == "people" || b == "people"
}

// headline is the article's title as a paragraph (Index -1) when no
// paragraph holds it: HTML and Markdown take the title out of the text,
// plain text keeps it as its first paragraph, and a headline figure ("14
// Tote, Schaden bis zu drei Milliarden Euro") must count alike in both.
func headline(a *article.Article) (article.Paragraph, bool) {
	title := strings.TrimSpace(a.Title)
	if title == "" || !mayHoldNumber(title) {
		return article.Paragraph{}, false
	}
	for i := range a.Paragraphs {
		if strings.TrimSpace(a.Paragraphs[i].Text) == title {
			return article.Paragraph{}, false
		}
	}
	return article.Paragraph{Index: -1, Kind: article.Heading, Text: title, Sentences: article.SplitSentences(title)}, true
}

// mayHoldNumber is a quick scan for a digit or a word that may start a
// number word; most paragraphs of prose have neither and skip tokenizing.
func mayHoldNumber(text string) bool {
	var buf [4]byte
	inWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if isDigit(c) {
			return true
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
		if letter && !inWord {
			n := 0
			for j := i; j < len(text) && n < 4; j++ {
				d := text[j]
				if d >= 'A' && d <= 'Z' {
					d += 'a' - 'A'
				} else if !(d >= 'a' && d <= 'z' || d >= 0x80) {
					break
				}
				buf[n] = d
				n++
			}
			if numberWordPrefixes[string(buf[:n])] {
				return true
			}
		}
		inWord = letter
	}
	return false
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
}

func newExtractor(a *article.Article, p *article.Paragraph) *extractor {
	lang := a.Lang
	if lang != "en" {
		lang = "de"
	}
	x := &extractor{a: a, p: p, lang: lang, toks: tokenize(p.Text, lang), attr: map[int]string{}}
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
	if w := x.word(k); !ok && (w == "one" || w == "ein" || w == "eine" || w == "einer") {
		// "one in five", "einer von zehn": "one" counts only in a ratio.
		c, ok = numRead{first: k, next: k + 1, value: 1, raw: 1, mag: 1, words: true}, true
		if _, ratio := x.ratioAfter(c); !ratio {
			return nil, 0
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
	end, subjStart, subjEnd := x.countedAfter(c.next, f)
	if f.scale != 0 {
		// A unit converted to the normalised one: "742 Zentimeter" is 7.42 m.
		c.value, low, high = c.value*f.scale, low*f.scale, high*f.scale
	}
	if end > c.next {
		last = end - 1
	}
	if f.Kind == "" && subjStart < 0 {
		if c.words && !c.vague {
			return nil, 0 // "die drei", "zwei der": no count without a noun
		}
		f.Kind = KindOther
	}
	if f.Kind == "" {
		f.Kind = KindCount
	}
	if subjStart >= 0 {
		f.Subject = x.p.Text[x.toks[subjStart].start:x.toks[subjEnd].end]
		f.noun = x.nominalSubject(subjStart, subjEnd)
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
	f.Sentence = x.sentenceText(f.sentence, f.Start, f.End)
	f.Estimate = est || x.sentenceHasEstimate(f.sentence, k)
	src := x.parenSource(last)
	if !src.ok() {
		src = x.attribution(f.sentence, k)
	}
	f.Attribution, f.AttributionText = x.sourceText(src)
	x.dispute(f, first, src)
	f.lang, f.first, f.last, f.src = x.lang, first, last, src
	f.scope = x.scopeAt(f.sentence, k)
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

// countable rejects numbers that count nothing: years, dates, times,
// ordinals, model names, scores, phone numbers, IDs, parts of compound
// adjectives ("120-tägigen").
func (x *extractor) countable(c numRead) bool {
	k := c.first
	t := x.toks[k]
	if c.words {
		// Number words count only in lower case, or at a sentence start.
		if isUpperWord(t) && k > 0 && x.sent[k-1] == x.sent[k] && !isPunct(x.toks[k-1], "„") && !isPunct(x.toks[k-1], "\"") {
			return c.vague
		}
		// "zweitägigen" is one word; "Sechs-Parteien" is, too. A trailing
		// hyphen is a suspended compound only before "bis"/"oder"/"und".
		if x.isDash(c.next) && x.glued(c.next) {
			w := x.word(c.next + 1)
			return w == "bis" || w == "oder" || w == "und" || w == "to" || w == "or"
		}
		return true
	}
	n := t.num
	if n.date || n.zero || n.plain && n.digits >= 7 {
		return false
	}
	prev, next := x.tokAt(k-1), x.tokAt(c.next)
	// Glued to letters or code punctuation on the left: "A380", "F-16", "#5".
	if x.glued(k) && k > 0 {
		switch {
		case prev.kind == tWord:
			return false
		case strings.Contains("-_/#@+§.:", prev.text) && prev.kind == tPunct:
			if prev.text != "-" || x.tokAt(k-2).kind == tWord || x.tokAt(k-2).kind == tNum && x.glued(k-1) {
				return false
			}
		}
	}
	// Glued on the right: "1960er", "21st", "2022/23", "14:30", "5G".
	if c.next < len(x.toks) && x.glued(c.next) {
		switch {
		case next.kind == tWord && c.mag == 1:
			_, unit := unitWords[next.low]
			money := (next.low == "m" || next.low == "k") && moneySymbols[prev.text] != ""
			if !unit && !money {
				return false
			}
		case next.text == "/" || next.text == ":" || next.text == "_":
			return false
		case next.text == "-" && x.tokAt(c.next+1).kind == tWord && x.glued(c.next+1):
			return false // "120-tägigen", "30-jährige"
		case next.text == "." && n.plain && x.lang == "de" && !x.sentenceEndsAt(next.end):
			return false // "21. Jahrhundert", "27. Juli", "8. und 13. Oktober"
		}
	}
	// Part of a longer digit sequence: "030 1234 5678".
	if prev.kind == tNum || next.kind == tNum && !x.isDash(c.next) {
		return false
	}
	if designators[x.word(k-1)] || isPunct(prev, "§") || x.isCode(k) {
		return false
	}
	if x.isAge(k, c.next) || x.endsTimeRange(c.next) {
		return false
	}
	// "Oct. 21", "Sept. 16": an abbreviated month with its period.
	if c.mag == 1 && n.plain && c.value <= 31 && isPunct(prev, ".") && x.glued(k-1) && months[x.word(k-2)] {
		return false
	}
	if timeWords[x.word(c.next)] || (x.word(c.next) == "a" || x.word(c.next) == "p") && x.glued(c.next+1) {
		return false
	}
	if c.mag == 1 && n.plain && c.value <= 31 && (months[x.word(k-1)] || months[x.word(c.next)]) {
		return false // "December 17", "17 December"
	}
	if c.mag == 1 && n.plain && n.digits == 4 && c.value >= 1000 && c.value <= 2100 {
		w := x.word(k - 1)
		if yearContext[w] || months[w] || strings.HasSuffix(w, "jahr") {
			return false
		}
		if c.value >= 1900 && !x.countedWord(c.next) {
			return false
		}
	}
	return true
}

// isCode reports a number that names a road, a train, a line or a class
// with the letters before it: "B 172", "A 4", "ICE 599", "RE 5", "S 1".
// One to four capitals and a plain number, with nothing counted after it.
func (x *extractor) isCode(k int) bool {
	prev := x.tokAt(k - 1)
	if prev.kind != tWord || len(prev.text) > 4 || x.glued(k) || !x.toks[k].num.plain {
		return false
	}
	for i := 0; i < len(prev.text); i++ {
		if c := prev.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	if _, unit := unitWords[prev.low]; unit || moneySymbols[prev.text] != "" || actorOf(prev.low) != "" {
		return false
	}
	return !x.countedWord(k + 1)
}

// isAge reports an age after a name: "Renate Müller, 71, sagte",
// "Oksana Bondarenko (34)", "- Dimitra Kostopoulou, 64".
func (x *extractor) isAge(k, next int) bool {
	t := x.toks[k]
	if !t.num.plain || t.num.digits > 3 || t.num.value > 120 {
		return false
	}
	open := x.tokAt(k - 1)
	name := x.tokAt(k - 2)
	if !(isPunct(open, ",") || isPunct(open, "(")) || !isUpperWord(name) || months[name.low] || weekdays[name.low] || x.countedWord(k-2) {
		return false
	}
	if next >= len(x.toks) {
		return true
	}
	nt := x.toks[next]
	return nt.kind == tPunct && (nt.text == "," || nt.text == ")" || nt.text == "." || nt.text == ";" || nt.text == "\"" || nt.text == "”" || nt.text == "“")
}

// endsTimeRange reports "8 bis 18 Uhr", "9 to 5 pm": the first number of
// a range of times of day.
func (x *extractor) endsTimeRange(next int) bool {
	w := x.word(next)
	if !(w == "bis" || w == "to" || w == "until" || x.isDash(next)) {
		return false
	}
	j := next + 1
	if x.tokAt(j).kind != tNum {
		return false
	}
	return timeWords[x.word(j+1)]
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
	return unit || nounFamilies[stem(w)] != "" || casualtyWords[w] != ""
}

// qualifierBefore matches the longest qualifier phrase that ends right before
// token k. It returns Exact and -1 when there is none.
func (x *extractor) qualifierBefore(k int) (Qualifier, int, bool) {
	best, bestStart, est := Exact, -1, false
	for _, qp := range qualifierPhrases {
		n := len(qp.words)
		if k-n < 0 || (bestStart >= 0 && k-n >= bestStart) {
			continue
		}
		match := true
		for i, w := range qp.words {
			t := x.toks[k-n+i]
			if t.low != w || x.sent[k-n+i] != x.sent[k] {
				match = false
				break
			}
		}
		if match {
			best, bestStart, est = qp.q, k-n, qp.estimate
		}
	}
	// "ein Programm über 150 Millionen Euro", "ein Scheck über 500 Euro":
	// after a document or a sum "über" states its amount, not a minimum.
	if bestStart >= 0 && k-bestStart == 1 && x.word(bestStart) == "über" && amountNoun(x.word(bestStart-1)) {
		return Exact, -1, false
	}
	return best, bestStart, est
}

// amountNouns end German nouns of a document, a programme or a sum that
// take "über" for their amount ("Soforthilfeprogramm", "Rechnung",
// "Kreditvertrag").
var amountNouns = []string{"programm", "paket", "summe", "rechnung", "scheck", "kredit", "darlehen", "vertrag",
	"auftrag", "bürgschaft", "anleihe", "etat", "budget", "fonds", "vereinbarung", "zusage", "spende", "überweisung",
	"forderung", "klage", "bescheid", "strafe", "bußgeld", "vergleich", "angebot", "investition", "beschluss",
	"gesetz", "antrag", "nachtragshaushalt", "hilfe", "wette", "police", "gutschein", "betrag", "zahlung"}

func amountNoun(w string) bool {
	if w == "" {
		return false
	}
	for _, n := range amountNouns {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// rangeAfter reads the upper bound of a range after the number c:
// "10.000 bis 12.000", "zwischen 10 und 12", "11,000-12,000", "10 to 12".
func (x *extractor) rangeAfter(c numRead, between bool) (numRead, bool) {
	j := c.next
	if j >= len(x.toks) {
		return numRead{}, false
	}
	switch {
	case x.isDash(j):
		if c.words {
			j++ // "zehn- bis zwölftausend"
			break
		}
		if !x.glued(j) && x.toks[j].text == "-" {
			return numRead{}, false
		}
		r, ok := readNumber(x.p.Text, x.toks, j+1, x.lang)
		return r, ok && !r.vague && r.first < len(x.toks) && x.toks[r.first].kind == tNum && !x.toks[r.first].num.date
	}
	switch w := x.word(j); {
	case w == "bis" || w == "to" || w == "oder" || w == "or":
		j++
		if x.word(j) == "zu" {
			j++
		}
	case (w == "und" || w == "and") && between:
		j++
	default:
		return numRead{}, false
	}
	if j >= len(x.toks) {
		return numRead{}, false
	}
	r, ok := readNumber(x.p.Text, x.toks, j, x.lang)
	if !ok || r.vague || !x.countable(r) {
		return numRead{}, false
	}
	return r, true
}

// ratioAfter reads the whole of a ratio after the number c: "vier von
// fünf", "one in five", "3 out of 10", "two of three". The whole is a plain
// small number larger than the part, so "10 in 2024" is no ratio.
func (x *extractor) ratioAfter(c numRead) (numRead, bool) {
	j := c.next
	switch w := x.word(j); {
	case w == "von" || w == "in" || w == "of" || w == "aus":
		j++
	case w == "out" && x.word(j+1) == "of":
		j += 2
	default:
		return numRead{}, false
	}
	if c.vague || c.mag != 1 || c.value != math.Trunc(c.value) || j >= len(x.toks) {
		return numRead{}, false
	}
	r, ok := readNumber(x.p.Text, x.toks, j, x.lang)
	if !ok || r.vague || r.mag != 1 || r.value != math.Trunc(r.value) || r.value <= c.value || r.value > 100 {
		return numRead{}, false
	}
	if t := x.toks[r.first]; t.kind == tNum && (!t.num.plain || t.num.date) {
		return numRead{}, false
	}
	if !x.countable(r) {
		return numRead{}, false
	}
	if u, ok := unitWords[x.word(r.next)]; ok && u.kind == KindDuration {
		return numRead{}, false // "5 in 10 Tagen": within, not out of
	}
	return r, true
}

// modelCodeEnd skips a model or type code at token j, letters glued to
// digits ("NH90", "CL-415", "A400M"), and returns the token after it (j
// when there is none): a code names the type of what is counted.
func (x *extractor) modelCodeEnd(j int) int {
	t := x.tokAt(j)
	if t.kind != tWord || !x.glued(j+1) {
		return j
	}
	k := j + 1
	if x.isDash(k) && x.tokAt(k+1).kind == tNum && x.glued(k+1) {
		k++
	}
	if x.tokAt(k).kind != tNum {
		return j
	}
	k++
	if x.tokAt(k).kind == tWord && x.glued(k) && len(x.toks[k].text) <= 2 {
		k++ // "A400M"
	}
	return k
}

// deStop are German words that end a counted-noun phrase although they look
// like inflected adjectives.
var deStop = lang.Words(`der die das den dem des ein eine einen einem einer eines sein seine seinen seiner ihre ihren ihrer
	unsere unserer diese dieser diesen dieses jene jener welche welcher sie er es wir ihr nicht auch noch aber oder und sowie
	haben werden wurden sind waren worden seien hätten wären könnten sollen sollten müssen dürfen wollen wollten gegen
	neben unter über hinter zwischen ohne seit bereits mehr weniger je pro jede jeder jedes alle allen aller man eben
	eine gerade schon gleiche gleichen`)

// isDeAdjective: a lower-case word with an adjective ending ("aktiven",
// "nordkoreanische", "verletzten").
func isDeAdjective(t token) bool {
	if t.kind != tWord || isUpperWord(t) || deStop[t.low] || len(t.low) < 4 {
		return false
	}
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(t.low, suf) {
			return true
		}
	}
	return false
}

// countedAfter reads what is counted after the number: a unit ("Prozent",
// "US-Dollar", "km") or a noun phrase ("nordkoreanische Soldaten",
// "Containern mit Munition", "North Korean troops"). It sets f.Kind and
// f.Unit for units and returns the token after the phrase and the subject's
// token range (-1 when there is no subject).
func (x *extractor) countedAfter(j int, f *Figure) (end, subjStart, subjEnd int) {
	end, subjStart, subjEnd = j, -1, -1
	if j >= len(x.toks) {
		return
	}
	t := x.toks[j]
	key := t.low
	if t.kind == tPunct {
		key = t.text
	}
	if x.lang == "en" && key == "per" && x.word(j+1) == "cent" {
		key, j = "percent", j+1
	}
	key, j = x.compoundUnit(key, j)
	if u, ok := unitWords[key]; ok && (f.Kind == "" || f.Kind == KindMoney && u.kind == KindMoney) {
		f.Kind, f.Unit, f.scale = u.kind, u.unit, u.scale
		end = j + 1
		if u.kind == KindPercent {
			// "40 Prozent der ... Munition", "40 percent of the ammunition".
			w := x.word(end)
			if w == "der" || w == "des" || w == "von" || w == "of" {
				if s, e, ok := x.sharePhrase(end + 1); ok {
					return e + 1, s, e
				}
			}
		}
		return end, -1, -1
	}
	if f.Kind == KindMoney {
		return end, -1, -1
	}
	// A quoted figure: "von „rund 8000“ Teilnehmenden".
	if t.kind == tPunct && (t.text == "“" || t.text == "”" || t.text == "\"") && x.glued(j) && j+1 < len(x.toks) && !x.glued(j+1) {
		j++
	}
	var s, e int
	var ok bool
	if x.lang == "en" {
		s, e, ok = x.enNounPhrase(j)
	} else {
		s, e, ok = x.deNounPhrase(j)
	}
	if !ok {
		return end, -1, -1
	}
	return e + 1, s, e
}

// compoundUnit joins a unit written in several tokens into one key and
// returns it with its last token: "km/h", "km²", "square kilometres",
// "Kilometer pro Stunde", "kilometres per hour".
func (x *extractor) compoundUnit(key string, j int) (string, int) {
	switch key {
	case "square", "sq":
		switch w := x.word(j + 1); w {
		case "kilometres", "kilometers", "kilometre", "kilometer", "km":
			return "square-kilometres", j + 1
		case "miles", "mile", "mi":
			return "square-miles", j + 1
		}
	case "km", "kilometer", "kilometern", "kilometres", "kilometers":
		if x.glued(j+1) && x.tokText(j+1) == "/" && x.word(j+2) == "h" && x.glued(j+2) {
			return "km/h", j + 2
		}
		if key == "km" && x.glued(j+1) && (x.tokText(j+1) == "²" || x.tokText(j+1) == "2") {
			return "km²", j + 1
		}
		if w := x.word(j + 1); (w == "pro" || w == "per" || w == "an" || w == "in" || w == "je") && (x.word(j+2) == "stunde" || x.word(j+2) == "hour") {
			return "km/h", j + 2
		}
	}
	return key, j
}

// deNounPhrase reads "[adjectives] Noun [, Noun oder Noun] [mit|aus Noun]".
func (x *extractor) deNounPhrase(j int) (start, end int, ok bool) {
	start = j
	if e := x.modelCodeEnd(j); e > j {
		j = e // "NH90-Hubschrauber"
		if x.isDash(j) && x.glued(j) && x.glued(j+1) {
			j++
		}
	}
	n := 0
	for j < len(x.toks) && n < 5 && x.sent[j] == x.sent[start] {
		t := x.toks[j]
		if isDeAdjective(t) {
			j++
			n++
			continue
		}
		if (t.low == "oder" || t.low == "und" || t.low == "bzw") && n > 0 && isDeAdjective(x.tokAt(j+1)) {
			j++
			continue
		}
		break
	}
	if j >= len(x.toks) || !isUpperWord(x.toks[j]) || x.sent[j] != x.sent[start] {
		return 0, 0, false
	}
	end = j
	// Coordinated nouns of the same sort: "Toten, Verletzten oder Vermissten".
	for {
		k := end + 1
		w := x.tokAt(k)
		if !(isPunct(w, ",") || w.low == "oder" || w.low == "und" || w.low == "sowie") {
			break
		}
		nxt := x.tokAt(k + 1)
		if !isUpperWord(nxt) || casualtyWords[nxt.low] == "" && nounFamilies[stem(nxt.low)] == "" {
			break
		}
		end = k + 1
	}
	// One attachment: "Containern mit Munition", "Soldaten aus Nordkorea".
	if w := x.word(end + 1); (w == "mit" || w == "aus") && isUpperWord(x.tokAt(end+2)) && x.sent[end+2] == x.sent[start] {
		end += 2
	}
	return start, end, true
}

// enNounPhrase reads "[Nationality] [modifiers] noun [of noun]".
func (x *extractor) enNounPhrase(j int) (start, end int, ok bool) {
	if x.word(j) == "of" { // "thousands of troops"
		j++
		if x.word(j) == "the" {
			j++
		}
	}
	start, end = j, -1
	for n := 0; j < len(x.toks) && n < 5 && x.sent[j] == x.sent[start]; n++ {
		if e := x.modelCodeEnd(j); e > j && e < len(x.toks) && x.sent[e-1] == x.sent[start] {
			end, j = e-1, e // "NH90 helicopters", "Canadair CL-415 water bombers"
			continue
		}
		t := x.toks[j]
		if t.kind != tWord || enStopWords[t.low] || months[t.low] && isUpperWord(t) {
			break
		}
		if end >= 0 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) {
			break
		}
		end = j
		j++
		if nounFamilies[stem(t.low)] != "" && casualtyWords[t.low] == "" {
			break
		}
		if casualtyWords[t.low] != "" && (x.tokAt(j).kind != tWord || enStopWords[x.word(j)]) {
			break // "300 killed", but "500 wounded soldiers"
		}
	}
	if end < 0 {
		return 0, 0, false
	}
	if x.word(end+1) == "of" && x.tokAt(end+2).kind == tWord && !enStopWords[x.word(end+2)] && x.sent[end+2] == x.sent[start] {
		end += 2 // "containers of ammunition"
	}
	return start, end, true
}

// sharePhrase reads what a percentage is a share of: "der gegen die
// Ukraine verwendeten Munition" -> ends at "Munition".
func (x *extractor) sharePhrase(j int) (start, end int, ok bool) {
	if x.lang == "en" {
		if x.word(j) == "the" {
			j++
		}
		return x.enNounPhrase(j)
	}
	start, end = j, -1
	for ; j < len(x.toks) && j-start < 9 && x.sent[j] == x.sent[start]; j++ {
		t := x.toks[j]
		if isUpperWord(t) {
			end = j
			// An embedded phrase goes on to a later noun: "der gegen die
			// Ukraine verwendeten Munition"; otherwise this is the head.
			k := j + 1
			for k < len(x.toks) && isDeAdjective(x.toks[k]) {
				k++
			}
			if k == j+1 || !isUpperWord(x.tokAt(k)) {
				break
			}
			continue
		}
		if !determiners[t.low] && !isDeAdjective(t) && !deSharePreps[t.low] {
			break
		}
	}
	return start, end, end >= 0
}

var deSharePreps = lang.Words(`gegen für von in an auf aus mit bei nach zu im am vom zum zur`)

// classify sets unit, actor and status from the counted phrase and the words
// around the number: "verletzten oder getöteten Soldaten" are casualties,
// "nordkoreanische Soldaten" have an actor.
func (x *extractor) classify(f *Figure, first, last, subjStart, subjEnd int) {
	if f.Kind != KindCount && f.Kind != KindOther {
		return
	}
	cas := map[string]bool{}
	family := ""
	if subjStart >= 0 {
		for k := subjStart; k <= subjEnd; k++ {
			t := x.toks[k]
			if t.kind != tWord {
				continue
			}
			if c := casualtyWords[t.low]; c != "" {
				cas[c] = true
			}
			if s := statusWords[t.low]; s != "" {
				f.status = s
			}
			if a := x.actorAt(k); a != "" && f.Actor == "" {
				f.Actor = a
			}
			if fam := nounFamilies[stem(t.low)]; fam != "" && (isUpperWord(t) || x.lang == "en") {
				family = fam
			}
		}
		if family == "" {
			family = stem(x.toks[subjEnd].low)
			// "Containern mit Munition": the head is the first noun.
			for k := subjStart; k <= subjEnd; k++ {
				if isUpperWord(x.toks[k]) || x.lang == "en" && x.toks[k].kind == tWord {
					if x.lang == "de" || k == subjEnd || x.word(k+1) == "of" {
						family = stem(x.toks[k].low)
						break
					}
				}
			}
		}
	}
	// Participles after the phrase: "Hunderte gefallen", "300 people were killed".
	for k := last + 1; k < len(x.toks) && k <= last+6 && x.sent[k] == f.sentence && x.toks[k].kind == tWord; k++ {
		if c := casualtyWords[x.toks[k].low]; c != "" && c != "casualties" {
			cas[c] = true
		}
	}
	// Actor in a genitive before the number: "Nordkoreas 12.000 Soldaten", "Russia's".
	if f.Actor == "" {
		w := x.word(first - 1)
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if base == w {
			base = strings.TrimSuffix(w, "s")
		}
		if a := countries[base]; a != "" && base != w && isUpperWord(x.tokAt(first-1)) {
			f.Actor = a
		}
	}
	if f.Kind == KindOther {
		if len(cas) == 0 {
			return
		}
		f.Kind = KindCount // "Hunderte gefallen"
	}
	switch {
	case cas["casualties"] || len(cas) >= 2:
		f.Unit = "casualties"
	case len(cas) == 1:
		for c := range cas {
			f.Unit = c
		}
	default:
		f.Unit = family
	}
	switch {
	case f.Unit == "people" && x.killsPeople(first, last, f.sentence):
		f.Unit = "killed" // "kostete 14 Menschen das Leben", "killed 14 people"
	case f.Unit == "participants" && x.aboutStrike():
		f.Unit = "workers" // those taking part in a strike are the strikers
	}
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
