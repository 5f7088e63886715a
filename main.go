// Command quellen is a terminal reader for comparing how news sources report
// one story: it shows the articles, finds passages by fuzzy search, names
// people, places and organisations, and puts the figures different sources
// give for the same thing side by side.
//
// main.go parses the command line and dispatches; flags.go holds each
// command's flags, load.go loads the articles, print*.go prints results.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"quellen/corpus"
	"quellen/internal/termprobe" // keeps Bubble Tea's init from asking the terminal
	"quellen/ui"
)

const version = "0.1.0"

// Exit codes: 0 when at least one article loaded (and, for search, some
// passage matched), 1 when none did, 2 for bad usage.
const (
	exitOK      = 0
	exitNoInput = 1
	exitUsage   = 2
)

// command is one subcommand: its synopsis, what it does, and how it runs
// on the loaded corpus. A nil run needs no articles.
type command struct {
	name, args, summary string
	run                 func(p *printer, c *corpus.Corpus, o options) (code int, err error)
}

var commands = []command{
	{"articles", "[--json] [PATH ...]", "list articles: id, title, date, lang, paragraphs, words", printArticles},
	{"search", "[--json] [--limit N] QUERY [PATH ...]", "passages matching QUERY, best first; exit 1 when none", printSearch},
	{"figures", "[--json | --format text|markdown|csv] [--lang de|en] [PATH ...]", "every figure and the comparison groups", printFigures},
	{"entities", "[--json] [PATH ...]", "people, places and organisations", printEntities},
	{"shared", "[--json] [PATH ...]", "passages several articles share (agency copy)", printShared},
	{"cache", "clean", "remove the parse cache", nil},
}

func lookup(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

const commonHelp = `PATH is a file or a folder of .txt, .md and .html articles (walked recursively);
- reads one article from stdin.
Options of every command but cache:
  --aliases FILE   entity corrections, one "alias<TAB>canonical" or "name<TAB>type" per line
  --lang de|en     figures and the reader only: group labels in one language
  --no-cache       parse every file again; do not read or write the parse cache
                   (also QUELLEN_NO_CACHE=1). The cache lives in $XDG_CACHE_HOME/quellen.
Exit status: 0 when articles loaded, 1 when none did (or search matched nothing), 2 for bad usage.
`

func usage() string {
	var b strings.Builder
	b.WriteString("quellen: compare how news sources report one story\n\nUsage:\n")
	b.WriteString("  quellen [--lang de|en] [PATH ...]           open the reader (embedded articles when no PATH)\n")
	for _, c := range commands {
		line := "  quellen " + c.name + " " + c.args
		if len(line) > 45 {
			fmt.Fprintf(&b, "%s\n  %-44s%s\n", line, "", c.summary)
		} else {
			fmt.Fprintf(&b, "%-46s%s\n", line, c.summary)
		}
	}
	b.WriteString("  quellen --help | --version\n  quellen COMMAND --help                      one command's usage\n\n")
	b.WriteString(commonHelp)
	return b.String()
}

// commandUsage is one command's help, for COMMAND --help.
func commandUsage(c *command) string {
	u := fmt.Sprintf("quellen %s: %s\n\nUsage:\n  quellen %s %s\n", c.name, c.summary, c.name, c.args)
	if c.run != nil {
		u += "\n" + commonHelp
	}
	return u
}

func main() {
	termprobe.Restore()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is bad usage: printed with a hint, exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cmd *command
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "-h" || a == "--help" || a == "-help" || a == "help":
			if len(args) > 1 && lookup(args[1]) != nil {
				fmt.Fprint(stdout, commandUsage(lookup(args[1])))
			} else {
				fmt.Fprint(stdout, usage())
			}
			return exitOK
		case a == "-version" || a == "--version" || a == "version":
			fmt.Fprintln(stdout, "quellen", versionString())
			return exitOK
		case lookup(a) != nil:
			cmd, args = lookup(a), args[1:]
		case looksLikeCommand(a):
			fmt.Fprintf(stderr, "quellen: unknown command %q (and no such file or folder)\nCommands: reader (no command), %s. Run 'quellen --help' for usage.\n",
				corpus.SanitizeName(a), commandNames())
			return exitUsage
		}
	}
	if cmd != nil && cmd.name == "cache" {
		return runCache(args, stdout, stderr)
	}
	opts, err := parseFlags(cmd, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			if cmd != nil {
				fmt.Fprint(stdout, commandUsage(cmd))
			} else {
				fmt.Fprint(stdout, usage())
			}
			return exitOK
		}
		name := "quellen"
		if cmd != nil {
			name += " " + cmd.name
		}
		fmt.Fprintf(stderr, "quellen: %s\nRun '%s --help' for usage.\n", errText(err), name)
		return exitUsage
	}
	out := newPrinter(stdout)
	reader := cmd == nil && out.terminal
	// The reader and search read articles from the cache only as they show
	// them; the reader computes in the background and leaves a core to the
	// screen.
	opts.lazy = reader || cmd != nil && cmd.name == "search"
	if reader {
		opts.workers = max(1, runtime.NumCPU()-1)
	}
	c, err := loadCorpus(opts, stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %s\n", errText(err))
		return exitUsage
	}
	if len(c.Articles) == 0 {
		fmt.Fprintln(stderr, "quellen: no article could be loaded"+whyNothing(c.Warnings))
		return exitNoInput
	}
	code := exitOK
	switch {
	case cmd != nil:
		code, err = cmd.run(out, c, opts)
	case !out.terminal:
		// Not a terminal to draw on: print what the reader would list.
		code, err = printArticles(out, c, opts)
	default:
		cfg := ui.DefaultConfig()
		cfg.InputTTY = opts.stdin // keys come from the terminal, not the article
		err = ui.Run(c, cfg)
	}
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %s\n", errText(err))
		return exitNoInput
	}
	return code
}

// looksLikeCommand reports whether a first argument that is no command is
// a mistyped one rather than a path: it does not exist and has neither a
// path separator nor an extension.
func looksLikeCommand(a string) bool {
	if a == "-" || strings.HasPrefix(a, "-") || strings.ContainsAny(a, `/\.`) {
		return false
	}
	_, err := os.Stat(a)
	return errors.Is(err, os.ErrNotExist)
}

func commandNames() string {
	var names []string
	for _, c := range commands {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
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
