#!/usr/bin/env bash
# Two builds of the service, one after the other, over the same index and queries of an earlier
# bench/run.sh: what one change does to the fixed cost and to plain queries over HTTP, measured
# minutes apart on the same machine (only ratios within one comparison compare; the machine's
# speed moves over a day).
#
#   bench/compare-builds.sh --before ../old-checkout --after . --run bench/runs/1000000 \
#       --out bench/runs/1000000/results/compare.jsonl
#
# A change to how the index is built is compared with --after-index (and --before-index): the
# index that build serves instead of the run's (the same articles, built by that build).
#
# Each build serves the run's index with -Xmx1g, waits for /ready and for the search-box
# completions (built in the background), then records: the service's CPU ticks over 10 s with no
# request (background work), no-match queries, one-hit queries (when the run found any) and /health
# for 10 s each, and the plain queries (facets=false) for 30 s, all at 1 client, after a 10 s
# warm-up of each kind; with --mix, then the query mix with facets and highlights at 4 clients for
# 30 s, after a warm-up. One JSON line per measurement, labelled "before ..." or "after ...". Both
# checkouts must be built (./mvnw package -DskipTests).
set -euo pipefail

BEFORE="" AFTER="" RUN="" OUT="" PORT=18080 BEFORE_INDEX="" AFTER_INDEX="" MIX=0
while [ $# -gt 0 ]; do
  case "$1" in
    --before) BEFORE="$2"; shift 2 ;;
    --after) AFTER="$2"; shift 2 ;;
    --run) RUN="$(cd "$2" && pwd)"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --before-index) BEFORE_INDEX="$(cd "$2" && pwd)"; shift 2 ;;
    --after-index) AFTER_INDEX="$(cd "$2" && pwd)"; shift 2 ;;
    --mix) MIX=1; shift ;;
    *) echo "compare-builds.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$BEFORE" ] || [ -z "$AFTER" ] || [ -z "$RUN" ] || [ -z "$OUT" ]; then
  echo "usage: compare-builds.sh --before DIR --after DIR --run bench/runs/SIZE --out FILE" \
    "[--before-index DIR] [--after-index DIR] [--mix]" >&2
  exit 2
fi
for dir in "$BEFORE" "$AFTER"; do
  [ -x "$dir/newsearch" ] || { echo "compare-builds.sh: $dir/newsearch not found" >&2; exit 2; }
done
[ -d "$RUN/index" ] && [ -d "$RUN/queries" ] \
  || { echo "compare-builds.sh: $RUN has no index/ and queries/ of a bench run" >&2; exit 2; }
command -v wrk >/dev/null || { echo "compare-builds.sh: wrk is not installed" >&2; exit 2; }
LUA="$(cd "$(dirname "$0")" && pwd)/cycle-urls.lua"
URL="http://127.0.0.1:$PORT"

measure() {
  local label="$1" connections="$2" duration="$3" urls="$4"
  WRK_LABEL="$label" WRK_CONNECTIONS="$connections" wrk -t1 -c"$connections" -d"$duration" \
    --timeout 10s -s "$LUA" "$URL" -- "$urls" | grep '^{' >> "$OUT"
}

serve() {
  local label="$1" dir="$2" index="${3:-$RUN/index}" pid ticks_before ticks_after
  (cd "$dir" && NEWSEARCH_JAVA_OPTS=-Xmx1g exec ./newsearch serve --index "$index" \
    --host 127.0.0.1 --port "$PORT" --max-searches-per-client 4) > "$OUT.$label.log" 2>&1 &
  for _ in $(seq 300); do curl -sf "$URL/ready" >/dev/null && break; sleep 1; done
  curl -sf "$URL/ready" >/dev/null || { echo "compare-builds.sh: $label never ready" >&2; exit 1; }
  pid="$(pgrep -f "java.*newsearch.*serve.*--port $PORT" | head -1)"
  for _ in $(seq 600); do
    curl -s "$URL/api/suggest?q=gov" | grep -q '"text"' && break
    sleep 1
  done
  sleep 5
  ticks_before="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  sleep 10
  ticks_after="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  echo "{\"label\":\"$label idle\",\"cpu_ticks_10s\":$((ticks_after - ticks_before)),\"ticks_per_s\":$(getconf CLK_TCK)}" >> "$OUT"
  measure "$label warm-up" 1 10s "$RUN/queries/urls-nomatch.txt"
  measure "$label no match, 1 client" 1 10s "$RUN/queries/urls-nomatch.txt"
  if [ -s "$RUN/queries/urls-onehit.txt" ]; then
    measure "$label warm-up" 1 10s "$RUN/queries/urls-onehit.txt"
    measure "$label one hit, 1 client" 1 10s "$RUN/queries/urls-onehit.txt"
  fi
  measure "$label /health, 1 client" 1 10s "$RUN/queries/urls-health.txt"
  measure "$label warm-up" 1 10s "$RUN/queries/urls-plain.txt"
  measure "$label plain queries, 1 client" 1 30s "$RUN/queries/urls-plain.txt"
  if [ "$MIX" = 1 ]; then
    measure "$label warm-up" 4 10s "$RUN/queries/urls-mix.txt"
    measure "$label mix, facets + highlights, 4 clients" 4 30s "$RUN/queries/urls-mix.txt"
  fi
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 1; done
}

serve before "$BEFORE" "$BEFORE_INDEX"
serve after "$AFTER" "$AFTER_INDEX"
echo "compare-builds.sh: wrote $OUT"
