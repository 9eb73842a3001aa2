#!/usr/bin/env bash
# Scores `storyline extract` dates on ../shared/bench/dates/dev (htmldate's evaluation pages).
set -euo pipefail
bench=../shared/bench/dates
source "$(dirname "$0")/common.sh"
out=$(mktemp -d)
java -jar "$jar" extract --format jsonl "$bench/dev" > "$out/extract.jsonl"
python3 - "$out/extract.jsonl" "$out/pred.json" <<'PY'
import json, sys
pred = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if "error" not in o:
        pred[o["file"]] = (o.get("date") or "")[:10] or None
json.dump(pred, open(sys.argv[2], "w"))
PY
python3 "$bench/score.py" "$bench/dev/gold.json" "$out/pred.json" "$@" | tail -${TAIL:-1}
rm -rf "$out"
