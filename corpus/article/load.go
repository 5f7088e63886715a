package article

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"quellen/corpus/internal/lang"
)

// MaxFileSize is the largest file that is loaded; larger ones are skipped
// with a warning. No news article comes near it.
const MaxFileSize = 32 << 20

// Extensions that are loaded; everything else in a folder is ignored quietly.
var articleExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// IsArticleFile reports whether name has an extension quellen reads.
func IsArticleFile(name string) bool { return articleExts[strings.ToLower(path.Ext(name))] }

// source is one file to load: an ID (printable and unique) and a way to
// read it through the size limit.
type source struct {
	id   string
	read func() ([]byte, error)
	size int64
	path string  // absolute path of a file on disk, else ""
	key  FileKey // set for files on disk, for a Cache
}

// FileKey names one file on disk as it was when loaded: a Cache may reuse
// what an earlier load made of it only when all four fields match.
type FileKey struct {
	ID      string // the article ID it loads as (the title may fall back to it)
	Path    string // absolute path
	Size    int64
	ModTime int64 // modification time, nanoseconds since 1970
}

// Cache lets LoadPathsWith skip parsing files that have not changed.
type Cache interface {
	// Get returns what loading the file gave before (a nil article for a
	// file that was skipped) when the key matches. It is called from one
	// goroutine, before any file is parsed.
	Get(k FileKey) (a *Article, warns []Warning, ok bool)
	// Put records what parsing the file gave. It is called from one
	// goroutine, after every file is loaded, in walk order, for the files
	// that were parsed in this load; read errors are not recorded.
	Put(k FileKey, a *Article, warns []Warning)
}

// errText strips the path that *PathError repeats, since warnings name it,
// and makes what is left printable: other errors may hold a path too.
func errText(err error) string {
	var pe *fs.PathError
	if ok := asPathError(err, &pe); ok {
		return SanitizeName(pe.Err.Error())
	}
	return SanitizeName(err.Error())
}

func asPathError(err error, target **fs.PathError) bool {
	pe, ok := err.(*fs.PathError)
	if ok {
		*target = pe
	}
	return ok
}

