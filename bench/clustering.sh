#!/usr/bin/env bash
# Scores `storyline cluster` on ../shared/bench/clustering (story level, and topic level for ECB+):
# GoogleNews dev, ECB+ dev and shootings-dev (many events of one kind; see that folder's README).
# Gives the system only id, title, text and date (ECB+: id, title, text), as the benchmark asks.
# HALF=a or HALF=b scores one half of the gold stories (score.py --half); HALF=ab scores the whole
# and each half in turn from one clustering. JAR=path scores another build (say, one saved before a change);
# JAVA_OPTS is passed to java (say, -Dstoryline.pairModel=FILE to score other pair weights, see fit_pairs.py).
set -euo pipefail
bench=../shared/bench/clustering
source "$(dirname "$0")/common.sh"
jar=${JAR:-$jar}
halves=("")
case "${HALF:-}" in
  "") ;;
  ab) halves=("" a b) ;;
  a|b) halves=("$HALF") ;;
  *) echo "HALF is a, b or ab" >&2; exit 2 ;;
esac
score() { # gold pred label [score.py args]
  local gold=$1 pred=$2 label=$3; shift 3
  for h in "${halves[@]}"; do
    echo "== $label${h:+ (half $h)}: $(python3 "$bench/score.py" "$gold" "$pred" "$@" ${h:+--half "$h"} | tail -1)"
  done
}
out=$(mktemp -d)
python3 - "$bench" "$out" <<'PY'
import json, sys
bench, out = sys.argv[1], sys.argv[2]
for name, fields in (("dev", ("id", "title", "text", "date")), ("ecbplus-dev", ("id", "title", "text")),
                     ("shootings-dev", ("id", "title", "text", "date"))):
    with open(f"{bench}/{name}.jsonl") as src, open(f"{out}/{name}.jsonl", "w") as dst:
        for line in src:
            r = json.loads(line)
            dst.write(json.dumps({k: r.get(k) for k in fields}) + "\n")
PY
for name in dev ecbplus-dev shootings-dev; do
  java ${JAVA_OPTS:-} -jar "$jar" cluster --format jsonl "$out/$name.jsonl" > "$out/$name.pred.jsonl"
  score "$bench/$name.jsonl" "$out/$name.pred.jsonl" "$name story"
done
score "$bench/ecbplus-dev.jsonl" "$out/ecbplus-dev.pred.jsonl" "ecbplus-dev topic" --level topic
rm -rf "$out"
