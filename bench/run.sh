#!/usr/bin/env bash
# The whole benchmark suite at one size, written up in a Markdown report.
#
#   bench/run.sh --size 1000000            # the full suite; writes bench/RESULTS.md
#   bench/run.sh --size 100000 --results bench/RESULTS-100k.md
#   bench/run.sh --smoke                   # ~2,000 articles, seconds per step, no peers
#   bench/run.sh --size 20000 --backend solr --skip index,jmh,http,peers,relevance,crash
#                                          # the plain queries on local Lucene and on Solr
#
# Options:
#   --size N          articles to generate (default 100000)
#   --seed S          corpus seed (default 42)
#   --queries N       queries in the mix (default 1000)
#   --peers-size N    run the peer engines on the first N articles only (default: all)
#   --rounds N        indexing rounds; each engine's fastest is reported (default 1)
#   --backend solr    also rank the plain queries on a one-node SolrCloud collection beside the
#                     local index (step solr, writes results/backends-solr.md)
#   --skip LIST       steps to leave out, comma-separated: index,one-core,jmh,http,peers,
#                     relevance,crash (a skipped step keeps the result files of an earlier run)
#   --results FILE    where to write the report (default bench/RESULTS.md; smoke: in the work dir)
#   --reuse DIR       for the skipped steps one-core, peers, relevance and crash, take the files of
#                     another run (its results folder, e.g. bench/runs/100000/results) and say so
#
# Environment: BENCH_WORK (default bench/runs, git-ignored) holds the corpus, indexes and result
# files; BENCH_PORT (default 18080) is the service's loopback port; PEER_TIMEOUT is passed on to
# the peers' harness. One heavy step runs at a time: the machine has two shared cores.
set -euo pipefail

ARGS="$*"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
PEERS_DIR="${PEERS_DIR:-$ROOT/../shared/peers}"
SIZE=100000 SEED=42 QUERIES=1000 PEERS_SIZE="" SKIP="" RESULTS="" SMOKE=0 ROUNDS=1 REUSE="" BACKEND=""
while (($#)); do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --queries) QUERIES="$2"; shift 2 ;;
    --peers-size) PEERS_SIZE="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --backend) BACKEND="$2"; shift 2 ;;
    --reuse) REUSE="$2"; shift 2 ;;
    --skip) SKIP="$2"; shift 2 ;;
    --results) RESULTS="$2"; shift 2 ;;
    --smoke) SMOKE=1; shift ;;
    *) echo "run.sh: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

# Step sizes: the smoke run keeps every step to seconds and leaves out the slow ones.
if ((SMOKE)); then
  SIZE=2000 QUERIES=200 SKIP="peers,relevance,crash,$SKIP"
  JMH_TIMES=(-wi 1 -w 2s -i 1 -r 2s) WRK_WARMUP=2s WRK_RUN=3s CRASH_TRIALS=0
else
  JMH_TIMES=(-wi 2 -w 10s -i 3 -r 10s) WRK_WARMUP=20s WRK_RUN=30s CRASH_TRIALS=20
fi
LABEL="$([[ $SMOKE == 1 ]] && echo smoke || echo "$SIZE")"
WORK="${BENCH_WORK:-$BENCH/runs}/$LABEL"
RES="$WORK/results"
RESULTS="${RESULTS:-$([[ $SMOKE == 1 ]] && echo "$WORK/RESULTS.md" || echo "$BENCH/RESULTS.md")}"
PORT="${BENCH_PORT:-18080}"
mkdir -p "$RES"
# Names the checkout and the work folder in what the report shows as a reader's own checkout
# would name them, not as this machine does.
portable() { sed -e "s#$WORK#bench/runs/$LABEL#g" -e "s#${BENCH_WORK:-$BENCH/runs}/#bench/runs/#g" -e "s#$ROOT/##g"; }
# Each invocation appends its commands, so that a step re-run later (with --skip) is listed too.
echo "# bench/run.sh $ARGS ($(date -u +%Y-%m-%dT%H:%MZ))" | portable | tee -a "$RES/commands.txt" >>"$RES/load.txt"

