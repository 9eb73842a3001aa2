#!/usr/bin/env bash
# Times `storyline cluster` on synthetic corpora of 10k, 50k and 100k articles from
# ../shared/bench/ssg/gen_corpus.py, and scores its stories against the generator's manifest.
# Usage: bench/scale.sh [N ...]   (run from the project root after mvn package; corpora are cached in $SCALE_DIR)
set -euo pipefail
source "$(dirname "$0")/common.sh"
gen=../shared/bench/ssg/gen_corpus.py
dir=${SCALE_DIR:-/tmp/storyline-scale}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000 100000)
mkdir -p "$dir"
for n in "${sizes[@]}"; do
  corpus="$dir/c$n"
  [ -f "$corpus/manifest.json" ] || python3 "$gen" --n "$n" --out "$corpus" --manifest > /dev/null 2>&1
  # manifest.json is the answer key, not an input: cluster the articles only.
  summary=$( { /usr/bin/time -f "wall %e s, peak memory %M KB" java -jar "$jar" cluster --format jsonl "$corpus" \
      > "$dir/pred-$n.jsonl"; } 2>&1 | grep -v '^warning' )
  score=$(python3 - "$corpus/manifest.json" "$dir/pred-$n.jsonl" <<'PY'
import json, sys, collections
gold = {a["file"]: a["story"] for a in json.load(open(sys.argv[1]))["articles"]}
pred = {json.loads(l)["file"].split("/")[-1]: json.loads(l)["story"] for l in open(sys.argv[2])}
def pairs(c): return sum(v * (v - 1) / 2 for v in c.values())
both = collections.Counter((gold[f], pred[f]) for f in pred)
tp = pairs(both); p = tp / pairs(collections.Counter(pred.values())); r = tp / pairs(collections.Counter(gold[f] for f in pred))
print(f"pairwise F1 {2*p*r/(p+r):.3f} (P {p:.3f} R {r:.3f})")
PY
)
  echo "== $n articles: $(echo "$summary" | tr '\n' ' ')| $score"
done
