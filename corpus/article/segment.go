package article

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// block is a paragraph as a format parser found it, before classification.
// hint is the kind the markup already states (an HTML <h2> is a heading, a
// <figcaption> a caption); empty when the format says nothing.
type block struct {
	text string
	hint ParagraphKind
}

// docMeta is what a file says about itself (front matter, <meta>, date line).
type docMeta struct {
	title, date, source, url string
}

// buildArticle classifies blocks into paragraphs, splits sentences and picks
// title, date and language.
func buildArticle(id string, meta docMeta, blocks []block) *Article {
	a := &Article{ID: id, Date: meta.date, Source: meta.source, URL: meta.url}
	var paras []Paragraph
	for _, b := range blocks {
		t := NormalizeSpace(b.text)
		if t == "" {
			continue
		}
		paras = append(paras, Paragraph{Index: len(paras), Kind: b.hint, Text: t})
	}
	classify(paras)
	inParallel(len(paras), func(from, to int) {
		for i := from; i < to; i++ {
			paras[i].Sentences = SplitSentences(paras[i].Text)
		}
	})
	a.Paragraphs = paras
	a.Lang = detectLang(paras)
	for _, p := range paras {
		if p.Kind == Body || p.Kind == Heading {
			a.Words += countWords(p.Text)
		}
	}
	if a.Date == "" {
		a.Date = textDate(paras)
	}
	if a.Source == "" {
		a.Source = textSource(paras)
	}
	a.Title = meta.title
	if a.Title == "" {
		a.Title = pickTitle(paras)
	}
	if a.Title == "" {
		a.Title = id
	}
	return a
}

