// Command quellen is a terminal reader for comparing how news sources report
// one story: it shows the articles, finds passages by fuzzy search, names
// people, places and organisations, and puts the figures different sources
// give for the same thing side by side.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"quellen/corpus"
	"quellen/corpus/cache"
	"quellen/internal/termprobe" // keeps Bubble Tea's init from asking the terminal
	"quellen/seeds"
	"quellen/ui"
)

const version = "0.1.0"

const usage = `quellen: compare how news sources report one story

Usage:
  quellen [PATH ...]                          open the reader (embedded articles when no PATH)
  quellen articles [--json] [PATH ...]        list articles: id, title, date, lang, paragraphs, words
  quellen search [--json] [--limit N] QUERY [PATH ...]
                                              passages matching QUERY, best first
  quellen figures [--json] [--format F] [--lang de|en] [PATH ...]
                                              every figure and the comparison groups
                                              (F: text, markdown or csv)
  quellen entities [--json] [PATH ...]        people, places and organisations
  quellen shared [--json] [PATH ...]          passages several articles share (agency copy)
  quellen --help | --version

PATH is a file or a folder of .txt, .md and .html articles (walked recursively).
Options common to all commands:
  --aliases FILE   entity corrections, one "alias<TAB>canonical" or "name<TAB>type" per line
  --no-cache       parse every file again; do not read or write the parse cache
                   (also QUELLEN_NO_CACHE=1). The cache lives in $XDG_CACHE_HOME/quellen.
`

// maxAliasesFile bounds the --aliases file; a long one has a few thousand lines.
const maxAliasesFile = 16 << 20

// Exit codes: 0 when at least one article loaded, 1 when none, 2 for bad usage.
const (
	exitOK      = 0
	exitNoInput = 1
	exitUsage   = 2
)

func main() {
	termprobe.Restore()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is bad usage: printed with a hint, exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "read"
	if len(args) > 0 {
		switch args[0] {
		case "articles", "search", "figures", "entities", "shared":
			cmd, args = args[0], args[1:]
		case "-h", "--help", "-help", "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		case "-version", "--version", "version":
			fmt.Fprintln(stdout, "quellen", versionString())
			return exitOK
		}
	}
	opts, err := parseFlags(cmd, args)
	opts.lazy = cmd == "search" || cmd == "read"
	if cmd == "read" {
		// The reader computes in the background: leave a core to the screen.
		opts.workers = max(1, runtime.NumCPU()-1)
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return exitOK
		}
		fmt.Fprintf(stderr, "quellen: %s\nRun 'quellen --help' for usage.\n", errText(err))
		return exitUsage
	}
	c, err := loadCorpus(opts, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %s\n", errText(err))
		return exitUsage
	}
	if len(c.Articles) == 0 {
		fmt.Fprintln(stderr, "quellen: no article could be loaded")
		return exitNoInput
	}
	out := newPrinter(stdout)
	switch cmd {
	case "articles":
		err = printArticles(out, c, opts)
	case "search":
		err = printSearch(out, c, opts)
	case "figures":
		err = printFigures(out, c, opts)
	case "entities":
		err = printEntities(out, c, opts)
	case "shared":
		err = printShared(out, c, opts)
	default:
		err = runReader(c, opts)
	}
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %s\n", errText(err))
		return exitNoInput
	}
	return exitOK
}

// errText is an error made safe to print: errors quote paths and
// arguments, which may hold escape sequences and line breaks.
func errText(err error) string { return corpus.SanitizeName(err.Error()) }

func versionString() string {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 7 {
				v += " (" + s.Value[:7] + ")"
			}
		}
	}
	return v
}

// options are the parsed command line of one subcommand.
type options struct {
	json    bool
	limit   int
	format  string
	lang    string // group labels' language: "de", "en" or "" for each group's own
	aliases string
	noCache bool
	lazy    bool // read articles from the cache only as the command shows them (search, reader)
	workers int  // goroutines of each analysis; 0: one per CPU
	query   string
	paths   []string
}

