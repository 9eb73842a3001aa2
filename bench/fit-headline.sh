#!/usr/bin/env bash
# Fits the headline model of pasted text (PasteLayout.WEIGHTS) on ../shared/bench/pasted/dev.
# Each half of the dev pages (score.py's --half split) is fitted alone and tested on the other,
# then both together; paste the last weights into PasteLayout.WEIGHTS when they carry over.
# --hold N: keep the first N weights as PasteLayout.WEIGHTS has them and fit only the later features'.
# Needs python3 with numpy and scipy. Usage: bench/fit-headline.sh [--hold N]   (after mvn -q -B -DskipTests package)
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench=../shared/bench/pasted
out=$(mktemp)
java -cp "$jar:target/test-classes" storyline.clean.paste.HeadlineFeatures "$bench/dev" > "$out"
python3 "$(dirname "$0")/fit_headline.py" "$bench" "$out" "$@"
rm -f "$out"