// countWords counts runs of non-space, like len(strings.Fields(s)) but
// without building the slice: it runs for every paragraph.
func countWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		if isSpaceRune(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// Patterns for page furniture. They describe the shape of things that
// appear on many news sites, not the strings of any one article.
var (
	// A date line: "date 2024-10", "Datum: 12.10.2024", "Stand: 3. Mai 2024".
	dateLineRe = regexp.MustCompile(`(?i)^(date|datum|stand|published|veröffentlicht|aktualisiert|updated)\s*:?\s+(\d{4}-\d{2}(-\d{2})?|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\b`)

	// A file name standing alone: "209062_569_209062_cover.jpg".
	fileNameRe = regexp.MustCompile(`(?i)^[\w.\-/]+\.(jpe?g|png|gif|webp|svg|avif|bmp|tiff?|mp4|mov|webm|mp3|pdf|docx?|xlsx?|zip)$`)

	// Photo credits: "© Uncredited/AP/dpa | Uncredited", "Foto: dpa",
	// "Photo: Reuters", "(Bild: picture alliance)", "Image credit: ...".
	creditRe = regexp.MustCompile(`(?i)(^[(\[]?\s*(©|\(c\)|copyright\b)|^[(\[]?\s*(fotos?|bilder?|photos?|photographs?|images?|credits?|bildquelle|quelle|grafik|illustration|video)\s*(credit)?\s*:|[.!?]\s+(fotos?|bild|photos?|photograph|image|credit)\s*:\s*[^.!?:]{2,80}$|\b\p{Lu}[\p{L}-]*/(dpa|afp|ap|reuters|getty|imago|epa|keystone|picture alliance)\b|\|\s*(dpa|afp|ap|reuters|getty images|imago)\s*$)`)

	// A paragraph that starts with a credit.
	creditStartRe = regexp.MustCompile(`(?i)^[(\[]?\s*(©|\(c\)|copyright\b|(fotos?|bilder?|photos?|photographs?|images?|credits?|bildquelle)\s*:)`)

	// Labels that introduce links to other stories, in German and English,
	// alone on their line. A set rather than a regular expression: it is
	// asked about every short line, and a case-folding alternation made
	// files of a million short lines take seconds.
	teaserLabelRe = newLabelSet("auch interessant", "lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr dazu", "weitere artikel", "weiterlesen", "empfehlungen der redaktion", "unsere empfehlungen", "das könnte sie auch interessieren", "das könnte sie interessieren", "passend dazu", "zum thema", "verwandte artikel", "meistgelesen", "top-artikel", "anzeige", "werbung", "read more", "read also", "related", "related articles", "related stories", "related coverage", "more on this", "more on this story", "recommended", "recommended for you", "most read", "most popular", "you may also like", "see also", "advertisement", "sponsored")

	// A teaser label with its headline on the same line: "Lesen Sie auch:
	// Warum …", "Read also: …", "Mehr zum Thema: …".
	teaserInlineRe = regexp.MustCompile(`(?i)^(auch interessant|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|weitere artikel|weiterlesen|passend dazu|zum thema|verwandte artikel|das könnte sie auch interessieren|read more|read also|also read|related( articles| stories| coverage)?|more on this( story)?|see also|schlagworte|schlagwörter|stichworte|tags|topics|themen)\s*:\s*\S`)

	// A rule drawn with characters: "___", "* * *", "-----".
	ruleLineRe = regexp.MustCompile(`^[\s_*=~#·•-]{3,}$`)

	// "Follow AP's coverage of wildfires at https://…", "Folgen Sie uns auf …".
	followRe = regexp.MustCompile(`(?i)^(follow|folgen sie)\b.{0,160}(https?://|www\.|@\w|\b(twitter|facebook|instagram|x|whatsapp|telegram)\b)`)

	// A copyright notice of the site rather than of a photo: it names a year
	// or site links.
	siteCopyrightRe = regexp.MustCompile(`(?i)^(©|\(c\)|copyright)\s*((19|20)\d{2}\b|.{0,80}\b((19|20)\d{2}|impressum|kontakt|datenschutz|all rights|alle rechte|terms|privacy)\b)`)

	// Sign-up boxes and consent text.
	// Literal phrases, matched case-insensitively: a case-folding regexp
	// alternation was the slowest step of loading.
	signupRe = foldSet{"newsletter", "werbevereinbarung", "datenschutzerklärung", "datenschutzhinweise", "jetzt abonnieren", "jetzt anmelden", "abonnieren sie", "melden sie sich", "sign up", "subscribe", "privacy policy", "cookie", "terms of use", "terms of service", "all rights reserved", "alle rechte vorbehalten"}

	// Appeals that stand on their own: a membership pitch or a newsletter
	// pitch in one paragraph. Unlike a sign-up box they take no neighbours.
	appealRe = foldSet{"kostenlos abonnieren", "in ihrem postfach", "in ihr postfach", "in your inbox", "support independent journalism", "unabhängigen journalismus", "become a member", "werden sie mitglied", "unterstützen sie uns", "support our journalism"}
)

// labelSet matches a line that is one of its lower-case phrases, ignoring
// case, perhaps followed by a colon.
type labelSet struct {
	phrases map[string]bool
	longest int
}

func newLabelSet(phrases ...string) labelSet {
	l := labelSet{phrases: map[string]bool{}}
	for _, p := range phrases {
		l.phrases[p] = true
		l.longest = max(l.longest, len(p))
	}
	return l
}

func (l labelSet) MatchString(s string) bool {
	s = strings.TrimRightFunc(strings.TrimSuffix(s, ":"), unicode.IsSpace)
	// Upper and lower case of a letter differ in length by a byte or two.
	if len(s) > 2*l.longest {
		return false
	}
	var buf [128]byte
	return l.phrases[string(lowerInto(buf[:0], s))] // no copy: a map index
}

// foldSet matches text that holds one of its lower-case phrases, ignoring
// case.
type foldSet []string

func (f foldSet) MatchString(s string) bool {
	var buf [512]byte
	low := lowerInto(buf[:0], s)
	for _, phrase := range f {
		if bytes.Contains(low, []byte(phrase)) {
			return true
		}
	}
	return false
}

// mayBeCredit is a cheap test that rules out most paragraphs before
// creditRe runs: every credit it matches has "©", a colon, a slash or a bar,
// or starts with "(c)" or "copyright".
func mayBeCredit(t string) bool {
	if strings.ContainsAny(t, "©:/|") {
		return true
	}
	var buf [64]byte
	head := lowerInto(buf[:0], t[:min(len(t), 16)])
	return bytes.Contains(head, []byte("(c)")) || bytes.Contains(head, []byte("copyright"))
}

// classify sets each paragraph's Kind from its shape and its neighbours.
// Kinds that the markup already set (headings from <h2>) are kept, but can
// still be demoted to boilerplate when they are teaser labels.
func classify(paras []Paragraph) {
	inParallel(len(paras), func(from, to int) { classifyEach(paras, from, to) })
	classifyAround(paras)
}

// classifyEach gives paragraphs [from, to) the kinds their own text shows.
func classifyEach(paras []Paragraph, from, to int) {
	for i := from; i < to; i++ {
		p := &paras[i]
		t := p.Text
		// Furniture is short; checking the length first keeps the regular
		// expressions off long paragraphs.
		n := len(t)
		switch {
		case n > 4*300:
		case i == 0 && n < 80 && dateLineRe.MatchString(t):
			p.Kind = Meta
		case n < 200 && strings.IndexByte(t, ' ') < 0 && fileNameRe.MatchString(t):
			p.Kind = Boilerplate
		case n < 100 && teaserLabelRe.MatchString(t):
			p.Kind = Boilerplate
		case n < 300 && strings.Contains(t[:min(n, 50)], ":") && teaserInlineRe.MatchString(t):
			p.Kind = Boilerplate
		case n < 200 && strings.ContainsRune("_*=~#·•-", rune(t[0])) && ruleLineRe.MatchString(t):
			p.Kind = Boilerplate
		case n < 200 && isByline(t):
			p.Kind = Meta
		case n < 300 && (isUpdateLine(t) || isEndCredit(t)):
			p.Kind = Meta
		case n < 250 && isDateLine(t):
			p.Kind = Meta
		case n < 300 && headIs(t, "©", "(c)", "copyright") && siteCopyrightRe.MatchString(t):
			p.Kind = Boilerplate
		case n < 300 && (p.Kind == "" || p.Kind == Heading) && isNavRow(t):
			p.Kind = Boilerplate
		case n < 300 && (headIs(t, "follow", "folgen sie") && followRe.MatchString(t) || appealRe.MatchString(t)):
			p.Kind = Boilerplate
		case n < 400 && utf8.RuneCountInString(t) < 200 && mayBeCredit(t) && creditRe.MatchString(t):
			p.Kind = Caption
		case utf8.RuneCountInString(t) < 300 && signupRe.MatchString(t):
			p.Kind = Boilerplate
		}
	}
}

// classifyAround gives paragraphs the kinds their neighbours imply.
func classifyAround(paras []Paragraph) {
	// A single sentence right before a credit line describes the photo; a
	// credit line with nothing before it is followed by its caption.
	for i := range paras {
		if paras[i].Kind != Caption || !creditRe.MatchString(paras[i].Text) {
			continue
		}
		before := i > 0 && paras[i-1].Kind == "" && utf8.RuneCountInString(paras[i-1].Text) < 300 && len(SplitSentences(paras[i-1].Text)) == 1
		after := i+1 < len(paras) && paras[i+1].Kind == "" && isCreditOnly(paras[i].Text) &&
			utf8.RuneCountInString(paras[i+1].Text) < 200 && len(SplitSentences(paras[i+1].Text)) == 1
		// A line without a full stop before the credit is more likely a
		// headline than a caption, when a caption can follow instead.
		switch {
		case before && (endsSentence(paras[i-1].Text) || !after):
			paras[i-1].Kind = Caption
		case after:
			paras[i+1].Kind = Caption
		}
	}
	// An outlet's name on its own line next to a byline or date line
	// ("By X / Associated Press / August 12, 2025") is part of them.
	for i := range paras[:min(len(paras), 8)] {
		p := &paras[i]
		if (p.Kind == "" || p.Kind == Heading) && len(p.Text) < 80 && isNameSegment(p.Text) && isOutletName(p.Text) &&
			(i > 0 && paras[i-1].Kind == Meta || i+1 < len(paras) && paras[i+1].Kind == Meta) {
			p.Kind = Meta
		}
	}
	// After a teaser label or a lone file name come teaser headlines: short
	// lines up to the next paragraph that reads like running text.
	for i := 0; i < len(paras); i++ {
		if paras[i].Kind != Boilerplate || !(teaserLabelRe.MatchString(paras[i].Text) || fileNameRe.MatchString(paras[i].Text)) {
			continue
		}
		for j := i + 1; j < len(paras) && (paras[j].Kind == "" || paras[j].Kind == Heading) && !isRunningText(paras[j].Text); j++ {
			paras[j].Kind = Boilerplate
			i = j
		}
	}
	// A sign-up box is preceded by its pitch: short lines back to the last
	// paragraph of running text.
	for i := range paras {
		if paras[i].Kind != Boilerplate || !signupRe.MatchString(paras[i].Text) {
			continue
		}
		for j := i - 1; j >= 0 && paras[j].Kind == "" && !isRunningText(paras[j].Text); j-- {
			paras[j].Kind = Boilerplate
		}
		// A bare label ("Newsletter") heads its pitch.
		if countWords(paras[i].Text) <= 2 && i+1 < len(paras) && paras[i+1].Kind == "" && utf8.RuneCountInString(paras[i+1].Text) < 400 {
			paras[i+1].Kind = Boilerplate
		}
		// and followed by the rest of its consent text, cut into short lines.
		for j := i + 1; j < len(paras) && paras[j].Kind == "" && utf8.RuneCountInString(paras[j].Text) < 40 && !endsSentence(paras[j].Text) || j < len(paras) && paras[j].Kind == "" && len(strings.Fields(paras[j].Text)) <= 2; j++ {
			paras[j].Kind = Boilerplate
		}
	}
	markPullQuotes(paras)
	for i := range paras {
		p := &paras[i]
		if p.Kind != "" {
			continue
		}
		if looksLikeHeading(p.Text) && nextIsText(paras, i) {
			p.Kind = Heading
		} else {
			p.Kind = Body
		}
	}
}

// isDateLine reports a line made of a date and its furniture (see dateLine).
func isDateLine(t string) bool {
	ok, _ := dateLine(t)
	return ok
}

// isCreditOnly: a photo credit alone, "Foto: Kay Nietfeld/dpa", "© AP".
func isCreditOnly(t string) bool {
	return utf8.RuneCountInString(t) < 80 && countWords(t) <= 8 && creditStartRe.MatchString(t) && !endsSentence(t)
}

// isNavRow: a row of short links, "Startseite | Lokales | Sport | Wetter".
func isNavRow(t string) bool {
	if !strings.ContainsAny(t, "|•·") { // too few segments
		return false
	}
	segs := strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	if len(segs) < 4 {
		return false
	}
	for _, s := range segs {
		if w := countWords(s); w == 0 || w > 3 || endsSentence(s) {
			return false
		}
	}
	return true
}

// isRunningText reports paragraphs that read like article prose: several
// sentences, or one long one.
func isRunningText(t string) bool {
	n := utf8.RuneCountInString(t)
	return n >= 160 || (n >= 80 && len(SplitSentences(t)) >= 2)
}

// looksLikeHeading: a short line with no closing punctuation, or a short
// question standing alone ("Wer glaubt schon Moskaus Versprechungen?").
func looksLikeHeading(t string) bool {
	n := utf8.RuneCountInString(t)
	if n == 0 || n > 120 {
		return false
	}
	words := countWords(t)
	if words > 16 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"„“«»'", r) {
		return false
	}
	// A closing quote does not hide the punctuation before it: „Es kommt.“
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"'“”»«‘’)"))
	switch {
	case last == '?':
		return words <= 14 && len(SplitSentences(t)) == 1
	case strings.ContainsRune(".!;,:…", last):
		return false
	}
	return true
}

