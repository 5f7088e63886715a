#!/usr/bin/env bash
# Measures the reader on a folder, caches warm: the first frame, the search
# usable (a query typed at once shows its passages), the background
# analyses done (the progress line in the status bar is gone) and the peak
# memory. It starts quellen in a detached tmux pane and polls the screen
# every 10 ms, so each figure includes up to about 10 ms of polling.
#
#   bench/reader.sh DIR [RUNS] [QUERY]
#
# One run before the measured ones fills the parse cache and the index file
# (in a temporary XDG_CACHE_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
runs=${2:-3}
query=${3:-soldaten}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/state" "$work/cache"
go build -o "$work/quellen" .
env=(XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache")
env "${env[@]}" "$work/quellen" search "$query" "$dir" >/dev/null # warm the caches

ms() { echo $((($(date +%s%N) - $1) / 1000000)); }
screen() { tmux -L "$sock" capture-pane -p -t rd 2>/dev/null; }
waitfor() { until screen | grep -q "$1"; do sleep 0.01; done; }
waitgone() { while screen | grep -q "$1"; do sleep 0.01; done; }

for i in $(seq 1 "$runs"); do
	sock="quellen-rd-$$-$i"
	rm -rf "$work/state" && mkdir -p "$work/state" # no saved position: the first article opens at 0%
	start=$(date +%s%N)
	tmux -L "$sock" -f /dev/null new-session -d -s rd -x 160 -y 45 \
		"env ${env[*]} /usr/bin/time -f %M -o $work/mem $work/quellen $dir"
	waitfor ' 0%'
	first=$(ms "$start")
	tmux -L "$sock" send-keys -t rd / && tmux -L "$sock" send-keys -t rd -l "$query"
	waitfor 'passages'
	search=$(ms "$start")
	waitgone 'search index…'
	waitgone 'entities…'
	entities=$(ms "$start")
	waitgone 'figures…'
	figures=$(ms "$start")
	tmux -L "$sock" send-keys -t rd Escape && sleep 0.3 && tmux -L "$sock" send-keys -t rd q
	while tmux -L "$sock" has-session 2>/dev/null; do sleep 0.05; done
	echo "run $i: first frame $first ms, search usable $search ms, entities $entities ms, figures $figures ms, peak memory $(($(cat "$work/mem") / 1024)) MB"
	tmux -L "$sock" kill-server 2>/dev/null || true
done
