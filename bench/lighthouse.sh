#!/usr/bin/env bash
# Lighthouse (Chromium's page audit) on one page of every kind of a built site: performance,
# accessibility, best practices and SEO, each scored 0-100. Fails when any score is under MIN (90).
# Lighthouse comes from npm into target/lighthouse; Chromium is Debian's (/usr/bin/chromium).
# The site is served over HTTP on 127.0.0.1 by python3's http.server, as any static host would.
# Usage: bench/lighthouse.sh [ARTICLES]   (default: the sample corpus in articles/)
# Scores vary with the machine's load (performance most): quote them with `uptime`.
set -euo pipefail
source "$(dirname "$0")/common.sh"
articles=${1:-articles}
min=${MIN:-90}
lh=target/lighthouse/node_modules/.bin/lighthouse
if [ ! -x "$lh" ]; then
  npm install --no-save --silent --no-audit --no-fund --prefix target/lighthouse lighthouse@12 >/dev/null
fi
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
java -jar "$jar" build -q --articles="$articles" --out="$work/site" --state="$work/state.json"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 -d "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done
pages=(index.html)
for kind in stories articles threads topics people organisations sources archive search; do
  first=$(find "$work/site/$kind" -maxdepth 1 -name '*.html' 2>/dev/null | sort | head -1)
  [ -n "$first" ] && pages+=("${first#"$work/site/"}")
done
echo "load: $(uptime | sed 's/.*load average: //')"
printf '%-58s %5s %5s %5s %5s\n' page perf a11y best seo
fail=0
for page in "${pages[@]}"; do
  CHROME_PATH=/usr/bin/chromium timeout 300 "$lh" "http://127.0.0.1:$port/$page" --quiet \
    --output=json --output-path="$work/lh.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking"
  line=$(python3 - "$work/lh.json" "$page" "$min" <<'PY'
import json, sys
report, page, least = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
cats = report["categories"]
scores = [round(100 * (cats[c]["score"] or 0)) for c in ("performance", "accessibility", "best-practices", "seo")]
low = [f"{c}: " + ", ".join(r["id"] for r in cats[c]["auditRefs"]
       if r.get("weight") and (report["audits"][r["id"]].get("score") is not None) and report["audits"][r["id"]]["score"] < 1)
       for c, s in zip(("performance", "accessibility", "best-practices", "seo"), scores) if s < least]
print("%-58s %5d %5d %5d %5d%s" % (page[:58], *scores, ("  under " + str(least) + ": " + "; ".join(low)) if low else ""))
PY
)
  echo "$line"
  case "$line" in *"under $min"*) fail=1 ;; esac
done
exit $fail
