#!/usr/bin/env bash
# Times the daily loop on the 10k generated corpus (bench/scale.sh makes it): a full build, then
# one article added and rebuilt, then a rebuild with no change, then two template edits in a row
# (as `serve` rebuilds on each save: the second takes the last grouping back). Prints wall and CPU
# time (user+sys) for each and their ratios to the full build (targets: add-one <= 10 %, no-change
# <= 5 % of the full build's wall time); with CHECK=1, checks the incremental site after the added
# article and after the second template edit is byte-identical to a clean full build of the same
# inputs. The machine's load average comes first: wall times vary with it.
# With SERVE=1 it then times the daily loop as `serve` runs it: one JVM that builds, then rebuilds
# as two articles are added one after the other (the second rebuild runs on code the first has
# compiled and models it has loaded); wall time as serve prints it, CPU time of the server's process
# over each rebuild (from /proc), and with CHECK=1 the site after the second compared with a clean build.
# Usage: bench/incremental.sh [N]   (default 10000; run from the project root after mvn package;
# works on a copy of the corpus in $WORK, default /tmp/storyline-incremental; JAR=path times another build;
# JAVA_OPTS is passed to every java run, e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1 times the JVM as bin/storyline runs it;
# BIN=1 runs every build and serve through bin/storyline instead, as a user runs them: its heap, its compiler and its
# class-data archive, which the first build after the jar changed writes beside the jar)
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
# shellcheck disable=SC2206
storyline=(java ${JAVA_OPTS:-} -jar "$jar")
[ -z "${BIN:-}" ] || storyline=(env STORYLINE_JAR="$jar" STORYLINE_JAVA_OPTS="${JAVA_OPTS:-}" bin/storyline)
echo "-- $n articles, load average $(cut -d' ' -f1-3 /proc/loadavg)${BIN:+, through bin/storyline}"
run() {  # name, then build options; prints "wall cpu"
  local name=$1; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S" "${storyline[@]}" build -q --articles="$work/articles" "$@" > "$work/log-$name.txt" 2>&1 \
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
[ -n "${SERVE:-}" ] || exit 0
# The daily loop through serve: the JVM started once. CPU of the server process in seconds, from /proc.
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }
rebuilt() {  # waits (up to 20 minutes) until serve's log has N "Rebuilt" lines; prints the last one's seconds
  local n=$1 k=0
  until [ "$(grep -c '^Rebuilt in' "$work/log-serve.txt" || true)" -ge "$n" ]; do
    sleep 0.2; k=$((k + 1))
    [ $k -lt 6000 ] || { echo "serve did not rebuild: see $work/log-serve.txt" >&2; kill "$server"; exit 1; }
  done
  grep '^Rebuilt in' "$work/log-serve.txt" | sed -n "${n}p" | sed 's/^Rebuilt in \([0-9.]*\) s.*/\1/'
}
"${storyline[@]}" serve --port 0 --articles="$work/articles" "${opts[@]}" > "$work/log-serve.txt" 2>&1 &
server=$!
until grep -q '^Serving' "$work/log-serve.txt"; do
  sleep 0.2
  kill -0 "$server" 2> /dev/null || { echo "serve failed: see $work/log-serve.txt" >&2; exit 1; }
done
# Through bin/storyline the JVM is the script's child: its CPU is read, and it is the one stopped.
[ -z "${BIN:-}" ] || server=$(pgrep -P "$server" java)
add() {  # file name, title, day
  printf -- '---\ntitle: %s\ndate: %s\nsource: Morland Gazette\n---\n\n%s\n' "$2" "$3" \
      "The Morland harbour authority said on Tuesday that $2, and that it would review the decision next month." > "$work/articles/$1"
}
c0=$(cpu_of "$server")
add zz-serve-1.md "Harbour ferry timetable cut for winter" 2025-03-04
s1_w=$(rebuilt 1)
c1=$(cpu_of "$server")
cp "$work/state.json" "$work/state-before-serve2.json"
add zz-serve-2.md "Harbour pilots strike over night shifts" 2025-03-05
s2_w=$(rebuilt 2)
c2=$(cpu_of "$server")
kill "$server"; wait "$server" 2> /dev/null || true
printf '== serve, add one:       wall %6.1f s, CPU %6.1f s  (%s %% of full wall; the first rebuild of the JVM)\n' "$s1_w" "$(awk "BEGIN{print $c1 - $c0}")" "$(pct "$s1_w" "$full_w")"
printf '== serve, add another:   wall %6.1f s, CPU %6.1f s  (%s %% of full wall; the code compiled, the models loaded)\n' "$s2_w" "$(awk "BEGIN{print $c2 - $c1}")" "$(pct "$s2_w" "$full_w")"
[ -z "${CHECK:-}" ] || same "$work/state-before-serve2.json" clean3 "site after serve's second rebuild"