// parseFlags accepts flags before and after positional arguments
// ("quellen search kim --json DIR"), as users type them.
func parseFlags(cmd string, args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if cmd != "read" {
		fs.BoolVar(&o.json, "json", false, "")
	}
	if cmd == "search" {
		fs.IntVar(&o.limit, "limit", 20, "")
	}
	if cmd == "figures" {
		fs.StringVar(&o.format, "format", "text", "")
	}
	if cmd == "figures" || cmd == "read" {
		fs.StringVar(&o.lang, "lang", "", "")
	}
	fs.StringVar(&o.aliases, "aliases", "", "")
	fs.BoolVar(&o.noCache, "no-cache", false, "")
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			positional = append(positional, args[1:]...)
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	if cmd == "search" {
		if len(positional) == 0 || strings.TrimSpace(positional[0]) == "" {
			return o, usageError{"search needs a QUERY"}
		}
		o.query, positional = positional[0], positional[1:]
		if o.limit < 1 {
			return o, usageError{"--limit must be at least 1"}
		}
	}
	if o.lang != "" && o.lang != "de" && o.lang != "en" {
		return o, usageError{fmt.Sprintf("unknown --lang %q (want de or en)", o.lang)}
	}
	switch o.format {
	case "", "text", "markdown", "md", "csv":
	default:
		return o, usageError{fmt.Sprintf("unknown --format %q (want text, markdown or csv)", o.format)}
	}
	o.paths = positional
	return o, nil
}

// loadCorpus loads the paths given, or the embedded seeds, and prints each
// warning on stderr.
func loadCorpus(o options, stderr io.Writer) (*corpus.Corpus, error) {
	var copts []corpus.Option
	if o.lang != "" {
		copts = append(copts, corpus.WithLang(o.lang))
	}
	if o.aliases != "" {
		// Through the same limit and checks as articles: the path may be a
		// FIFO or a link to /dev/zero, and it is printed only made safe.
		data, err := corpus.ReadFile(o.aliases, maxAliasesFile)
		if err != nil {
			return nil, fmt.Errorf("--aliases: %s", corpus.SanitizeName(err.Error()))
		}
		a, err := corpus.ParseAliases(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("--aliases %s: %v", corpus.SanitizeName(o.aliases), err)
		}
		copts = append(copts, corpus.WithAliases(a))
	}
	var arts []*corpus.Article
	var warns []corpus.Warning
	if len(o.paths) == 0 {
		arts, warns = corpus.LoadFS(seeds.FS())
	} else {
		done := showProgress(stderr, "loading articles")
		var more []corpus.Option
		arts, warns, more = loadPaths(o, stderr)
		copts = append(copts, more...)
		done()
	}
	for _, w := range warns {
		fmt.Fprintf(stderr, "quellen: warning: %s\n", w)
	}
	if o.workers > 0 {
		copts = append(copts, corpus.WithWorkers(o.workers))
	}
	return corpus.New(arts, warns, copts...), nil
}

// loadPaths loads files from disk, through the parse cache unless it is
// turned off; the options returned give the corpus the search index
// persisted beside the cache. A cache that cannot be used never stops the
// command. With o.lazy the articles' paragraphs are decoded only as they
// are read.
func loadPaths(o options, stderr io.Writer) (arts []*corpus.Article, warns []corpus.Warning, opts []corpus.Option) {
	if o.noCache || os.Getenv("QUELLEN_NO_CACHE") == "1" {
		arts, warns = corpus.LoadPaths(o.paths)
		return arts, warns, nil
	}
	dir, err := cache.Dir()
	if err != nil {
		fmt.Fprintf(stderr, "quellen: warning: parse cache not used: %s\n", errText(err))
		arts, warns = corpus.LoadPaths(o.paths)
		return arts, warns, nil
	}
	openSet := cache.Open
	if o.lazy {
		openSet = cache.OpenForSearch
	}
	set, err := openSet(dir, o.paths)
	if err != nil {
		fmt.Fprintf(stderr, "quellen: warning: parse cache: %s\n", errText(err))
	}
	set.Workers = o.workers
	opts = append(opts, corpus.WithIndex(set.Index))
	if o.lazy {
		opts = append(opts, corpus.WithLazyArticles(set.Article))
	} else {
		set.Fill()
	}
	return set.Articles, set.Warnings, opts
}

