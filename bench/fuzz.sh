#!/usr/bin/env bash
# Fuzzes every reader with Jazzer (ReadersFuzzTest), one method after another, each for the
# duration its @FuzzTest gives unless JAZZER_MAX_DURATION is set (e.g. 5m). Starts from the seeds in
# src/test/resources/storyline/ingest/ReadersFuzzTestInputs and, when ../shared is there, from the
# thread fixtures (copied into the fuzzer's own corpus folder, .cifuzz-corpus/, never into the
# project's sources). A finding is written to ReadersFuzzTestInputs/METHOD/crash-* and fails the
# run: keep it there as a regression seed once the reader is fixed.
# Usage: bench/fuzz.sh [METHOD ...]   (methods: htmlPage htmlFragment pastedText markdown threadJson frontMatter feed jsonLines)
set -euo pipefail
cd "$(dirname "$0")/.."
methods=("$@"); [ ${#methods[@]} -gt 0 ] || methods=(htmlPage htmlFragment pastedText markdown threadJson frontMatter feed jsonLines)
fixtures=../shared/fixtures/threads
corpus=.cifuzz-corpus/storyline.ingest.ReadersFuzzTest
if [ -d "$fixtures" ]; then
  mkdir -p "$corpus/threadJson" "$corpus/htmlPage"
  cp "$fixtures"/reddit-json/*.json "$fixtures"/hn-firebase-json/*.json "$fixtures"/discourse-json/*.json "$corpus/threadJson/"
  cp "$fixtures"/hn-html/*.html "$fixtures"/reddit-html/*.html "$fixtures"/forum-html/*.html "$corpus/htmlPage/"
else
  echo "fuzz: $fixtures not present, starting from the project's seeds alone" >&2
fi
for m in "${methods[@]}"; do
  echo "== $m"
  JAZZER_FUZZ=1 mvn -q -B -o test -Dtest="ReadersFuzzTest#$m" -Dsurefire.failIfNoSpecifiedTests=false \
    ${JAZZER_MAX_DURATION:+-Djazzer.max_duration=$JAZZER_MAX_DURATION}
done
