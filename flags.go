package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"quellen/corpus"
)

// options are the parsed command line of one command.
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
	stdin   bool // "-" was among the paths: one article comes from stdin
}

// parseFlags accepts flags before and after positional arguments
// ("quellen search kim --json DIR"), as users type them. cmd is nil for
// the reader.
func parseFlags(cmd *command, args []string) (options, error) {
	var o options
	name := "quellen"
	if cmd != nil {
		name = cmd.name
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if cmd != nil {
		fs.BoolVar(&o.json, "json", false, "")
	}
	if name == "search" {
		fs.IntVar(&o.limit, "limit", 20, "")
	}
	if name == "figures" {
		fs.StringVar(&o.format, "format", "text", "")
	}
	if name == "figures" || cmd == nil {
		fs.StringVar(&o.lang, "lang", "", "")
	}
	fs.StringVar(&o.aliases, "aliases", "", "")
	fs.BoolVar(&o.noCache, "no-cache", false, "")
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return o, err
			}
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
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["json"] && set["format"] {
		return o, usageError{"--json and --format exclude each other: --json is the data, --format how to print it for people"}
	}
	if name == "search" {
		words, paths := splitQuery(positional)
		if strings.TrimSpace(strings.Join(words, " ")) == "" {
			return o, usageError{"search needs a QUERY"}
		}
		o.query, positional = strings.Join(words, " "), paths
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
	return o, o.setPaths(positional)
}

// setPaths takes the paths; "-" (stdin) may be one of them, once.
func (o *options) setPaths(positional []string) error {
	for _, p := range positional {
		if p == "-" {
			if o.stdin {
				return usageError{"- (stdin) can be given once"}
			}
			o.stdin = true
			continue
		}
		o.paths = append(o.paths, p)
	}
	return nil
}

// splitQuery takes the words of a query typed without quotes ("search 1500
// wladiwostok DIR"): every argument before the first one that is a path
// (it exists, is "-", or names a folder or an article file).
func splitQuery(args []string) (words, paths []string) {
	for i, a := range args {
		if isPathArg(a) && i > 0 {
			return args[:i], args[i:]
		}
	}
	return args, nil
}

func isPathArg(a string) bool {
	if a == "-" || strings.ContainsRune(a, os.PathSeparator) || strings.ContainsRune(a, '/') || corpus.IsArticleFile(a) {
		return true
	}
	_, err := os.Stat(a)
	return err == nil
}
