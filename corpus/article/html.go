package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"quellen/corpus/internal/lang"
)

// parseHTML reads a saved news page. The text comes from the article itself
// (its <article>, else <main>, else <body>); navigation, scripts, hidden
// elements and page furniture (related stories, cookie banners, share
// buttons, ads) are dropped before the paragraphs are cut. Entities are
// decoded by the HTML parser, so Parse sanitises the decoded text.
//
// A page nested too deep for the tree parser is read flat (parseFlatHTML),
// with a note; notes also carry what the flat reading leaves out.
func parseHTML(text string) (docMeta, []block, []string) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil { // elements nested over 512 deep: a string reader has no errors
		meta, blocks := parseFlatHTML(text)
		return meta, blocks, []string{"HTML nested too deep for its structure to be read: tags stripped"}
	}
	root := contentRoot(doc)
	h1 := firstElement(root, atom.H1)
	if h1 == nil {
		h1 = firstElement(doc, atom.H1)
	}
	meta := pageMeta(doc, root, h1)
	w := htmlWalker{root: root, skip: h1}
	w.walk(root, root.DataAtom == atom.Article)
	w.flush()
	return meta, w.blocks, nil
}

// htmlWalker cuts the visible text under a node into blocks: every
// block-level element starts a new one; inline elements run on.
type htmlWalker struct {
	root   *html.Node
	skip   *html.Node // the headline, which is the title and not a paragraph
	blocks []block
	buf    strings.Builder
	hint   ParagraphKind
	brs    int // <br> elements since the last text, to see "<br><br>"
}

func (w *htmlWalker) flush() {
	if strings.TrimSpace(w.buf.String()) != "" {
		w.blocks = append(w.blocks, block{text: w.buf.String(), hint: w.hint})
	}
	w.buf.Reset()
	w.brs = 0
}

// walk appends the text under n. inArticle is true inside an <article>,
// where a <header> holds the lede and byline rather than the site's masthead.
func (w *htmlWalker) walk(n *html.Node, inArticle bool) {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			w.brs = 0
		}
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if n != w.root && n.Type == html.ElementNode {
		if n == w.skip || dropElement(n, inArticle) {
			return
		}
		// An <article> inside the article is a teaser or a reader comment.
		if n.DataAtom == atom.Article && w.root.DataAtom == atom.Article {
			return
		}
	}
	if n.DataAtom == atom.Br {
		// One <br> is a line break inside a paragraph; two in a row end it,
		// as on pages that separate paragraphs with "<br><br>".
		if w.brs++; w.brs >= 2 {
			w.flush()
		} else {
			w.buf.WriteByte(' ')
		}
		return
	}
	if n.DataAtom == atom.Article {
		inArticle = true
	}
	if !isBlockElement(n) && !isLabelElement(n) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, inArticle)
		}
		return
	}
	w.flush()
	saved := w.hint
	if h := blockHint(n); h != "" {
		w.hint = h
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inArticle)
	}
	w.flush()
	w.hint = saved
}

// blockHint is the kind the markup states for a block: headings,
// captions, bylines, and links to other stories (a paragraph, list item or
// heading that is nothing but a link, perhaps after a label such as
// "Related:").
func blockHint(n *html.Node) ParagraphKind {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if isTeaserLink(n) {
			return Boilerplate
		}
		return Heading
	case atom.Li, atom.P:
		if isTeaserLink(n) {
			return Boilerplate
		}
		if n.DataAtom == atom.Li {
			return Body // a list item is never a heading, however short
		}
	case atom.Figcaption:
		return Caption
	case atom.Address:
		return Meta // the author's contact line: "Kate Connolly in Berlin"
	}
	for _, part := range classParts(n) {
		switch {
		case part == "caption" || part == "credit" || part == "credits" || part == "copyright":
			return Caption
		case part == "byline" || part == "author" || part == "authors" || part == "autor" || part == "dateline" || part == "timestamp" || part == "publish" || part == "published":
			return Meta
		case labelClasses[part] && len(textOf(n)) < 300:
			return Meta
		case leadClasses[part]:
			return Body
		}
	}
	// A short block around a <time> is a date line or byline.
	if t := firstElement(n, atom.Time); t != nil && len(textOf(n)) < 200 {
		return Meta
	}
	return ""
}

