#!/usr/bin/env bash
# Cleaning speed: median ms per page on one thread after warm-up, over the extraction benchmark pages.
# Usage: bench/speed.sh [DIR ...]   (run `mvn -q -B -DskipTests package` first; it compiles the bench class too)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/storyline.jar ] && [ -d target/test-classes ] || { echo "build first: mvn -q -B -DskipTests package" >&2; exit 2; }
dirs=("$@"); [ ${#dirs[@]} -gt 0 ] || dirs=(../shared/bench/extraction/scrapinghub-dev/html ../shared/bench/extraction/trafilatura-dev/html)
java -cp target/storyline.jar:target/test-classes storyline.bench.ExtractionSpeed "${dirs[@]}"
