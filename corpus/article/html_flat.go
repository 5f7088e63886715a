package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatDropped are the elements whose text the flat reading leaves out: a
// subset of droppedElements that always have an end tag.
var flatDropped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Nav: true, atom.Footer: true, atom.Aside: true,
}

// parseFlatHTML reads a page that the tree parser gives up on (past 512
// open elements): the tokenizer strips the tags, block-level tags end a
// paragraph, headings are hinted as such, scripts, styles and navigation
// are dropped and <title> is the title. Without the tree there is no
// <article> to prefer and no furniture to recognise by class names.
func parseFlatHTML(text string) (docMeta, []block) {
	var meta docMeta
	var blocks []block
	var buf strings.Builder
	hint := ParagraphKind("")
	flush := func() {
		if strings.TrimSpace(buf.String()) != "" {
			blocks = append(blocks, block{text: buf.String(), hint: hint})
		}
		buf.Reset()
	}
	dropped, inTitle := 0, false
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken: // io.EOF: a string reader has no other error
			flush()
			return meta, blocks
		case html.TextToken:
			switch {
			case inTitle:
				meta.title += string(z.Text())
			case dropped == 0:
				buf.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt == html.StartTagToken
			switch {
			case a == atom.Title:
				inTitle = start && meta.title == ""
			case flatDropped[a] && start:
				dropped++
			case flatDropped[a]:
				dropped = max(0, dropped-1)
			case a == atom.Br:
				buf.WriteByte(' ')
			case blockElements[a]:
				flush()
				hint = ""
				if start && (a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6) {
					hint = Heading
				}
			}
		}
	}
}