// labelClasses name the short labels above or below a headline: the
// kicker or section ("Unwetter", "Germany") and the metadata line (date,
// sources, comment count). They are meta, even on an inline element.
var labelClasses = lang.Words(`kicker overline dachzeile topline eyebrow rubrik ressort metadata meta metaline`)

// leadClasses name the standfirst under the headline: story text, never a
// heading, however short and unpunctuated.
var leadClasses = lang.Words(`standfirst lede lead leadtext intro dek deck summary abstract vorspann`)

// isLabelElement: an inline element marked as a kicker or metadata line,
// which is cut out as a block of its own.
func isLabelElement(n *html.Node) bool {
	if n.Type != html.ElementNode || !hasAttr(n, "class") {
		return false
	}
	for _, part := range classParts(n) {
		if labelClasses[part] {
			return true
		}
	}
	return false
}

// isTeaserLink reports whether the text in n is a link, alone or after a
// short label ending in a colon ("Lesen Sie auch: <a>...</a>").
func isTeaserLink(n *html.Node) bool {
	var linked, loose strings.Builder
	var visit func(*html.Node, bool)
	visit = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			if inLink {
				linked.WriteString(n.Data)
			} else {
				loose.WriteString(n.Data)
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A && hasAttr(n, "href") {
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inLink)
		}
	}
	visit(n, false)
	label := strings.TrimSpace(loose.String())
	return strings.TrimSpace(linked.String()) != "" &&
		(label == "" || len(label) <= 40 && strings.HasSuffix(label, ":"))
}

var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Body: true, atom.Html: true,
}

func isBlockElement(n *html.Node) bool { return blockElements[n.DataAtom] }

// droppedElements never hold article text.
var droppedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Input: true, atom.Label: true, atom.Dialog: true, atom.Menu: true,
}

// Landmark roles that mark the same furniture as the elements above.
var droppedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
	"toolbar": true, "button": true,
}

// dropElement reports elements whose text is not part of the article:
// scripts and widgets, hidden elements, the site's header and footer, and
// blocks whose class or id names page furniture.
func dropElement(n *html.Node, inArticle bool) bool {
	if droppedElements[n.DataAtom] || n.Namespace != "" { // svg and math content
		return true
	}
	if n.DataAtom == atom.Header && !inArticle {
		return true
	}
	if droppedRoles[strings.ToLower(attr(n, "role"))] || isHidden(n) {
		return true
	}
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main, atom.Article:
		return false // their classes describe the page layout, not furniture
	}
	return isFurniture(n)
}

// isHidden: the hidden attribute, aria-hidden, or an inline style that
// hides the element.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// furnitureWords name page furniture in class names and ids, as parts of
// names like "related-articles", "cookieConsent" or "ad_slot". Whole parts
// are compared, so "head" or "download" never match "ad".
var furnitureWords = lang.Words(`
	ad ads advert adverts advertisement advertising adslot adunit adcontainer adbox adwrapper
	anzeige werbung sponsored sponsor outbrain taboola
	cookie cookies consent gdpr
	newsletter subscribe subscription abo paywall login signin
	share sharing shares sharebar social socials
	comment comments kommentare
	breadcrumb breadcrumbs sidebar menu navbar navigation toolbar popup modal
	tags keywords schlagworte schlagwoerter stichworte
`)

// linkFurnitureWords name blocks that are furniture when they link
// elsewhere: a "teaser" box of other stories, but also the lede that some
// German sites call "Teaser", which holds no link.
var linkFurnitureWords = lang.Words(`related teaser teasers promo promos promotion recommended recommendations recommendation`)

