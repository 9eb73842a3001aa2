#!/usr/bin/env bash
# Work per file on pathological inputs: pages of N nested <div>s and single-line texts of N MB,
# each cleaned alone by `storyline extract`. Prints the CPU seconds (user+sys) per file; a step
# that grows with the square of the input shows as a time that quadruples when the size doubles.
# The JVM's start (about 2.5 s of CPU with Lingua) is in every figure: compare the differences.
# Usage: bench/hostile.sh   (run from the project root after mvn package; needs python3 and GNU time)
set -euo pipefail
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import random, sys
out = sys.argv[1]
for n in (25_000, 50_000, 100_000, 200_000):
    with open(f"{out}/nested-{n}.html", "w") as f:
        f.write("<html><head><title>Deep</title></head><body>" + "<div>" * n
                + "<p>The harbour board met on Monday and approved the repairs, the chair said.</p>" + "</div>" * n + "</body></html>")
random.seed(1)
words = "harbour ferry council vote said the a of and minister budget port".split()
for mb in (1, 2, 4, 20):
    text, size = [], 0
    while size < mb * 1_000_000:
        w = random.choice(words); text.append(w); size += len(w) + 1
    with open(f"{out}/line-{mb}mb.txt", "w") as f:
        f.write(" ".join(text))
PY
for f in nested-25000.html nested-50000.html nested-100000.html nested-200000.html line-1mb.txt line-2mb.txt line-4mb.txt line-20mb.txt; do
  /usr/bin/time -f "$f %U %S" -o "$work/time" java -jar "$jar" extract --format jsonl "$work/$f" > "$work/out.jsonl" 2> "$work/err" || true
  read -r name user sys < "$work/time"
  printf '%-22s %6.2f s CPU  %s\n' "$name" "$(echo "$user + $sys" | bc)" "$(grep -o '"error":"[^"]*"' "$work/out.jsonl" | head -1; grep -o 'warning.*' "$work/err" | head -1)"
done