skipped() { [[ ",$SKIP," == *",$1,"* ]]; }
# Prints a step's name, and logs it with the load average: the machine is shared, and the load
# that others put on it shows in every number.
say() {
  echo "== $(date -u +%H:%M:%S) $*" >&2
  echo "$(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg): $*" | portable >>"$RES/load.txt"
}
# Records a command in the report's command list.
record() {
  echo "$*" | portable >>"$RES/commands.txt"
}
# Runs a command and records it, as typed, in the report's command list.
run() {
  record "$@"
  "$@"
}

JAVA_HOME="$("$ROOT/newsearch" java-home)"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
JVM=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8
  -Duser.timezone=UTC)
CP="$BENCH/target/classes:$BENCH/target/lib/*"
bench() { run ${CPUS:+taskset -c "$CPUS"} "$JAVA" -Xmx1g "${JVM[@]}" ${JFR:+"-XX:StartFlightRecording=$JFR"} -cp "$CP" \
  newsearch.bench.BenchCli "$@"; }

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  if ! skipped peers && ! /usr/bin/python3 -c 'import xapian, psycopg2, pymysql' 2>/dev/null; then
    # The packages of the peers' setup.sh; its Lucene step is not needed (see the report).
    missing+=(xapian-tools python3-xapian postgresql postgresql-contrib python3-psycopg2
      sphinxsearch python3-pymysql sqlite3)
  fi
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "run.sh: missing ${missing[*]}; install them as root" >&2
    return 1
  fi
  say "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

build() {
  say "building"
  rm -rf "$BENCH/target/lib"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true) >&2
  "$ROOT/newsearch" --version >/dev/null # lets the launcher record that its jars are fresh
}

describe_machine() {
  {
    echo "\$ uname -a"; uname -a
    echo; echo "\$ lscpu"; lscpu | grep -E '^(Architecture|CPU\(s\)|Model name|Thread|Core|Socket|L[123]|Flags)' | cut -c1-200
    echo; echo "\$ free -h"; free -h
    echo; echo "\$ java -version"; "$JAVA" -version 2>&1
    echo; echo "\$ uptime (load from other users of the shared machine)"; uptime
    echo; echo "\$ df -h bench/runs/$LABEL"; df -h "$WORK"
  } >"$RES/machine.txt"
}

corpus() {
  CORPUS="$WORK/corpus.jsonl"
  if [[ ! -s "$CORPUS" || "$(cat "$WORK/corpus.id" 2>/dev/null)" != "$SIZE $SEED" ]]; then
    say "generating $SIZE articles"
    rm -f "$WORK/corpus.id"
    bench generate --size "$SIZE" --seed "$SEED" --out "$CORPUS"
    echo "$SIZE $SEED" >"$WORK/corpus.id"
  fi
  bench queries --corpus "$CORPUS" --count "$QUERIES" --out "$WORK/queries"
  printf '{"size": %d, "seed": %d, "queries": %d, "corpus_bytes": %d, "date": "%s"}\n' \
    "$SIZE" "$SEED" "$QUERIES" "$(stat -c %s "$CORPUS")" "$(date -u +%Y-%m-%dT%H:%MZ)" >"$RES/meta.json"
}

# The served index comes from the newsearch run; the baselines' indexes are deleted afterwards.
# With several rounds the engines take turns, and each one's fastest round is reported: on a shared
# machine the fastest run is the one least disturbed by other users.
index() {
  local round
  rm -f "$RES"/index-*-r[0-9]*.json # rounds of an earlier run must not compete with this one's
  for round in $(seq 1 "$ROUNDS"); do
    say "indexing, round $round of $ROUNDS: newsearch, plain, plain-minimal"
    index_run NEWSEARCH newsearch "$WORK/index" "$round"
    index_run PLAIN plain "$WORK/idx-plain" "$round"
    index_run PLAIN_MINIMAL plain-minimal "$WORK/idx-minimal" "$round"
  done
  fastest newsearch && fastest plain && fastest plain-minimal
  echo "$ROUNDS" >"$RES/index-rounds.txt"
  "$JAVA_HOME/bin/jfr" view --width 160 --truncate beginning hot-methods "$RES/index-newsearch.jfr" >"$RES/profile-index-newsearch.txt"
  "$JAVA_HOME/bin/jfr" view --width 160 --truncate beginning hot-methods "$RES/index-plain.jfr" >"$RES/profile-index-plain.txt"
  rm -rf "$WORK/idx-plain" "$WORK/idx-minimal"
}

