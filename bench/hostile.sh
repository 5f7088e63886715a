#!/usr/bin/env bash
# Writes the hostile inputs of issue 13 as files, one folder each, for
# timing `quellen articles` on them as a whole process:
#
#   short/  80 000 one-line paragraphs (`Short line number N here.`, 2.4 MB)
#   huge/   a 30 MB file of a million one-line paragraphs of German-ish text
#   word/   one 5 MB word without spaces
#   md/     crafted Markdown: `[a](` x 50 000, 100 000 reference
#           definitions, a list nested 5 000 deep
#
#   bench/hostile.sh [DIR]     (DIR defaults to /tmp/hostile-perf)
#
# Then, e.g.: hyperfine 'quellen articles --no-cache DIR/huge'
set -euo pipefail
dir=${1:-/tmp/hostile-perf}
mkdir -p "$dir"/{short,huge,word,md}

awk 'BEGIN { for (i = 0; i < 80000; i++) printf "Short line number %d here.\n", i }' >"$dir/short/lines.txt"
awk 'BEGIN {
	split("Der Rat hat am Montag in Berlin über den Etat beraten Die Opposition kritisiert", w, " ")
	srand(13)
	for (i = 0; i < 1000000; i++)
		printf "%s %s %s %s Nr. %d.\n", w[int(rand()*13)+1], w[int(rand()*13)+1], w[int(rand()*13)+1], w[int(rand()*13)+1], i
}' >"$dir/huge/huge.txt"
head -c 5000000 /dev/zero | tr '\0' a >"$dir/word/word.txt"
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "[a]("; print "" }' >"$dir/md/open-links.md"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "[l%d]: http://x/%d\n", i, i }' >"$dir/md/link-defs.md"
awk 'BEGIN { for (i = 0; i < 5000; i++) { for (j = 0; j < i; j++) printf "  "; print "- x" } }' >"$dir/md/nested-list.md"
du -sh "$dir"/*
