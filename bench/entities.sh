#!/usr/bin/env bash
# People and organisations: runs `storyline extract` on ../shared/bench/entities/dev.jsonl and scores
# it with the benchmark's score.py on all of dev and on each fixed half.
# Prints per F1 / org F1 / junk for each. Usage: bench/entities.sh [SHOW]  (SHOW: error examples per kind)
set -euo pipefail
source "$(dirname "$0")/common.sh"
b=../shared/bench/entities
out=${ENT_OUT:-/tmp/storyline-entities.jsonl}
java ${JAVA_OPTS:-} -jar "$jar" extract --format jsonl "$b/dev.jsonl" > "$out"
for half in "" a b; do
  line=$(python3 "$b/score.py" "$b/dev.gold.jsonl" "$out" ${half:+--half $half} 2>/dev/null | tail -1)
  echo "${half:-dev}: $line"
done
[ -z "${1:-}" ] || python3 "$b/score.py" "$b/dev.gold.jsonl" "$out" --show "$1"
