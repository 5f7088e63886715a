package article

import (
	"strconv"
	"strings"
)

// frontMatter splits YAML ("---") or TOML ("+++") front matter off a
// Markdown file and reads the few scalar keys quellen uses. A full YAML
// parser would be a large dependency for four strings; this reads
// "key: value" and "key = value" lines, quoted or not, and folded (">")
// or literal ("|") blocks, and ignores everything else.
func frontMatter(src string) (meta docMeta, body string) {
	first, rest, ok := strings.Cut(src, "\n")
	fence := strings.TrimSpace(first)
	if !ok || fence != "---" && fence != "+++" {
		return meta, src
	}
	var lines []string
	closed := false
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if t := strings.TrimSpace(line); t == fence || fence == "---" && t == "..." {
			closed = true
			break
		}
		lines = append(lines, line)
	}
	if !closed {
		return meta, src // a thematic break, not front matter
	}
	sep := ":"
	if fence == "+++" {
		sep = "="
	}
	// "title" wins over its aliases wherever it stands.
	var title, altTitle string
	defer func() { meta.title = first0(title, altTitle) }()
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' {
			continue // nested values and comments
		}
		key, val, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		if val == ">" || val == "|" || val == ">-" || val == "|-" {
			var parts []string
			for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t")) {
				i++
				parts = append(parts, strings.TrimSpace(lines[i]))
			}
			val = strings.Join(parts, " ")
		}
		val = unquote(val)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			title = first0(title, val)
		case "titel", "headline":
			altTitle = first0(altTitle, val)
		case "date", "datum", "published", "pubdate", "publishdate", "published_at", "publish_date":
			meta.date = first0(meta.date, pageDate(val))
		case "source", "quelle", "publisher", "publication", "outlet", "site", "medium":
			meta.source = first0(meta.source, val)
		case "url", "link", "canonical", "canonical_url", "permalink", "original_url":
			meta.url = first0(meta.url, val)
		}
	}
	return meta, rest
}

// first0 keeps the first value a key was given.
func first0(old, val string) string {
	if old != "" {
		return old
	}
	return val
}

// unquote removes YAML or TOML quotes; in single quotes, a doubled quote
// stands for one.
func unquote(v string) string {
	switch {
	case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
		return unescapeYAML(v[1 : len(v)-1])
	case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	// An unquoted YAML value ends at a comment.
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}

// yamlEscapes are the one-letter escapes of YAML double-quoted strings.
// They can spell control characters ("\e" is ESC); Parse sanitises the
// result like any other text.
var yamlEscapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v", 'f': "\f",
	'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"", '/': "/", '\\': "\\", 'N': "\u0085",
	'_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

// unescapeYAML decodes the escapes of a YAML double-quoted string; an
// unknown escape is kept as written.
func unescapeYAML(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		c := s[i+1]
		if e, ok := yamlEscapes[c]; ok {
			b.WriteString(e)
			i++
			continue
		}
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		if n > 0 && i+2+n <= len(s) {
			if r, err := strconv.ParseUint(s[i+2:i+2+n], 16, 32); err == nil {
				b.WriteRune(rune(r))
				i += 1 + n
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
