// Command gencorpus writes the benchmark corpus to a folder, for measuring
// the quellen binary against other tools on the same files:
//
//	go run ./bench/gencorpus -n 10000 /tmp/quellen-bench
//	go run ./bench/gencorpus -n 10000 -vocab /tmp/quellen-vocab
package main

import (
	"flag"
	"fmt"
	"os"

	"quellen/bench/gen"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	vocab := flag.Bool("vocab", false, "growing vocabulary: invented Zipf-distributed words and names")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-n N] [-vocab] DIR")
		os.Exit(2)
	}
	write := gen.WriteDir
	if *vocab {
		write = gen.WriteDirVocab
	}
	if err := write(flag.Arg(0), *n); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
