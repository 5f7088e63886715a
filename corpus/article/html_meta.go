package article

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// pageMeta reads what a page says about itself: <meta> tags (Open Graph,
// article:published_time, name=date), JSON-LD, <link rel=canonical>, the
// headline and <title>, and the first <time> in the story.
func pageMeta(doc, root, h1 *html.Node) docMeta {
	metas := map[string]string{} // first content per lower-cased name/property/itemprop
	var title, canonical string
	var ld jsonLD
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Svg, atom.Math:
				return // their <title> elements label drawings
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				for _, key := range []string{"property", "name", "itemprop"} {
					if k := strings.ToLower(attr(n, key)); k != "" && content != "" && metas[k] == "" {
						metas[k] = content
					}
				}
			case atom.Title:
				if title == "" {
					title = textOf(n)
				}
			case atom.Link:
				if canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					ld.read(textOf(n))
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)

	var m docMeta
	headline := ""
	if h1 != nil {
		headline = textOf(h1)
	}
	site := first(metas["og:site_name"], ld.publisher, metas["application-name"])
	// og:title and JSON-LD headlines usually come without the site's name;
	// <title> usually has it ("Headline | Site", "Headline - Site").
	t, suffix := splitSiteSuffix(first(metas["og:title"], metas["twitter:title"]), site, headline)
	if t == "" {
		t = headline
	}
	if t == "" {
		t = ld.headline
	}
	if t == "" {
		t, suffix = splitSiteSuffix(title, site, headline)
	} else if site == "" {
		_, suffix = splitSiteSuffix(title, site, headline)
	}
	m.title = t
	m.url = first(canonical, metas["og:url"], ld.url)
	m.source = first(site, suffix, hostOf(m.url))
	m.date = pageDate(first(
		metas["article:published_time"], ld.published, metas["date"], metas["pubdate"],
		metas["publishdate"], metas["publish-date"], metas["datepublished"], metas["dc.date"],
		metas["dc.date.issued"], metas["dcterms.date"], metas["dcterms.issued"],
		metas["dcterms.created"], metas["sailthru.date"], metas["parsely-pub-date"],
		timeElementDate(root), metas["article:modified_time"], ld.modified, metas["last-modified"],
	))
	return m
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// titleSeparators part a headline from the site's name in <title>.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " · ", " :: ", " // "}

// splitSiteSuffix splits "Headline | Site" into the headline and the site's
// name. A suffix is taken for a site name when it is the known site, when
// what is before it is the page's headline, or when it is short and written
// like a name ("ZEIT ONLINE", "tagesschau.de"): "Ukraine-Krieg - Selenskyj
// fordert mehr Waffen" keeps its second half.
func splitSiteSuffix(t, site, headline string) (string, string) {
	t = NormalizeSpace(t)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		known := site != "" && strings.EqualFold(tail, site) || headline != "" && strings.EqualFold(NormalizeSpace(head), headline)
		if known || looksLikeSiteName(tail, sep == " | " || sep == " :: " || sep == " // ") {
			// "Headline | Section | Site": drop the section as well.
			if j := strings.LastIndex(head, sep); j > 0 && looksLikeSiteName(head[j+len(sep):], true) && len(strings.Fields(head[j+len(sep):])) <= 2 {
				head = strings.TrimSpace(head[:j])
			}
			return head, tail
		}
	}
	return t, ""
}

// looksLikeSiteName: at most five words after "|" (which headlines rarely
// contain), otherwise at most three words each capitalised or a domain.
func looksLikeSiteName(s string, strongSep bool) bool {
	words := strings.Fields(s)
	if len(words) == 0 || utf8.RuneCountInString(s) > 40 {
		return false
	}
	if strongSep {
		return len(words) <= 5
	}
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.Contains(w, ".") {
			return false
		}
	}
	return true
}

// hostOf names a site by its address when the page names it nowhere else.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// timeElementDate: the <time> marked as the publication date, else the
// first <time> with a datetime attribute in the story.
func timeElementDate(root *html.Node) string {
	var firstTime string
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || n.DataAtom != atom.Time {
			continue
		}
		v := first(attr(n, "datetime"), textOf(n))
		if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
			return v
		}
		if firstTime == "" && pageDate(v) != "" {
			firstTime = v
		}
	}
	return firstTime
}

// pageDate turns the date formats pages use (ISO 8601, RFC 1123, "27.10.2024")
// into one that normalizeDate understands.
func pageDate(s string) string {
	if s == "" || findDate(s) != "" {
		return s
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "January 2, 2006", "2 January 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return s
}

// jsonLD holds what quellen uses from schema.org data in
// <script type="application/ld+json">: the first article-like object's
// dates, headline, address and publisher.
type jsonLD struct {
	published, modified, headline, url, publisher string
}

func (ld *jsonLD) read(text string) {
	var v any
	if json.Unmarshal([]byte(text), &v) != nil {
		return // broken JSON-LD is common; the page has other metadata
	}
	ld.visit(v, 0)
}

func (ld *jsonLD) visit(v any, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			ld.visit(x, depth+1)
		}
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok && ld.published == "" {
			ld.published = s
			if h, ok := v["headline"].(string); ok && ld.headline == "" {
				ld.headline = h
			}
			if u, ok := v["url"].(string); ok && ld.url == "" {
				ld.url = u
			}
			if p, ok := v["publisher"].(map[string]any); ok && ld.publisher == "" {
				ld.publisher, _ = p["name"].(string)
			}
		}
		if s, ok := v["dateModified"].(string); ok && ld.modified == "" {
			ld.modified = s
		}
		if g, ok := v["@graph"]; ok {
			ld.visit(g, depth+1)
		}
	}
}

// htmlCharset returns the encoding a page declares in its first bytes
// (<meta charset> or <meta http-equiv="Content-Type">), by its canonical
// name, or "" when it declares none that is known.
func htmlCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 8192)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.DataAtom {
			case atom.Body:
				return ""
			case atom.Meta:
				label := ""
				var equiv, content string
				for _, a := range tok.Attr {
					switch strings.ToLower(a.Key) {
					case "charset":
						label = a.Val
					case "http-equiv":
						equiv = a.Val
					case "content":
						content = a.Val
					}
				}
				if label == "" && strings.EqualFold(equiv, "content-type") {
					if _, params, err := mime.ParseMediaType(content); err == nil {
						label = params["charset"]
					}
				}
				if label != "" {
					if _, name := charset.Lookup(label); name != "" {
						return name
					}
				}
			}
		}
	}
}

// decodeCharset decodes data from the named encoding. It declines UTF-8 and
// UTF-16, which decode handles, and results that are not valid text.
func decodeCharset(data []byte, cs string) (string, bool) {
	enc, name := charset.Lookup(cs)
	if enc == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return "", false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(out) {
		return "", false
	}
	return string(out), true
}
