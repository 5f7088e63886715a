#!/usr/bin/env bash
# Measures the time from starting the reader to its first full frame: the
# embedded seeds (or DIR) are loaded, the article list and the first article
# are drawn. It starts quellen in a detached tmux pane and polls the screen
# every millisecond until the status bar shows the reading position, so the figure includes up
# to a few ms of polling overhead.
#
#   bench/firstframe.sh [RUNS] [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
dir=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/state"
go build -o "$work/quellen" .
times=()
for i in $(seq 1 "$runs"); do
	sock="quellen-ff-$$-$i" # a fresh tmux server per run
	start=$(date +%s%N)
	tmux -L "$sock" -f /dev/null new-session -d -s ff -x 140 -y 40 "XDG_STATE_HOME=$work/state $work/quellen $dir"
	until tmux -L "$sock" capture-pane -p -t ff 2>/dev/null | grep -q ' 0%'; do sleep 0.001; done
	end=$(date +%s%N)
	times+=($(((end - start) / 1000000)))
	tmux -L "$sock" kill-server 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "first frame over %d runs: min %d ms, median %d ms, max %d ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'
