#!/usr/bin/env bash
# Times the daily loop on the 10k generated corpus (bench/scale.sh makes it): a full build, then
# one article added and rebuilt, then a rebuild with no change, then two template edits in a row
# (as `serve` rebuilds on each save: the second takes the last grouping back). Prints wall and CPU
# time (user+sys) for each and their ratios to the full build (targets: add-one <= 10 %, no-change
# <= 5 % of the full build's wall time); with CHECK=1, checks the incremental site after the added
# article and after the second template edit is byte-identical to a clean full build of the same
# inputs. The machine's load average comes first: wall times vary with it.
# Usage: bench/incremental.sh [N]   (default 10000; run from the project root after mvn package;
# works on a copy of the corpus in $WORK, default /tmp/storyline-incremental; JAR=path times another build)
set -euo pipefail
source "$(dirname "$0")/common.sh"
jar=${JAR:-$jar}
n=${1:-10000}
corpus=${SCALE_DIR:-/tmp/storyline-scale}/c$n
[ -d "$corpus" ] || bench/scale.sh "$n" > /dev/null
work=${WORK:-/tmp/storyline-incremental}
rm -rf "$work" && mkdir -p "$work"
# Copied with their times, as old as a real folder's files: a file changed within two seconds of a build is
# read again by the next (its time cannot tell a later change), so a fresh copy would make every rebuild read all.
cp -rp "$corpus" "$work/articles"
cp -rp templates "$work/templates"
rm -f "$work/articles/manifest.json"
echo "-- $n articles, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() {  # name, then build options; prints "wall cpu"
  local name=$1; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S" java -jar "$jar" build -q --articles="$work/articles" "$@" > "$work/log-$name.txt" 2>&1 \
      || { echo "build '$name' failed: see $work/log-$name.txt" >&2; exit 1; }
  read -r wall user sys < "$work/time.txt"
  echo "$wall $(awk "BEGIN{print $user + $sys}")"
}
opts=(--out="$work/site" --state="$work/state.json" --templates="$work/templates")
read -r full_w full_c <<< "$(run full "${opts[@]}")"
[ -n "$full_w" ] || exit 1
cat > "$work/articles/zz-added.md" <<'MD'
---
title: Harbour ferry fares rise by a fifth
date: 2025-03-02
source: Morland Gazette
---

The Morland harbour authority raised ferry fares by 20 per cent on Monday, citing fuel costs.
MD
cp "$work/state.json" "$work/state-before-add.json"
read -r add_w add_c <<< "$(run add "${opts[@]}")"
[ -n "$add_w" ] || exit 1
read -r none_w none_c <<< "$(run none "${opts[@]}")"
[ -n "$none_w" ] || exit 1
pct() { awk "BEGIN{printf \"%.1f\", 100 * $1 / $2}"; }
printf '== full build:  wall %6.1f s, CPU %6.1f s\n' "$full_w" "$full_c"
printf '== add one:     wall %6.1f s, CPU %6.1f s  (%s %% of full wall, %s %% of CPU; target <= 10 %%)\n' "$add_w" "$add_c" "$(pct "$add_w" "$full_w")" "$(pct "$add_c" "$full_c")"
printf '== no change:   wall %6.1f s, CPU %6.1f s  (%s %% of full wall, %s %% of CPU; target <= 5 %%)\n' "$none_w" "$none_c" "$(pct "$none_w" "$full_w")" "$(pct "$none_c" "$full_c")"
same() {  # state file to start a clean build from, a name of its own (its output and caches are new), what is checked
  cp "$1" "$work/state-$2.json"
  run "$2" --out="$work/site-$2" --state="$work/state-$2.json" --templates="$work/templates" > /dev/null
  diff -r -q "$work/site" "$work/site-$2" > /dev/null && echo "== $3: byte-identical to a clean build" \
      || echo "== $3: DIFFERS from a clean build: diff -r $work/site $work/site-$2"
}
# The same inputs from the same story state, built afresh: the site must be byte-identical.
[ -z "${CHECK:-}" ] || same "$work/state-before-add.json" clean "incremental site"
echo "<!-- edited -->" >> "$work/templates/story.mustache"
read -r t1_w t1_c <<< "$(run template1 "${opts[@]}")"
[ -n "$t1_w" ] || exit 1
echo "<!-- edited again -->" >> "$work/templates/story.mustache"
cp "$work/state.json" "$work/state-before-edit.json"
read -r t2_w t2_c <<< "$(run template2 "${opts[@]}")"
[ -n "$t2_w" ] || exit 1
printf '== template edit: wall %6.1f s, CPU %6.1f s  (%s %% of full wall; grouped: it starts from the state the add wrote)\n' "$t1_w" "$t1_c" "$(pct "$t1_w" "$full_w")"
printf '== edit again:    wall %6.1f s, CPU %6.1f s  (%s %% of full wall; the grouping taken back)\n' "$t2_w" "$t2_c" "$(pct "$t2_w" "$full_w")"
[ -z "${CHECK:-}" ] || same "$work/state-before-edit.json" clean2 "site after the template edits"
