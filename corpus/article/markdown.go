package article

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Markdown is parsed with goldmark rather than with line rules because
// real files mix every CommonMark construct: setext headings, lazy
// continuation lines, nested lists and quotes, reference links, code
// fences that contain "#" lines. goldmark implements the specification,
// is fast, has no dependencies and builds an AST that can be walked for
// text without rendering HTML first.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// parseMarkdown reads a .md article: front matter for metadata, the first
// level-1 heading as the title, then headings, paragraphs, list items and
// quotes as blocks. Links keep their text, images, code blocks and raw HTML
// are left out.
//
// Markdown that would cost goldmark super-linear time (see markdownTooHard)
// is read as plain text, with a note saying so.
func parseMarkdown(src string) (docMeta, []block, []string) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	meta, body := frontMatter(src)
	if why := markdownTooHard(body); why != "" {
		plain, blocks := parsePlain(body)
		if meta.title == "" {
			meta.title = plain.title
		}
		return meta, blocks, []string{"read as plain text: Markdown " + why}
	}
	source := []byte(body)
	doc := markdown.Parser().Parse(text.NewReader(source))
	w := mdWalker{src: source}
	w.blocks(doc, "")
	if meta.title == "" {
		meta.title = w.title
	}
	return meta, w.out, w.notes
}

type mdWalker struct {
	src      []byte
	out      []block
	notes    []string
	title    string
	sawTitle bool
}

// blocks turns the block nodes under n into blocks with the given hint.
func (w *mdWalker) blocks(n ast.Node, hint ParagraphKind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			t := w.inline(c)
			if c.Level == 1 && !w.sawTitle {
				w.sawTitle = true // the headline is the title, not a paragraph
				w.title = t
				continue
			}
			w.add(t, Heading)
		case *ast.Paragraph, *ast.TextBlock:
			h := hint
			switch {
			case h != Caption && w.isTeaser(c):
				h = Boilerplate
			case h == "" && w.startsWithImage(c):
				h = Caption // the text under an image, in the same paragraph
			}
			w.add(w.inline(c), h)
		case *east.Table:
			// Table rows are data, never headings, however short.
			h := hint
			if h == "" {
				h = Body
			}
			for row := c.FirstChild(); row != nil; row = row.NextSibling() {
				var cells []string
				for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
					cells = append(cells, w.inline(cell))
				}
				w.add(strings.Join(cells, " | "), h)
			}
		case *ast.Blockquote:
			// A quote is story text, never a heading.
			h := hint
			if h == "" {
				h = Body
			}
			w.blocks(c, h)
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.ThematicBreak:
			// Code is not story text.
		case *ast.HTMLBlock:
			// Raw HTML (embeds, <div> wrappers) goes through the HTML
			// reader, which keeps its text and drops scripts and furniture.
			var b strings.Builder
			for i := 0; i < c.Lines().Len(); i++ {
				seg := c.Lines().At(i)
				b.Write(seg.Value(w.src))
			}
			if c.HasClosure() {
				seg := c.ClosureLine
				b.Write(seg.Value(w.src))
			}
			_, bs, notes := parseHTML(b.String())
			w.notes = append(w.notes, notes...)
			for _, blk := range bs {
				if blk.hint == "" {
					blk.hint = hint
				}
				w.out = append(w.out, blk)
			}
		case *ast.ListItem:
			// A list item is never a heading, however short.
			h := hint
			if h == "" {
				h = Body
			}
			w.blocks(c, h)
		default: // lists, block quotes: their children
			w.blocks(c, hint)
		}
	}
}

func (w *mdWalker) add(t string, hint ParagraphKind) {
	if strings.TrimSpace(t) != "" {
		w.out = append(w.out, block{text: t, hint: hint})
	}
}

// inline returns the text of n's inline content: emphasis and code markers
// gone, links as their text, images and raw HTML tags dropped, line breaks
// as spaces.
func (w *mdWalker) inline(n ast.Node) string {
	var b strings.Builder
	var visit func(ast.Node)
	visit = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				v := c.Segment.Value(w.src)
				if !c.IsRaw() {
					v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
				}
				b.Write(v)
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(c.Value)
			case *ast.CodeSpan:
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if t, ok := t.(*ast.Text); ok {
						b.Write(t.Segment.Value(w.src))
					}
				}
			case *ast.AutoLink:
				b.Write(c.Label(w.src))
			case *ast.Image, *ast.RawHTML:
			default: // emphasis, links, strikethrough, table cells
				visit(c)
			}
		}
	}
	visit(n)
	return b.String()
}

// isTeaser reports a paragraph that is only a link, perhaps after a short
// label ("Lesen Sie auch: [...](...)"): a pointer to another story.
func (w *mdWalker) isTeaser(p ast.Node) bool {
	var loose strings.Builder
	linked := false
	var visit func(ast.Node)
	visit = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Link, *ast.AutoLink:
				linked = true
			case *ast.Text:
				loose.Write(c.Segment.Value(w.src))
			default:
				visit(c)
			}
		}
	}
	visit(p)
	label := strings.TrimSpace(loose.String())
	return linked && (label == "" || len(label) <= 40 && strings.HasSuffix(label, ":"))
}

// startsWithImage reports a paragraph that opens with an image (perhaps
// inside a link): the text after it describes the picture. An image in the
// middle of a sentence does not make a caption.
func (w *mdWalker) startsWithImage(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			return true
		case *ast.Link:
			return w.startsWithImage(c)
		case *ast.Text:
			if strings.TrimSpace(string(c.Segment.Value(w.src))) != "" {
				return false
			}
		default:
			return false
		}
	}
	return false
}