// modifierParts before a furniture word describe a layout, not furniture:
// "has-sidebar", "no-paywall", "with-comments".
var modifierParts = lang.Words(`has with no without is show hide enable enabled disable disabled`)

func isFurniture(n *html.Node) bool {
	parts := classParts(n)
	for i, p := range parts {
		if i > 0 && modifierParts[parts[i-1]] {
			continue
		}
		if furnitureWords[p] || hasFurniturePrefix(p) {
			return true
		}
		if (linkFurnitureWords[p] || strings.HasPrefix(p, "related") || strings.HasPrefix(p, "teaser")) && hasLink(n) {
			return true
		}
	}
	return false
}

// hasFurniturePrefix catches compounds written as one word: "newsletterbox",
// "cookiebanner", "socialshare", "paywallhint".
func hasFurniturePrefix(p string) bool {
	for _, pre := range []string{"newsletter", "cookie", "consent", "paywall", "breadcrumb", "sidebar", "social", "advert", "subscri", "sharebar", "shareline"} {
		if strings.HasPrefix(p, pre) {
			return true
		}
	}
	return false
}

func hasLink(n *html.Node) bool {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && hasAttr(c, "href") {
			return true
		}
	}
	return false
}

// classParts splits the class and id of n into lower-case words:
// "article__related-Box shareBar" gives article, related, box, share, bar.
func classParts(n *html.Node) []string {
	var parts []string
	for _, key := range []string{"class", "id"} {
		v := attr(n, key)
		start := -1
		for i := 0; i <= len(v); i++ {
			c := byte(0)
			if i < len(v) {
				c = v[i]
			}
			isLower := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
			isUpper := c >= 'A' && c <= 'Z'
			// a part ends at a separator, or before an upper-case letter that
			// follows a lower-case one ("shareBar")
			if start >= 0 && (!isLower && !isUpper || isUpper && i > 0 && v[i-1] >= 'a' && v[i-1] <= 'z') {
				parts = append(parts, strings.ToLower(v[start:i]))
				start = -1
			}
			if start < 0 && (isLower || isUpper) {
				start = i
			}
		}
	}
	return parts
}

// contentRoot picks the element that holds the story: the <article> with
// the most paragraph text, else <main>, else <body>. An article or main
// element that holds only a small part of the page's text is a teaser box,
// not the story, and is passed over.
func contentRoot(doc *html.Node) *html.Node {
	body := firstElement(doc, atom.Body)
	if body == nil {
		body = doc
	}
	total := paragraphText(body, nil)
	var best *html.Node
	bestScore := 0
	var visit func(*html.Node, bool)
	visit = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode && n != body && dropElement(n, inArticle) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			if s := paragraphText(n, n); s > bestScore {
				best, bestScore = n, s
			}
			inArticle = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inArticle)
		}
	}
	visit(body, false)
	if best != nil && bestScore*4 >= total {
		return best
	}
	if main := firstElement(body, atom.Main); main != nil && paragraphText(main, nil)*4 >= total && total > 0 {
		return main
	}
	return body
}

// paragraphText measures the text in the <p> elements under n that the
// walker would keep; with art set, text in nested articles is not counted.
func paragraphText(n, art *html.Node) int {
	size := 0
	var visit func(*html.Node, bool, bool)
	visit = func(n *html.Node, inP, inArticle bool) {
		switch n.Type {
		case html.TextNode:
			if inP {
				size += len(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			if n == art {
				break
			}
			if dropElement(n, inArticle) || art != nil && n.DataAtom == atom.Article {
				return
			}
			if n.DataAtom == atom.Article {
				inArticle = true
			}
			if n.DataAtom == atom.P {
				inP = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inP, inArticle)
		}
	}
	visit(n, false, art != nil)
	return size
}

// firstElement returns the first element of type a under n (n included),
// outside dropped furniture.
func firstElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom != a && (isHidden(c) || droppedElements[c.DataAtom] && c.DataAtom != atom.Head) {
			continue
		}
		if f := firstElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf returns the text under n with runs of white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return NormalizeSpace(b.String())
}
