// Command quellen is a terminal reader for comparing how news sources report
// one story: it shows the articles, finds passages by fuzzy search, names
// people, places and organisations, and puts the figures different sources
// give for the same thing side by side.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"text/tabwriter"

	"quellen/corpus"
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
  quellen figures [--json] [--format F] [PATH ...]
                                              every figure and the comparison groups
                                              (F: text, markdown or csv)
  quellen entities [--json] [PATH ...]        people, places and organisations
  quellen --help | --version

PATH is a file or a folder of .txt, .md and .html articles (walked recursively).
Options common to all commands:
  --aliases FILE   entity corrections, one "alias<TAB>canonical" or "name<TAB>type" per line
`

// Exit codes: 0 when at least one article loaded, 1 when none, 2 for bad usage.
const (
	exitOK      = 0
	exitNoInput = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is bad usage: printed with a hint, exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "read"
	if len(args) > 0 {
		switch args[0] {
		case "articles", "search", "figures", "entities":
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
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return exitOK
		}
		fmt.Fprintf(stderr, "quellen: %v\nRun 'quellen --help' for usage.\n", err)
		return exitUsage
	}
	c, err := loadCorpus(opts, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %v\n", err)
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
	default:
		err = runReader(c, opts)
	}
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %v\n", err)
		return exitNoInput
	}
	return exitOK
}

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
	aliases string
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
	fs.StringVar(&o.aliases, "aliases", "", "")
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
	if o.aliases != "" {
		f, err := os.Open(o.aliases)
		if err != nil {
			return nil, fmt.Errorf("--aliases: %v", err)
		}
		a, err := corpus.ParseAliases(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("--aliases %s: %v", o.aliases, err)
		}
		copts = append(copts, corpus.WithAliases(a))
	}
	var arts []*corpus.Article
	var warns []corpus.Warning
	if len(o.paths) == 0 {
		arts, warns = corpus.LoadFS(seeds.FS())
	} else {
		arts, warns = corpus.LoadPaths(o.paths)
	}
	for _, w := range warns {
		fmt.Fprintf(stderr, "quellen: warning: %s\n", w)
	}
	return corpus.New(arts, warns, copts...), nil
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

type articleRow struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Date       string `json:"date"`
	Source     string `json:"source"`
	Lang       string `json:"lang"`
	Paragraphs int    `json:"paragraphs"`
	Words      int    `json:"words"`
}

func printArticles(p *printer, c *corpus.Corpus, o options) error {
	rows := make([]articleRow, 0, len(c.Articles))
	for _, a := range c.Articles {
		rows = append(rows, articleRow{a.ID, a.Title, a.Date, a.Source, a.Lang, len(a.Paragraphs), a.Words})
	}
	if o.json {
		return writeJSON(p.w, map[string]any{"articles": rows})
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tLANG\tPARAS\tWORDS\tTITLE")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", r.ID, orDash(r.Date), r.Lang, r.Paragraphs, r.Words, r.Title)
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
	return errors.New("search: not built yet")
}
func printFigures(p *printer, c *corpus.Corpus, o options) error {
	return errors.New("figures: not built yet")
}
func printEntities(p *printer, c *corpus.Corpus, o options) error {
	return errors.New("entities: not built yet")
}

func runReader(c *corpus.Corpus, o options) error {
	return ui.Run(c, ui.DefaultConfig())
}