# The peers build with one thread. One indexing thread alone is not that: the job's reading thread
# also indexes when the queue is full. So the whole JVM is pinned to one CPU instead.
index_one_core() {
  say "indexing: newsearch on one core (taskset -c 0), as the peers index"
  CPUS=0 bench index --engine NEWSEARCH --threads 1 --input "$CORPUS" --dir "$WORK/idx-1t" \
    --out "$RES/index-newsearch-1t.json" >/dev/null
  rm -rf "$WORK/idx-1t"
}

# Every engine runs under JFR, so that its small cost is the same for all of them.
index_run() { # index_run ENGINE LABEL DIR ROUND
  JFR="filename=$RES/index-$2.jfr,settings=profile" bench index --engine "$1" --input "$CORPUS" \
    --dir "$3" --out "$RES/index-$2-r$4.json" >/dev/null
  grep -h '"articles_per_second"' "$RES/index-$2-r$4.json" | sed "s/^ */   $2 round $4: /" >&2
}

fastest() { # fastest LABEL: copies LABEL's fastest round to index-LABEL.json
  local best
  best=$(grep -H '"articles_per_second"' "$RES"/index-"$1"-r*.json | sort -t: -k3 -g -r | head -1 | cut -d: -f1)
  cp "$best" "$RES/index-$1.json"
}

jmh() { # jmh BENCHMARK_REGEX QUERY_FILE RESULT_NAME [JMH_OPTION...]
  run "$JAVA" "${JVM[@]}" -cp "$CP" org.openjdk.jmh.Main "$1" -p index="$WORK/index" -p queries="$2" \
    "${@:4}" -t 4 -f 1 "${JMH_TIMES[@]}" -rf json -rff "$RES/$3" >"$RES/${3%.json}.log" 2>&1 ||
    { tail -20 "$RES/${3%.json}.log" >&2; return 1; }
}

queries_in_process() {
  say "JMH: newsearch and raw Lucene, 4 threads"
  jmh 'NewsSearcherBenchmark\.search$' "$WORK/queries/queries.tsv" jmh-newsearch-mix.json
  jmh 'NewsSearcherBenchmark' "$WORK/queries/plain.tsv" jmh-newsearch-plain.json -p facets=false
  jmh 'RawLuceneBenchmark' "$WORK/queries/queries.tsv" jmh-raw-mix.json
  jmh 'RawLuceneBenchmark' "$WORK/queries/plain.tsv" jmh-raw-plain.json
}

wrk_run() { # wrk_run LABEL CONNECTIONS DURATION PATHS [RESULT_NAME]
  local out
  record "WRK_LABEL=$1 WRK_CONNECTIONS=$2 wrk -t1 -c$2 -d$3 --timeout 10s -s $BENCH/cycle-urls.lua http://127.0.0.1:$PORT -- $4"
  out="$(WRK_LABEL="$1" WRK_CONNECTIONS="$2" wrk -t1 -c"$2" -d"$3" --timeout 10s \
    -s "$BENCH/cycle-urls.lua" "http://127.0.0.1:$PORT" -- "$4" | grep '^{')"
  [[ -z "${5:-}" ]] || echo "$out" >"$RES/$5"
  echo "$out" >&2
  # wrk stops at its deadline without waiting for the answers still due; let the service finish
  # them, or the next run would find its searches still busy (and be refused with 503s).
  sleep 3
}

