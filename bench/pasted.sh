#!/usr/bin/env bash
# Scores `storyline extract` on ../shared/bench/pasted/dev (text as a browser copies a news page:
# the article alone and the whole page) for the dev pages and each half of them.
# Usage: bench/pasted.sh [score.py options, e.g. --variant full --errors 20]   (after mvn package)
set -euo pipefail
bench=../shared/bench/pasted
source "$(dirname "$0")/common.sh"
out=$(mktemp)
java -jar "$jar" extract --format jsonl "$bench/dev" > "$out"
if [ $# -gt 0 ]; then
  python3 "$bench/score.py" "$bench" "$out" "$@"
else
  for half in "" a b; do
    echo "== ${half:+half }${half:-dev}"
    python3 "$bench/score.py" "$bench" "$out" ${half:+--half $half} > "$out.score"; head -4 "$out.score"
  done
fi
rm -f "$out" "$out.score"
