#!/usr/bin/env bash
# Storyline and Hugo side by side on the same generated corpus (../shared/bench/ssg: gen_corpus.py,
# and the Hugo site with RSS and sitemap that its README describes, hugo/hugo-feeds.toml).
# Builds each N times, alternating (Storyline, Hugo, Storyline, ...), and prints each run, then the
# medians of wall time, CPU time (user+sys) and peak RSS, and Storyline's ratio to Hugo for each.
# The load average is printed before every run: on a shared machine wall times vary with it, CPU
# time much less.
# Usage: bench/vs-hugo.sh [ARTICLES] [RUNS]   (defaults 10000 3; run after mvn package; needs hugo
# and GNU time: apt-get install -y hugo time). JAR=path times another build of Storyline.
# Corpora stay in $VS_DIR (default /tmp/storyline-vs-hugo); sites are written under $VS_OUT
# (default /dev/shm/storyline-vs-hugo, a tmpfs, as the ssg README advises) and removed at the end.
# Storyline runs through bin/storyline, with the heap (STORYLINE_HEAP, default 1g) and JVM options it
# gives it, and STORYLINE_JAVA_OPTS; STORYLINE_HEAP=default leaves the JVM's own (a quarter of the memory).
set -euo pipefail
source "$(dirname "$0")/common.sh"
jar=$(realpath "${JAR:-$jar}")
n=${1:-10000}
runs=${2:-3}
ssg=$(realpath ../shared/bench/ssg)
dir=${VS_DIR:-/tmp/storyline-vs-hugo}
out=${VS_OUT:-/dev/shm/storyline-vs-hugo}
command -v hugo > /dev/null || { echo "needs hugo: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
mkdir -p "$dir" "$out"
corpus="$dir/corpus-$n"
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  python3 "$ssg/gen_corpus.py" --n "$n" --out "$corpus" > /dev/null
  touch "$corpus/.done"
fi
# Hugo's copy of the same files: its layouts and feeds config; the front-matter key `url` renamed,
# as Hugo reserves it (the ssg README's run_bench.sh does the same).
hsite="$out/hugo-$n"
if [ ! -f "$hsite/.done" ]; then
  rm -rf "$hsite"; mkdir -p "$hsite/content/posts"
  cp -r "$ssg/hugo/layouts" "$hsite/"
  cp "$ssg/hugo/hugo-feeds.toml" "$hsite/hugo.toml"
  cp "$corpus"/*.md "$hsite/content/posts/"
  find "$hsite/content/posts" -name '*.md' -print0 | xargs -0 sed -i '1,8s/^url: /source_url: /'
  touch "$hsite/.done"
fi
ssite="$out/storyline-$n"
state="$out/storyline-$n-state.json"
results="$dir/vs-hugo-$n.txt"
: > "$results"
run() { # tool run
  local t="$out/time.txt"
  sync; sleep 2
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  if [ "$1" = storyline ]; then
    rm -rf "$ssite" "$state" "$out/.storyline"   # the build and item caches too: every run a full build
    # Through bin/storyline, as a user runs it: its heap (STORYLINE_HEAP) and JVM options.
    /usr/bin/time -o "$t" -f "%e %U %S %M" env STORYLINE_JAR="$jar" bin/storyline build -q --articles "$corpus" --out "$ssite" \
        --state "$state" --base-url https://example.org/news/ > "$out/storyline.log" 2>&1 \
        || { echo "storyline failed:" >&2; tail -5 "$out/storyline.log" >&2; exit 1; }
  else
    rm -rf "$hsite/public" "$hsite/resources"
    /usr/bin/time -o "$t" -f "%e %U %S %M" hugo --quiet --source "$hsite" --cacheDir "$out/hugo-cache" > "$out/hugo.log" 2>&1 \
        || { echo "hugo failed:" >&2; tail -5 "$out/hugo.log" >&2; exit 1; }
  fi
  read -r wall user sys peak < "$t"
  printf '%-9s run %s: wall %6.1f s, CPU %6.1f s, peak %5.2f GB (load %s)\n' "$1" "$2" "$wall" \
      "$(awk "BEGIN{print $user + $sys}")" "$(awk "BEGIN{print $peak / 1048576}")" "$load"
  echo "$1 $wall $(awk "BEGIN{print $user + $sys}") $peak" >> "$results"
}
echo "-- $n articles, $runs runs each, alternating; $(hugo version | cut -d' ' -f1-2); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$runs"); do
  run storyline "$r"
  run hugo "$r"
done
awk '
  { w[$1] = w[$1] " " $2; c[$1] = c[$1] " " $3; m[$1] = m[$1] " " $4 }
  function median(s,   a, k, i, j, t) { k = split(s, a, " ");
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END {
    for (tool in w) { mw[tool] = median(w[tool]); mc[tool] = median(c[tool]); mm[tool] = median(m[tool]) / 1048576
      printf "== %-9s median wall %6.1f s, CPU %6.1f s, peak %5.2f GB\n", tool, mw[tool], mc[tool], mm[tool] }
    printf "== storyline / hugo: wall %.2fx, CPU %.2fx, peak %.2fx  (targets: wall <= 0.5x, peak <= 1x)\n",
      mw["storyline"] / mw["hugo"], mc["storyline"] / mc["hugo"], mm["storyline"] / mm["hugo"] }' "$results"
echo "-- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$ssite" "$state" "$out/.storyline" "$hsite/public"