# Starts the service, times it to /ready 200 (index open and warmed), runs wrk, then reads its
# memory and stops it.
http() {
  say "HTTP: serve with -Xmx1g, wrk on loopback"
  local t0 ready_ms=-1 docs
  "$ROOT/newsearch" --version >/dev/null # a rebuild, if sources changed, is not start-up time
  record "NEWSEARCH_JAVA_OPTS=-Xmx1g $ROOT/newsearch serve --index $WORK/index --host 127.0.0.1 --port $PORT"
  t0=$(date +%s%N)
  env -u NEWSEARCH_ADMIN_TOKEN -u NEWSEARCH_ADMIN_TOKEN_FILE NEWSEARCH_JAVA_OPTS=-Xmx1g "$ROOT/newsearch" serve --index "$WORK/index" \
    --host 127.0.0.1 --port "$PORT" >"$RES/serve.log" 2>&1 &
  SERVER_PID=$!
  trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
  local pid=$SERVER_PID
  for _ in $(seq 1 6000); do
    if curl -sf "http://127.0.0.1:$PORT/ready" >"$WORK/ready.json" 2>/dev/null; then
      ready_ms=$((($(date +%s%N) - t0) / 1000000)); break
    fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$RES/serve.log" >&2; return 1; }
    sleep 0.02
  done
  docs=$(sed -n 's/.*"documents": *\([0-9]*\).*/\1/p' "$WORK/ready.json")
  # The search-box suggester builds in the background: wait for it (it completes "gov" to
  # "government", the commonest headline word) so that its build is not measured as query load.
  local suggest_ms=-1
  for _ in $(seq 1 3000); do
    if curl -sf "http://127.0.0.1:$PORT/api/suggest?q=gov&size=1" | grep -q '"text"'; then
      suggest_ms=$((($(date +%s%N) - t0) / 1000000)); break
    fi
    sleep 0.2
  done
  wrk_run warmup 4 "$WRK_WARMUP" "$WORK/queries/urls-mix.txt"
  wrk_run "mix, facets + highlights" 4 "$WRK_RUN" "$WORK/queries/urls-mix.txt" wrk-mix-c4.json
  wrk_run "plain queries" 4 "$WRK_RUN" "$WORK/queries/urls-plain.txt" wrk-plain-c4.json
  wrk_run "plain queries, 1 client" 1 "$WRK_RUN" "$WORK/queries/urls-plain.txt" wrk-plain-c1.json
  profile_service "$pid"
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  local used max rss
  used=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | sed -n 's/.*heap.* used \([0-9]*\)K.*/\1/p' | head -1)
  max=$("$JAVA_HOME/bin/jcmd" "$pid" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2)
  rss=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status")
  kill "$pid"; wait "$pid" || true
  printf '{"ready_ms": %d, "completions_ready_ms": %d, "documents": %d, "heap_max_mib": %d, "heap_used_after_gc_mib": %d, "peak_rss_mib": %d, "java_opts": "-Xmx1g"}\n' \
    "$ready_ms" "$suggest_ms" "${docs:-0}" $((max / 1048576)) $((${used:-0} / 1024)) $((${rss:-0} / 1024)) >"$RES/serve.json"
  cat "$RES/serve.json" >&2
}

# A JFR profile of the service under the mix at 4 clients, after the measured runs so that the
# recording cannot slow them; its hottest methods go into the report.
profile_service() { # profile_service PID
  run "$JAVA_HOME/bin/jcmd" "$1" JFR.start name=bench settings=profile \
    filename="$RES/serve-mix.jfr" >/dev/null
  wrk_run "profiled mix" 4 "$WRK_RUN" "$WORK/queries/urls-mix.txt"
  run "$JAVA_HOME/bin/jcmd" "$1" JFR.stop name=bench >/dev/null
  "$JAVA_HOME/bin/jfr" view --width 160 --truncate beginning hot-methods "$RES/serve-mix.jfr" >"$RES/profile-serve.txt"
  "$JAVA_HOME/bin/jfr" view --width 160 --truncate beginning allocation-by-class "$RES/serve-mix.jfr" \
    >"$RES/profile-serve-alloc.txt" || true
}

peers() {
  local corpus="$CORPUS"
  if [[ -n "$PEERS_SIZE" && "$PEERS_SIZE" -lt "$SIZE" ]]; then
    corpus="$WORK/corpus-$PEERS_SIZE.jsonl"
    head -n "$PEERS_SIZE" "$CORPUS" >"$corpus"
    echo "The peer engines ran on the first $PEERS_SIZE articles of the corpus, not all $SIZE: at the full size they would not finish in reasonable time on this machine." >>"$RES/notes.md"
  fi
  say "peers on $(wc -l <"$corpus") articles"
  rm -rf "$RES/peers"
  run env PEERS="xapian postgres sqlite sphinx" "$PEERS_DIR/run_all.sh" "$corpus" \
    "$WORK/queries/plain.tsv" "$RES/peers" >"$RES/peers.log" 2>&1 || true
  tail -8 "$RES/peers.log" >&2
}