// loadSources reads and parses files on every core and returns the
// articles sorted by ID. Files the cache knows unchanged are not read.
func loadSources(srcs []source, cache Cache) ([]*Article, []Warning) {
	type result struct {
		art    *Article
		warns  []Warning
		parsed bool // worth caching: parsed now, not a read error
	}
	results := make([]result, len(srcs))
	var todo []int
	for i, src := range srcs {
		if cache != nil && src.key.Path != "" {
			if a, ws, ok := cache.Get(src.key); ok {
				results[i] = result{art: a, warns: ws}
				continue
			}
		}
		todo = append(todo, i)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				a, ws, parsed := loadOne(srcs[i])
				results[i] = result{a, ws, parsed}
			}
		}()
	}
	for _, i := range todo {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if cache != nil {
		for _, i := range todo {
			if r := results[i]; r.parsed && srcs[i].key.Path != "" {
				cache.Put(srcs[i].key, r.art, r.warns)
			}
		}
	}
	var arts []*Article
	var warns []Warning
	for i, r := range results {
		if r.art != nil {
			r.art.Path = srcs[i].path // after Put: the cache keeps parses, not places
			arts = append(arts, r.art)
		}
		warns = append(warns, r.warns...)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	return arts, warns
}

// loadOne reads and parses one file; parsed is false when the file could
// not be read (or is too big), which a cache should not remember.
func loadOne(src source) (a *Article, warns []Warning, parsed bool) {
	name := src.id
	if src.size > MaxFileSize {
		return nil, []Warning{{name, fmt.Sprintf("skipped: %s is over the %s limit", humanBytes(src.size), humanBytes(MaxFileSize))}}, false
	}
	data, err := src.read()
	var tooLarge *TooLargeError
	if errors.As(err, &tooLarge) {
		return nil, []Warning{{name, "skipped: " + tooLarge.Error()}}, false
	}
	if err != nil {
		return nil, []Warning{{name, "cannot read: " + errText(err)}}, false
	}
	a, notes, err := Parse(name, data)
	for _, n := range notes {
		warns = append(warns, Warning{name, n})
	}
	if err != nil {
		return nil, append(warns, Warning{name, "skipped: " + err.Error()}), true
	}
	return a, warns, true
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Parse turns one file's bytes into an article. The format follows the
// extension of id (.txt when unknown). notes are repairs worth telling the
// user about; err says why a file cannot be an article (binary, empty).
func Parse(id string, data []byte) (a *Article, notes []string, err error) {
	ext := strings.ToLower(path.Ext(id))
	isHTML := ext == ".html" || ext == ".htm"
	text, notes, err := decode(data, isHTML)
	if err != nil {
		return nil, notes, err
	}
	var meta docMeta
	var blocks []block
	var more []string
	switch ext {
	case ".html", ".htm":
		meta, blocks, more = parseHTML(text)
	case ".md", ".markdown":
		meta, blocks, more = parseMarkdown(text)
	default:
		meta, blocks = parsePlain(text)
	}
	notes = append(notes, more...)
	meta.title = NormalizeSpace(Sanitize(meta.title))
	meta.source = NormalizeSpace(Sanitize(meta.source))
	meta.url = NormalizeSpace(Sanitize(meta.url))
	meta.date = normalizeDate(Sanitize(meta.date))
	for i := range blocks {
		blocks[i].text = Sanitize(blocks[i].text)
	}
	a = buildArticle(id, meta, blocks)
	if len(a.Paragraphs) == 0 {
		return nil, notes, fmt.Errorf("no text")
	}
	return a, notes, nil
}

// parsePlain reads a .txt article: paragraphs are separated by blank lines,
// or are single lines when the file has no blank lines between long lines.
// Hard-wrapped lines are joined. A leading "date 2024-10" line (the seeds'
// convention) or "key: value" header lines are metadata.
func parsePlain(text string) (docMeta, []block) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var meta docMeta
	var blocks []block

	text = strings.TrimLeft(text, " \t\n\u00a0")
	// Header lines: "title: ...", "source: ...", "url: ...", "date: ...".
	for {
		line, rest, _ := strings.Cut(text, "\n")
		key, val, ok := strings.Cut(line, ":")
		k := strings.ToLower(strings.TrimSpace(key))
		if !ok || strings.Contains(k, " ") {
			break
		}
		val = strings.TrimSpace(val)
		switch k {
		case "title":
			meta.title = val
		case "titel":
			if meta.title == "" { // "title" wins over the alias
				meta.title = val
			}
		case "source", "quelle":
			meta.source = val
		case "url", "link":
			meta.url = val
		case "date", "datum":
			meta.date = val
		case "author", "autor", "by":
		default:
			goto body
		}
		text = strings.TrimLeft(rest, " \t\n")
	}
body:
	// The seeds' date line "date 2024-10", possibly with text on the same line.
	if m := dateLineRe.FindStringIndex(text); m != nil && m[0] == 0 {
		line := text[:m[1]]
		blocks = append(blocks, block{text: line, hint: Meta})
		if meta.date == "" {
			meta.date = line
		}
		text = text[m[1]:]
	}
	for _, para := range splitPlainParagraphs(text) {
		blocks = append(blocks, block{text: para})
	}
	return meta, blocks
}

// splitPlainParagraphs decides what a paragraph is in plain text. Files that
// put one paragraph per line (long lines, no blank lines) are split per line;
// otherwise blank lines separate paragraphs and lines inside one are joined
// when they continue each other.
func splitPlainParagraphs(text string) []string {
	lines := strings.Split(text, "\n")
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur...)
			cur = cur[:0]
		}
	}
	wrapped := isHardWrapped(lines)
	blankSeparated := strings.Contains(strings.TrimSpace(text), "\n\n")
	alone, label := lineShapes(lines)
	teaser := false    // inside a block of links after "Mehr zum Thema"
	lastAlone := false // standsAlone of cur's last line
	for i, line := range lines {
		line = strings.TrimRight(line, " \t\u00a0")
		if strings.TrimSpace(line) == "" {
			flush()
			teaser = false
			continue
		}
		trimmed := strings.TrimSpace(line)
		if len(trimmed) >= 100 {
			teaser = false
		}
		stands := teaser || alone[i]
		if len(trimmed) < 100 && label[i] {
			teaser = true
		}
		// A photo credit carries on into its caption in the same block.
		if n := len(cur); n > 0 && blankSeparated && !stands && isCreditOnly(strings.TrimSpace(cur[n-1])) {
			cur[n-1] += " " + trimmed
			lastAlone = standsAlone(strings.TrimSpace(cur[n-1]))
			continue
		}
		if n := len(cur); n > 0 && !stands && !lastAlone && continues(cur[n-1], line, wrapped) {
			prev := cur[n-1]
			if strings.HasSuffix(prev, "-") && startsLower(line) && len(prev) > 1 && isWordRune(lastRune(prev[:len(prev)-1])) {
				cur[n-1] = prev[:len(prev)-1] + strings.TrimSpace(line) // "Sol-\ndaten"
			} else {
				cur[n-1] = prev + " " + strings.TrimSpace(line)
			}
			lastAlone = standsAlone(strings.TrimSpace(cur[n-1]))
			continue
		}
		lastAlone = alone[i]
		cur = append(cur, line)
	}
	flush()
	return out
}

