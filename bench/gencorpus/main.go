// Command gencorpus writes the benchmark corpus to a folder, for measuring
// the quellen binary against other tools on the same files:
//
//	go run ./bench/gencorpus -n 10000 /tmp/quellen-bench
package main

import (
	"flag"
	"fmt"
	"os"

	"quellen/bench/gen"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-n N] DIR")
		os.Exit(2)
	}
	if err := gen.WriteDir(flag.Arg(0), *n); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