relevance() {
  local data="$PEERS_DIR/../data" collection
  for collection in cranfield cisi; do
    say "relevance: $collection"
    run "$ROOT/newsearch" reindex --input "$data/$collection/articles.jsonl" \
      --index "$WORK/rel-$collection" >/dev/null
    run "$ROOT/newsearch" eval --queries "$data/$collection/queries.tsv" \
      --qrels "$data/$collection/qrels.txt" --index "$WORK/rel-$collection" \
      >"$RES/relevance-$collection.txt"
    rm -rf "$RES/peers-$collection"
    run env PEERS="xapian postgres sqlite sphinx" WARMUP=1 WARMUP_S=1 REPS=1 \
      "$PEERS_DIR/run_all.sh" "$data/$collection/articles.jsonl" "$data/$collection/queries.tsv" \
      "$RES/peers-$collection" >"$RES/peers-$collection.log" 2>&1 || true
  done
}

# The plain queries ranked on the local index and on a one-node Solr collection, in turns, from one
# thread; both load the same corpus. The Solr node runs in its own JVM on the same two cores.
backend() {
  [[ "$BACKEND" == solr ]] || { echo "run.sh: --backend takes solr, got $BACKEND" >&2; return 2; }
  say "backends: local and solr on the plain queries"
  rm -rf "$WORK/backends"
  bench backends --backend solr --corpus "$CORPUS" --queries "$WORK/queries/plain.tsv" \
    --cluster-target "$ROOT/solr-cluster/target" --work "$WORK/backends" \
    --out "$RES/backends-solr.md" >&2
  rm -rf "$WORK/backends"
}

crash() {
  say "crash test: CrashSafetyIT, $CRASH_TRIALS trials"
  local t0 result=failed
  t0=$(date +%s)
  if (cd "$ROOT" && run ./mvnw -B verify -pl cli -am -Dit.test=CrashSafetyIT \
    -Dnewsearch.crash.trials="$CRASH_TRIALS" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true) >"$RES/crash.log" 2>&1; then
    result=passed
  fi
  printf '{"trials": %d, "result": "%s", "seconds": %d}\n' "$CRASH_TRIALS" "$result" \
    $(($(date +%s) - t0)) >"$RES/crash.json"
  cat "$RES/crash.json" >&2
}

# Runs one step in a subshell, so that its first failing command ends it; a failed step is noted
# and the suite goes on. The subshell must not be part of a condition (`|| rc=$?`): bash ignores
# set -e inside anything run as a condition.
step() { # step NAME FUNCTION
  if skipped "$1"; then
    reuse "$1"
    return 0
  fi
  local rc
  set +e
  (set -e; "$2")
  rc=$?
  set -e
  ((rc == 0)) || echo "* Step \`$1\` failed (exit $rc); its log is in \`${RES#"$ROOT"/}\`." >>"$RES/notes.md"
}

# Copies a skipped step's result files from the run named by --reuse, and notes it in the report.
reuse() { # reuse STEP
  [[ -n "$REUSE" ]] || return 0
  local files
  case "$1" in
    peers) files=(peers peers.log) ;;
    relevance) files=(relevance-cranfield.txt relevance-cisi.txt peers-cranfield peers-cisi) ;;
    crash) files=(crash.json crash.log) ;;
    one-core) files=(index-newsearch-1t.json) ;;
    *) return 0 ;;
  esac
  local f
  for f in "${files[@]}"; do
    [[ -e "$REUSE/$f" ]] && rm -rf "${RES:?}/$f" && cp -r "$REUSE/$f" "$RES/$f"
  done
  echo "* Step \`$1\` was not run again: its results are those of \`${REUSE#"$ROOT"/}\` ($(cat "$REUSE/../corpus.id" 2>/dev/null | cut -d' ' -f1) articles, its own query mix)." >>"$RES/notes.md"
}

rm -f "$RES/notes.md"
install_tools
build
describe_machine
corpus
step index index
if ((!SMOKE)); then step one-core index_one_core; fi
step jmh queries_in_process
step http http
step peers peers
step relevance relevance
step crash crash
if [[ -n "$BACKEND" ]]; then step solr backend; fi
bench report --work "$RES" --out "$RESULTS"
say "done: $RESULTS"