// showProgress tells a person at a terminal that a slow load is under way:
// after a moment of silence it shows the elapsed time on stderr, and done
// erases the line. Nothing is written when stderr is not a terminal.
func showProgress(stderr io.Writer, what string) (done func()) {
	if !isTerminal(stderr) {
		return func() {}
	}
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		start := time.Now()
		wait := time.NewTimer(300 * time.Millisecond)
		defer wait.Stop()
		select {
		case <-stop:
			return
		case <-wait.C:
		}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			fmt.Fprintf(stderr, "\rquellen: %s… %.1fs", what, time.Since(start).Seconds())
			select {
			case <-stop:
				fmt.Fprint(stderr, "\r\x1b[K") // erase the progress line
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(stop)
		<-finished
	}
}

// printer writes CLI output; styled only when stdout is a terminal.
type printer struct {
	w     io.Writer
	color bool
}

func newPrinter(w io.Writer) *printer {
	return &printer{w: w, color: isTerminal(w) && os.Getenv("NO_COLOR") == ""}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func printArticles(p *printer, c *corpus.Corpus, o options) error {
	rows := articleRows(c)
	if o.json {
		return writeJSON(p.w, map[string]any{"articles": rows})
	}
	// The source column appears only when some article names its source.
	withSource := false
	for _, r := range rows {
		withSource = withSource || r.Source != ""
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	if withSource {
		fmt.Fprintln(tw, "ID\tDATE\tLANG\tPARAS\tWORDS\tSOURCE\tTITLE")
	} else {
		fmt.Fprintln(tw, "ID\tDATE\tLANG\tPARAS\tWORDS\tTITLE")
	}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t", r.ID, orDash(r.Date), r.Lang, r.Paragraphs, r.Words)
		if withSource {
			fmt.Fprintf(tw, "%s\t", orDash(r.Source))
		}
		fmt.Fprintln(tw, r.Title)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func printSearch(p *printer, c *corpus.Corpus, o options) error {
	hits, err := c.NewSearcher().Search(context.Background(), o.query, o.limit)
	if err != nil {
		return err
	}
	if o.json {
		results := make([]searchRow, 0, len(hits.Results))
		for _, r := range hits.Results {
			results = append(results, searchRow{r, provenanceOf(c, r.Article)})
		}
		return writeJSON(p.w, map[string]any{"query": o.query, "results": results})
	}
	switch {
	case hits.Total == 0:
		fmt.Fprintf(p.w, "No passage matches %q.\n", o.query)
		return nil
	case hits.Partial:
		fmt.Fprintf(p.w, "No passage has all words of %q; closest:\n", o.query)
	case hits.Total > len(hits.Results):
		fmt.Fprintf(p.w, "%d passages match %q; the best %d:\n", hits.Total, o.query, len(hits.Results))
	default:
		fmt.Fprintf(p.w, "%d %s %q:\n", hits.Total, plural(hits.Total, "passage matches", "passages match"), o.query)
	}
	for _, r := range hits.Results {
		title := r.Article
		var sentences []corpus.Span
		if a := c.Article(r.Article); a != nil {
			title = p.markMatches(a.Title, r.TitleMatches)
			if r.Paragraph < len(a.Paragraphs) {
				sentences = a.Paragraphs[r.Paragraph].Sentences
			}
		}
		note := ""
		if len(r.TitleMatches) > 0 {
			note = ", words from the title"
		}
		fmt.Fprintf(p.w, "\n%s\n%s\n", title, p.dim(fmt.Sprintf("%s ¶%d, score %.2f%s", r.Article, r.Paragraph+1, r.Score, note)))
		text, matches := excerpt(r.Text, r.Matches, sentences)
		for _, line := range wrapLine(p.markMatches(text, matches), searchWidth) {
			fmt.Fprintf(p.w, "    %s\n", line)
		}
		if more := len(r.Matches) - len(matches); more > 0 {
			fmt.Fprintf(p.w, "    %s\n", p.dim(fmt.Sprintf("(%d more %s further on)", more, plural(more, "match", "matches"))))
		}
	}
	return nil
}

// searchWidth is the width passages are wrapped to, indent excluded.
const searchWidth = 76

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// dim greys out secondary text on a terminal.
func (p *printer) dim(s string) string {
	if !p.color {
		return s
	}
	return "\x1b[2m" + s + "\x1b[22m"
}

// markMatches marks each match: bold on a terminal, [brackets] in a pipe.
func (p *printer) markMatches(text string, matches []corpus.Span) string {
	open, close := "[", "]"
	if p.color {
		open, close = "\x1b[1m", "\x1b[22m"
	}
	var b strings.Builder
	at := 0
	for _, m := range matches {
		b.WriteString(text[at:m.Start])
		b.WriteString(open + text[m.Start:m.End] + close)
		at = m.End
	}
	b.WriteString(text[at:])
	return b.String()
}

// Excerpts of long passages: some context before the first match, and as
// much after as fits.
const (
	excerptRunes = 320
	contextRunes = 80
)

// excerpt cuts a long passage down to the part around its first match,
// starting with that match's sentence when it is near, else at a word, with
// "…" where text was left out. The matches are moved to the excerpt; those
// outside it are dropped.
func excerpt(text string, matches, sentences []corpus.Span) (string, []corpus.Span) {
	if utf8.RuneCountInString(text) <= excerptRunes {
		return text, matches
	}
	first := 0
	if len(matches) > 0 {
		first = matches[0].Start
	}
	start := backRunes(text, first, contextRunes)
	if start > 0 {
		if i := strings.IndexByte(text[start:first], ' '); i >= 0 {
			start += i + 1
		}
	}
	for _, sn := range sentences {
		if sn.Start <= first && first < sn.End && utf8.RuneCountInString(text[sn.Start:first]) <= 2*contextRunes {
			start = sn.Start
		}
	}
	end := len(text)
	if rest := []rune(text[start:]); len(rest) > excerptRunes {
		end = start + len(string(rest[:excerptRunes]))
		if i := strings.LastIndexByte(text[start:end], ' '); i > 0 && start+i > first {
			end = start + i
		}
	}
	prefix, suffix := "", ""
	if start > 0 {
		prefix = "… "
	}
	if end < len(text) {
		suffix = " …"
	}
	var kept []corpus.Span
	for _, m := range matches {
		if m.Start >= start && m.End <= end {
			kept = append(kept, corpus.Span{Start: m.Start - start + len(prefix), End: m.End - start + len(prefix)})
		}
	}
	return prefix + text[start:end] + suffix, kept
}

// backRunes returns the byte offset n runes before i (or 0).
func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// wrapLine breaks s into lines of at most width visible runes at spaces.
// ANSI sequences take no room.
func wrapLine(s string, width int) []string {
	var lines []string
	var line strings.Builder
	lineLen := 0
	for _, word := range strings.Split(s, " ") {
		n := visibleLen(word)
		if lineLen > 0 && lineLen+1+n > width {
			lines = append(lines, line.String())
			line.Reset()
			lineLen = 0
		}
		if lineLen > 0 {
			line.WriteByte(' ')
			lineLen++
		}
		line.WriteString(word)
		lineLen += n
	}
	return append(lines, line.String())
}

func visibleLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

func printFigures(p *printer, c *corpus.Corpus, o options) error {
	figs, groups := c.Figures(), c.Groups()
	if o.json {
		rows := articleRows(c)
		if figs == nil {
			figs = []*corpus.Figure{}
		}
		if groups == nil {
			groups = []*corpus.Group{}
		}
		return writeJSON(p.w, map[string]any{"articles": rows, "figures": figs, "groups": groups})
	}
	title := func(id string) string {
		if a := c.Article(id); a != nil {
			return a.Title
		}
		return id
	}
	switch o.format {
	case "markdown", "md":
		return corpus.WriteMarkdownAll(p.w, figs, groups, c.Origin)
	case "csv":
		return corpus.WriteCSV(p.w, figs, groups, c.Origin)
	}
	// People read outlets, not headlines, where an outlet is known.
	name := func(id string) string {
		if a := c.Article(id); a != nil && a.Source != "" {
			return a.Source
		}
		return title(id)
	}
	return printFigureText(p.w, figs, groups, name)
}

// printFigureText prints one block per group (label, spread, one aligned
// row per figure: source, figure as written, qualifier, attribution), then
// the figures no other source reports, briefly.
func printFigureText(w io.Writer, figs []*corpus.Figure, groups []*corpus.Group, title func(string) string) error {
	short := func(s string, n int) string {
		if r := []rune(s); len(r) > n {
			return strings.TrimSpace(string(r[:n-1])) + "…"
		}
		return s
	}
	for i, g := range groups {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s\n  %s · %d sources, %d independent · %s\n", g.Label, g.Spread(), g.Sources, g.Independent, g.Kind)
		for _, cl := range g.Claims {
			fmt.Fprintf(w, "  one claim of %s, reported by %d articles\n", cl.Source, cl.Articles)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		dated, undated := g.Timeline()
		for _, f := range append(dated, undated...) {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s%s\n", orDash(f.Date), short(title(f.Article), 40), short(f.Text, 50),
				f.QualifierText(), orDash(f.Attribution), copyNote(f, title))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	var rest []*corpus.Figure
	for _, f := range figs {
		if f.Group < 0 {
			rest = append(rest, f)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	if len(groups) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Reported by one source only (%d)\n", len(rest))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, f := range rest {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", short(title(f.Article), 30), short(f.Text, 50), f.QualifierText(), orDash(f.Attribution))
	}
	return tw.Flush()
}

// copyNote says which article a figure's sentence was copied from, and
// whether the copy changed the figure.
func copyNote(f *corpus.Figure, title func(string) string) string {
	switch {
	case f.CopyOf == "":
		return ""
	case f.Revised:
		return "\t(revised copy of " + strings.TrimSpace(title(f.CopyOf)) + ")"
	}
	return "\t(copy of " + strings.TrimSpace(title(f.CopyOf)) + ")"
}

func printEntities(p *printer, c *corpus.Corpus, o options) error {
	ents := c.Entities()
	if o.json {
		if ents == nil {
			ents = []*corpus.Entity{}
		}
		return writeJSON(p.w, map[string]any{"entities": ents, "articles": articleRows(c)})
	}
	if len(ents) == 0 {
		_, err := fmt.Fprintln(p.w, "no entities found")
		return err
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	for i, t := range entityTypeOrder {
		group := entitiesOfType(ents, t)
		if len(group) == 0 {
			continue
		}
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "%s (%d)\n", entityTypeTitle[t], len(group))
		fmt.Fprintln(tw, "  NAME\tMENTIONS\tARTICLES\tALIASES")
		for _, e := range group {
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%s\n", e.Name, len(e.Mentions), e.Articles(), orDash(strings.Join(e.Aliases, ", ")))
		}
	}
	return tw.Flush()
}

var entityTypeOrder = []corpus.EntityType{corpus.Person, corpus.Place, corpus.Org, corpus.Other}

var entityTypeTitle = map[corpus.EntityType]string{
	corpus.Person: "PEOPLE", corpus.Place: "PLACES", corpus.Org: "ORGANISATIONS", corpus.Other: "OTHER",
}

// entitiesOfType keeps the corpus order: most mentioned first.
func entitiesOfType(ents []*corpus.Entity, t corpus.EntityType) []*corpus.Entity {
	var out []*corpus.Entity
	for _, e := range ents {
		if e.Type == t {
			out = append(out, e)
		}
	}
	return out
}

func runReader(c *corpus.Corpus, o options) error {
	return ui.Run(c, ui.DefaultConfig())
}
