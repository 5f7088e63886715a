// Package termprobe keeps Bubble Tea v1 from asking the terminal for its
// background colour when the process starts. Bubble Tea's tea_init.go does
// so in every binary that links it, and a terminal that never answers
// (a relayed pty, a hook runner, `script`) makes every subcommand, even
// `--json`, wait termenv's 5 s timeout; the answer, when it comes late, is
// left as junk on the user's prompt. Only the reader needs the colour.
//
// Import it first in package main: it imports nothing but os, so Go
// initialises it before Bubble Tea (which waits for Lip Gloss and
// termenv), and its init hides TERM behind "dumb", which termenv does not
// query. Restore, first thing in main, puts TERM back; the reader then asks
// the terminal itself on a fresh renderer (ui.Run).
package termprobe

import "os"

var term, hadTerm = os.LookupEnv("TERM")

func init() {
	if hadTerm {
		os.Setenv("TERM", "dumb")
	}
}

// Restore gives TERM back its value from before the program started.
func Restore() {
	if hadTerm {
		os.Setenv("TERM", term)
	}
}