// nextIsText reports whether running text follows paragraph i, so that a
// heading heads something. Furniture in between is skipped, and so is one more
// heading-like line: a headline is often followed by a kicker or subheading.
func nextIsText(paras []Paragraph, i int) bool {
	headings := 0
	for j := i + 1; j < len(paras); j++ {
		switch paras[j].Kind {
		case Caption, Boilerplate, Meta:
			continue
		case Heading:
			return false
		}
		if !looksLikeHeading(paras[j].Text) {
			return true
		}
		if headings++; headings > 1 {
			return false
		}
	}
	return false
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'“”»«‘’)")
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", last)
}

// pickTitle prefers a headline: a heading of three words or more in the
// first third of the article (scraped pages often put the standfirst before
// the headline). Otherwise it takes the first body sentence of three words or
// more (skipping a dateline such as "Tokio."), shortened at a word boundary.
func pickTitle(paras []Paragraph) string {
	for _, p := range paras[:(len(paras)+2)/3] {
		if p.Kind == Heading && len(strings.Fields(p.Text)) >= 3 {
			return shorten(strings.TrimRight(p.Text, ":;, "), maxTitle)
		}
	}
	for _, p := range paras {
		if p.Kind != Body {
			continue
		}
		for _, s := range p.Sentences {
			sent := p.Text[s.Start:s.End]
			if len(strings.Fields(sent)) >= 3 {
				return shorten(strings.TrimRight(sent, ".:;, "), maxTitle)
			}
		}
	}
	for _, p := range paras {
		if p.Kind == Heading || p.Kind == Caption {
			return shorten(p.Text, maxTitle)
		}
	}
	return ""
}

