package main

import (
	"fmt"
	"io"

	"quellen/corpus/cache"
)

// runCache runs "quellen cache clean": it removes the parse cache.
func runCache(args []string, stdout, stderr io.Writer) int {
	c := lookup("cache")
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
		fmt.Fprint(stdout, commandUsage(c))
		return exitOK
	}
	if len(args) != 1 || args[0] != "clean" {
		fmt.Fprintf(stderr, "quellen: cache takes one word: clean\nRun 'quellen cache --help' for usage.\n")
		return exitUsage
	}
	dir, err := cache.Dir()
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %s\n", errText(err))
		return exitNoInput
	}
	files, bytes, err := cache.Clean(dir)
	fmt.Fprintf(stdout, "removed %d cache %s (%.1f MB) from %s\n", files, plural(files, "file", "files"), float64(bytes)/(1<<20), dir)
	if err != nil {
		fmt.Fprintf(stderr, "quellen: %s\n", errText(err))
		return exitNoInput
	}
	return exitOK
}