// lineShapes gives each line's standsAlone and whether it is a teaser
// label, on all cores for a huge file: the loop that joins lines runs on
// one.
func lineShapes(lines []string) (alone, label []bool) {
	alone, label = make([]bool, len(lines)), make([]bool, len(lines))
	inParallel(len(lines), func(from, to int) {
		for i := from; i < to; i++ {
			t := strings.TrimSpace(strings.TrimRight(lines[i], " \t\u00a0"))
			if t != "" {
				label[i] = teaserLabelRe.MatchString(t)
				alone[i] = label[i] && len(t) < 120 || aloneShape(t)
			}
		}
	})
	return alone, label
}

// standsAlone reports a line that is never joined with its neighbours: a
// byline, a date line or a teaser label, which sit in the same block as
// the headline or the links they belong to.
func standsAlone(line string) bool {
	if len(line) >= 120 {
		return false
	}
	return aloneShape(line) || teaserLabelRe.MatchString(line)
}

// aloneShape is standsAlone but for teaser labels.
func aloneShape(line string) bool {
	if len(line) >= 120 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(r) && isByline(line) || isDateLine(line)
}

// isHardWrapped: most lines are of similar, moderate length, as when text
// is wrapped at 70-80 columns.
func isHardWrapped(lines []string) bool {
	long, total := 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n == 0 {
			continue
		}
		total++
		if n > 100 {
			return false
		}
		if n >= 50 {
			long++
		}
	}
	return total >= 4 && long*2 >= total
}

// continues reports whether line next carries on the paragraph ending in
// prev. In hard-wrapped text every line of a block does, except list items.
func continues(prev, next string, wrapped bool) bool {
	p := strings.TrimSpace(prev)
	if wrapped {
		return !listItemRe.MatchString(next)
	}
	if p == "" || endsSentence(p) || strings.HasSuffix(p, ":") {
		return false
	}
	// "stimme ich der\nWerbevereinbarung\nzu.": a line cannot end on an
	// article or preposition, and a paragraph rarely starts lower-case.
	return startsLower(next) || endsWithFunctionWord(p)
}

var listItemRe = regexp.MustCompile(`^\s*([-*•–]|\d{1,2}[.)])\s`)

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return r != utf8.RuneError && unicode.IsLower(r)
}

// Words that cannot end a heading or a sentence: articles, prepositions,
// conjunctions. A line ending in one goes on in the next line.
var functionWords = lang.FunctionWords

func endsWithFunctionWord(s string) bool {
	f := strings.Fields(s)
	return len(f) > 1 && functionWords[strings.ToLower(f[len(f)-1])]
}

// normalizeDate turns a date as written into YYYY-MM-DD or YYYY-MM, or ""
// when it holds none.
func normalizeDate(s string) string {
	if s == "" {
		return ""
	}
	return findDate(s)
}
