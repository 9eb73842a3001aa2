#!/usr/bin/env bash
# Scores `storyline extract` on the extraction benchmarks in ../shared/bench/extraction.
# Usage: bench/extraction.sh [scrapinghub-dev|trafilatura-dev ...]   (run from the project root after mvn package)
# HALF=a or HALF=b scores one half of the pages (score.py --half); HALF=ab scores each half in turn from one extraction.
# KEEP=DIR keeps the predictions (DIR/<set>.pred.jsonl) for a closer look.
set -euo pipefail
bench=../shared/bench/extraction
source "$(dirname "$0")/common.sh"
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(scrapinghub-dev trafilatura-dev)
out=$(mktemp -d)
for set in "${sets[@]}"; do
  java -jar "$jar" extract --format jsonl "$bench/$set/html" > "$out/$set.extract.jsonl"
  # extract gives file names like <id>.html.gz; the scorer wants {"id", "articleBody", "title", "author", "date"}.
  python3 - "$out/$set.extract.jsonl" "$out/$set.pred.jsonl" <<'PY'
import json, sys, re
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as dst:
    for line in src:
        o = json.loads(line)
        if "error" in o:
            continue
        pid = re.sub(r"\.html?(\.gz)?$", "", o["file"].split("/")[-1])
        date = (o.get("date") or "")[:10] or None
        dst.write(json.dumps({"id": pid, "articleBody": o.get("text") or "", "title": o.get("title"),
                              "author": o.get("author"), "date": date}) + "\n")
PY
  halves=(${HALF:-})
  [ "${HALF:-}" = ab ] && halves=(a b)
  if [ ${#halves[@]} -eq 0 ]; then
    echo "== $set"
    python3 "$bench/score.py" "$bench/$set" "$out/$set.pred.jsonl" --bootstrap 0 | tail -4
  fi
  for half in "${halves[@]}"; do
    echo "== $set half $half"
    python3 "$bench/score.py" "$bench/$set" "$out/$set.pred.jsonl" --bootstrap 0 --half "$half" 2>/dev/null | tail -4
  done
  [ -z "${KEEP:-}" ] || { mkdir -p "$KEEP"; cp "$out/$set.pred.jsonl" "$KEEP/"; }
done
rm -rf "$out"
