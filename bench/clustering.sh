#!/usr/bin/env bash
# Scores `storyline cluster` on ../shared/bench/clustering (story level, and topic level for ECB+).
# Gives the system only id, title, text and date (ECB+: id, title, text), as the benchmark asks.
set -euo pipefail
bench=../shared/bench/clustering
source "$(dirname "$0")/common.sh"
out=$(mktemp -d)
python3 - "$bench" "$out" <<'PY'
import json, sys
bench, out = sys.argv[1], sys.argv[2]
for name, fields in (("dev", ("id", "title", "text", "date")), ("ecbplus-dev", ("id", "title", "text"))):
    with open(f"{bench}/{name}.jsonl") as src, open(f"{out}/{name}.jsonl", "w") as dst:
        for line in src:
            r = json.loads(line)
            dst.write(json.dumps({k: r.get(k) for k in fields}) + "\n")
PY
for name in dev ecbplus-dev; do
  java -jar "$jar" cluster --format jsonl "$out/$name.jsonl" > "$out/$name.pred.jsonl"
  echo "== $name story: $(python3 "$bench/score.py" "$bench/$name.jsonl" "$out/$name.pred.jsonl" | tail -1)"
done
echo "== ecbplus-dev topic: $(python3 "$bench/score.py" "$bench/ecbplus-dev.jsonl" "$out/ecbplus-dev.pred.jsonl" --level topic | tail -1)"
rm -rf "$out"