const maxTitle = 90

// shorten cuts s to at most max runes at a word boundary, adding "…". A
// dangling article or preposition is dropped with the cut.
func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0
	for i, r := range s {
		if n == max-1 {
			if cut == 0 {
				cut = i // one long word: cut inside it
			}
			break
		}
		if unicode.IsSpace(r) {
			cut = i
		}
		n++
	}
	head := strings.TrimRight(s[:cut], " ,;:–-")
	for endsWithFunctionWord(head) {
		head = strings.TrimRight(head[:strings.LastIndexAny(head, " ")], " ,;:–-")
	}
	return head + "…"
}

// Function words that are frequent in one language and rare in the other.
var (
	deWords = lang.GermanMarkers
	enWords = lang.EnglishMarkers
)

func isWordPunct(r rune) bool { return strings.ContainsRune(".,;:!?\"'„“”»«()", r) }

// maxFunctionWord is the byte length of the longest word in deWords and
// enWords.
var maxFunctionWord = func() int {
	n := 0
	for _, set := range []map[string]bool{deWords, enWords} {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}()

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// detectLang counts German and English function words in the body text.
// Function words are short, so longer words are not even lower-cased.
func detectLang(paras []Paragraph) string {
	de, en, seen := 0, 0, 0
	for _, p := range paras {
		if p.Kind != Body && p.Kind != Heading {
			continue
		}
		t := p.Text
		// 300 words settle it; a clear lead settles it sooner.
		for len(t) > 0 && seen <= 300 && (seen < 60 || abs(de-en) < 20) {
			// the next run of non-space
			start := 0
			for start < len(t) && t[start] == ' ' {
				start++
			}
			end := strings.IndexByte(t[start:], ' ')
			if end < 0 {
				end = len(t)
			} else {
				end += start
			}
			w := t[start:end]
			t = t[end:]
			if w == "" {
				continue
			}
			seen++
			if len(w) > maxFunctionWord+8 { // too long even with quotes around it
				continue
			}
			w = strings.TrimFunc(w, isWordPunct)
			if len(w) > maxFunctionWord {
				continue
			}
			w = strings.ToLower(w) // allocates only when w has capitals
			if deWords[w] {
				de++
			}
			if enWords[w] {
				en++
			}
		}
	}
	if en > de {
		return "en"
	}
	return "de"
}
