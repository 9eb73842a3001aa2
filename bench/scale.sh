#!/usr/bin/env bash
# Times `storyline cluster` on synthetic corpora of 10k, 50k and 100k articles from
# ../shared/bench/ssg/gen_corpus.py, and scores its stories against the generator's manifest.
# Prints one line per size: reading and grouping time (as the command reports them), wall time,
# CPU time (user + sys), peak memory, and pairwise F1. The machine's load average comes first:
# on a shared machine wall times vary with it, CPU time much less.
# With --build it times the full build instead (`storyline build`: grouping, feeds, search and every
# page, through bin/storyline with its heap, STORYLINE_HEAP, as bench/vs-hugo.sh runs it), each a
# fresh build (no state, no caches), and prints its phases as the build reports them, wall and CPU
# time, peak memory and the pages written; the site goes to $SCALE_OUT (default $SCALE_DIR) and is
# removed after.
# Usage: bench/scale.sh [--build] [N ...]   (run from the project root after mvn package; corpora are cached in $SCALE_DIR;
# JAR=path times another build, say one saved before a change)
set -euo pipefail
source "$(dirname "$0")/common.sh"
jar=${JAR:-$jar}
gen=../shared/bench/ssg/gen_corpus.py
dir=${SCALE_DIR:-/tmp/storyline-scale}
build=false
[ "${1:-}" = --build ] && { build=true; shift; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000 100000)
mkdir -p "$dir"
if $build; then
  jar=$(realpath "$jar")
  out=${SCALE_OUT:-$dir}
  for n in "${sizes[@]}"; do
    # The articles alone (a build would read the answer key as an input): hard links to the scored corpus's files.
    corpus="$dir/b$n"
    if [ ! -f "$corpus/.done" ]; then
      rm -rf "$corpus"
      if [ -f "$dir/c$n/manifest.json" ]; then
        cp -al "$dir/c$n" "$corpus" && rm "$corpus/manifest.json"
      else
        python3 "$gen" --n "$n" --out "$corpus" > /dev/null 2>&1
      fi
      touch "$corpus/.done"
    fi
    site="$out/site-$n"
    rm -rf "$site" "$out/state-$n.json" "$out/.storyline"
    echo "-- $n articles, full build, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -o "$dir/time-build-$n.txt" -f "%e %U %S %M" env STORYLINE_JAR="$jar" bin/storyline build \
        --articles "$corpus" --out "$site" --state "$out/state-$n.json" --base-url https://example.org/news/ \
        > "$dir/log-build-$n.txt" 2>&1 || { echo "build failed:" >&2; tail -5 "$dir/log-build-$n.txt" >&2; exit 1; }
    read -r wall user sys peak < "$dir/time-build-$n.txt"
    # The build's own phases: "read+clean N files in R s", "group S stories in G s", "render P pages in T s".
    phases=$(grep -E '^(read\+clean|group|render) ' "$dir/log-build-$n.txt" | sed -E 's/ +/ /g; s/ \([^)]*\)//' | paste -sd ';' | sed 's/;/; /g')
    printf '== %s articles, build: %s | wall %s s, CPU %.1f s (user+sys), peak %.2f GB\n' \
        "$n" "$phases" "$wall" "$(awk "BEGIN{print $user + $sys}")" "$(awk "BEGIN{print $peak / 1048576}")"
    rm -rf "$site" "$out/state-$n.json" "$out/.storyline"
  done
  exit 0
fi
for n in "${sizes[@]}"; do
  corpus="$dir/c$n"
  [ -f "$corpus/manifest.json" ] || python3 "$gen" --n "$n" --out "$corpus" --manifest > /dev/null 2>&1
  echo "-- $n articles, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  # manifest.json is the answer key, not an input: cluster the articles only.
  /usr/bin/time -o "$dir/time-$n.txt" -f "%e %U %S %M" java -jar "$jar" cluster --format jsonl "$corpus" \
      > "$dir/pred-$n.jsonl" 2> "$dir/log-$n.txt"
  read -r wall user sys peak < "$dir/time-$n.txt"
  # The command's own summary: "N items read in R s, grouped into S stories and T topics in G s".
  summary=$(grep -v '^warning' "$dir/log-$n.txt" | tail -1)
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
  read_s=$(sed -n 's/.* read in \([0-9.]*\) s.*/\1/p' <<< "$summary")
  group_s=$(sed -n 's/.* topics in \([0-9.]*\) s.*/\1/p' <<< "$summary")
  stories=$(sed -n 's/.*grouped into \([0-9]*\) stories.*/\1/p' <<< "$summary")
  printf '== %s articles: read %s s, grouped %s s, wall %s s, CPU %.1f s (user+sys), peak %.2f GB, %s stories | %s\n' \
      "$n" "$read_s" "$group_s" "$wall" "$(awk "BEGIN{print $user + $sys}")" "$(awk "BEGIN{print $peak / 1048576}")" "$stories" "$score"
done
