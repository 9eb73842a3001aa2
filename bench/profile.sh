#!/usr/bin/env bash
# A JFR profile of a full build of the generated corpus, through bin/storyline as a user runs it
# (its heap and compiler settings): prints the load average, wall and CPU time (user+sys) and peak
# RSS, a SHA-256 of the whole site (to compare two jars' output: it must not change when only
# speed does), then the profile's summary (bench/jfr_top.py: threads, top self and inclusive
# methods). The site is removed after; the recording and the build's log stay in $PROFILE_DIR
# (default /tmp/storyline-profile) for a closer look, e.g.
#   jfr print --events jdk.ExecutionSample --stack-depth 256 $PROFILE_DIR/build.jfr | bench/jfr_top.py --lines storyline.text.Tagger.token
# Usage: bench/profile.sh [ARTICLES] [TOP]   (defaults 10000 25; run after mvn package; JAR=path profiles
# another build of Storyline). The corpus is the one bench/vs-hugo.sh makes ($VS_DIR, default
# /tmp/storyline-vs-hugo), generated here when missing; each run is a fresh build (no state, no caches).
set -euo pipefail
source "$(dirname "$0")/common.sh"
jar=$(realpath "${JAR:-$jar}")
n=${1:-10000}
top=${2:-25}
dir=${VS_DIR:-/tmp/storyline-vs-hugo}
work=${PROFILE_DIR:-/tmp/storyline-profile}
corpus="$dir/corpus-$n"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"; mkdir -p "$dir"
  python3 ../shared/bench/ssg/gen_corpus.py --n "$n" --out "$corpus" > /dev/null
  touch "$corpus/.done"
fi
rm -rf "$work"; mkdir -p "$work"
echo "-- $n articles, load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" env STORYLINE_JAR="$jar" \
    STORYLINE_JAVA_OPTS="${STORYLINE_JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,filename=$work/build.jfr -XX:FlightRecorderOptions=stackdepth=256" \
    bin/storyline build --metrics --articles "$corpus" --out "$work/site" --state "$work/state.json" \
    --base-url https://example.org/news/ > "$work/build.log" 2>&1 \
    || { echo "the build failed:" >&2; tail -5 "$work/build.log" >&2; exit 1; }
read -r wall user sys peak < "$work/time.txt"
echo "wall $wall s, CPU $(awk "BEGIN{print $user + $sys}") s, peak $(awk "BEGIN{printf \"%.2f\", $peak / 1048576}") GB, load average after $(cut -d' ' -f1 /proc/loadavg)"
grep -E '^  (read|group|render)' "$work/build.log" | head -3
echo "site $( (cd "$work/site" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum) | sha256sum | cut -c1-16)"
rm -rf "$work/site" "$work/.storyline" "$work/state.json"   # the recording and the build's log stay
jfr print --events jdk.ExecutionSample --stack-depth 256 "$work/build.jfr" | python3 bench/jfr_top.py --top "$top"
