package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"quellen/corpus"
	"quellen/corpus/cache"
	"quellen/seeds"
)

// maxAliasesFile bounds the --aliases file; a long one has a few thousand lines.
const maxAliasesFile = 16 << 20

// loadCorpus loads the paths given, or the embedded seeds, and prints each
// warning on stderr.
func loadCorpus(o options, stdin io.Reader, stderr io.Writer) (*corpus.Corpus, error) {
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
	switch {
	case len(o.paths) > 0:
		done := showProgress(stderr, "loading articles")
		var more []corpus.Option
		arts, warns, more = loadPaths(o, stderr)
		copts = append(copts, more...)
		done()
	case !o.stdin:
		arts, warns = corpus.LoadFS(seeds.FS())
	}
	if o.stdin {
		a, ws := readStdin(stdin, arts)
		warns = append(warns, ws...)
		if a != nil {
			arts = append(arts, a)
		}
	}
	for _, w := range warns {
		fmt.Fprintf(stderr, "quellen: warning: %s\n", w)
	}
	if o.workers > 0 {
		copts = append(copts, corpus.WithWorkers(o.workers))
	}
	return corpus.New(arts, warns, copts...), nil
}

// readStdin reads the article "-" names: its format is told from its
// start (HTML, Markdown front matter, else text), its ID is "stdin" (made
// unique among the others).
func readStdin(r io.Reader, others []*corpus.Article) (*corpus.Article, []corpus.Warning) {
	data, err := io.ReadAll(io.LimitReader(r, corpus.MaxFileSize+1))
	if err != nil {
		return nil, []corpus.Warning{{Path: "-", Reason: "cannot read stdin: " + errText(err)}}
	}
	if len(data) > corpus.MaxFileSize {
		return nil, []corpus.Warning{{Path: "-", Reason: "skipped: stdin is over the 32 MB limit"}}
	}
	ext := ".txt"
	head := strings.ToLower(strings.TrimSpace(string(data[:min(len(data), 512)])))
	switch {
	case strings.HasPrefix(head, "<"):
		ext = ".html"
	case strings.HasPrefix(head, "---\n"), strings.HasPrefix(head, "# "):
		ext = ".md"
	}
	id := "stdin"
	for n := 2; slices.ContainsFunc(others, func(a *corpus.Article) bool { return a.ID == id }); n++ {
		id = fmt.Sprintf("stdin~%d", n)
	}
	a, notes, err := corpus.Parse(id+ext, data)
	var warns []corpus.Warning
	for _, n := range notes {
		warns = append(warns, corpus.Warning{Path: "-", Reason: n})
	}
	if err != nil {
		return nil, append(warns, corpus.Warning{Path: "-", Reason: "skipped: " + err.Error()})
	}
	if a.Title == id+ext {
		a.Title = id
	}
	a.ID = id
	return a, warns
}

// whyNothing explains an empty load when only files of other types were
// found; "" otherwise.
func whyNothing(warns []corpus.Warning) string {
	for _, w := range warns {
		if corpus.IsSkippedTypes(w) {
			return ": quellen reads .txt, .md and .html files"
		}
	}
	return ""
}

// loadPaths loads files from disk, through the parse cache unless it is
// turned off; the options returned give the corpus the search index
// persisted beside the cache. A cache that cannot be used never stops the
// command. With o.lazy the articles' paragraphs are decoded only as they
// are read. An article from stdin is not in the cache's set, so with one
// every article is read now and the index built afresh.
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
	lazy := o.lazy && !o.stdin
	openSet := cache.Open
	if lazy {
		openSet = cache.OpenForSearch
	}
	set, err := openSet(dir, o.paths)
	if err != nil {
		fmt.Fprintf(stderr, "quellen: warning: parse cache: %s\n", errText(err))
	}
	set.Workers = o.workers
	if o.stdin {
		set.Fill()
		return set.Articles, set.Warnings, nil
	}
	opts = append(opts, corpus.WithIndex(set.Index))
	if lazy {
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
