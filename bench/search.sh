#!/usr/bin/env bash
# Compares `quellen search` (load every file, build or read the index, answer),
# without and with its parse cache and index file, with ripgrep and fzf on the generated
# 10 000-article corpus. The cache lives in a temporary folder; hyperfine's
# warm-up run fills it.
#
#   bench/search.sh [DIR] [QUERY ...]
#
# DIR defaults to /tmp/quellen-bench and is generated when missing. fzf gets
# the same paragraphs, one per line. Needs: go, rg, fzf, hyperfine
# (apt-get install -y ripgrep fzf hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-/tmp/quellen-bench}
shift || true
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(wladiwostok budanow)

if [ ! -d "$dir/gen" ]; then
	go run ./bench/gencorpus -n 10000 "$dir"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/quellen" .
# Paragraphs are separated by blank lines in the generated files.
find "$dir" -name '*.txt' -print0 | xargs -0 cat | grep -v '^$' >"$work/lines.txt"
echo "corpus: $(find "$dir" -name '*.txt' | wc -l) files, $(du -sh "$dir" | cut -f1), $(wc -l <"$work/lines.txt") paragraphs"

for q in "${queries[@]}"; do
	hyperfine --warmup 1 --runs 5 --style basic --export-markdown "$work/$q.md" \
		-n "quellen search --no-cache $q" "$work/quellen search --no-cache --limit 20 $q $dir" \
		-n "quellen search $q (caches warm)" "XDG_CACHE_HOME=$work/cache $work/quellen search --limit 20 $q $dir" \
		-n "rg -i $q" "rg -i $q $dir" \
		-n "fzf --filter $q" "fzf --filter $q <$work/lines.txt" >/dev/null
	cat "$work/$q.md"
	echo
done
