#!/usr/bin/env bash
# The whole benchmark suite at one size, written up in a Markdown report; or at several sizes, each
# with its report, and a page of how the numbers scale.
#
#   bench/run.sh --sizes 100000,1000000,3000000
#                                          # three runs: bench/RESULTS-100k.md, bench/RESULTS.md (1M,
#                                          # the main report), bench/RESULTS-3m.md; then
#                                          # bench/RESULTS-scale.md and bench/scale.svg
#   bench/run.sh --size 1000000            # the full suite at one size; writes bench/RESULTS.md
#   bench/run.sh --size 100000 --results bench/RESULTS-100k.md
#   bench/run.sh --smoke                   # ~2,000 articles, seconds per step, no peers
#   bench/run.sh --size 20000 --backend solr --skip index,jmh,http,peers,relevance,crash
#                                          # the plain queries on local Lucene and on Solr
#
# Options:
#   --size N          articles to generate (default 100000)
#   --seed S          corpus seed (default 42)
#   --queries N       queries in the mix (default 1000)
#   --sizes LIST      one run per size, comma-separated. The 1M run (else the first size) runs first;
#                     the others take its files for the steps that do not depend on the size:
#                     from 1M up only newsearch is indexed, lucene is the only peer (options given
#                     override that), and above 1M jmh, one-core, relevance and crash are skipped;
#                     below 1M, relevance and crash are skipped. Reuters runs once, in the main
#                     run. Other options are passed on.
#   --peers-size N    run postgres, sqlite and sphinx on the first N articles only (default: all)
#   --peers-full LIST the peers run on the whole corpus, space-separated (default "lucene xapian";
#                     a 3M run passes "lucene"); the others go to results/peers-sample
#   --peers-sample LIST the peers run on the --peers-size sample, space-separated (default: those
#                     not in --peers-full; "none" runs none)
#   --index-engines LIST
#                     engines of the indexing step, comma-separated (default
#                     newsearch,plain,plain-minimal; newsearch always runs: it makes the index)
#   --rounds N        indexing rounds; each engine's fastest is reported (default 1)
#   --backend solr    also rank the plain queries on a one-node SolrCloud collection beside the
#                     local index (step solr, writes results/backends-solr.md)
#   --skip LIST       steps to leave out, comma-separated: index,one-core,jmh,http,peers,reuters,
#                     relevance,crash (a skipped step keeps the result files of an earlier run)
#   --results FILE    where to write the report (default bench/RESULTS.md; smoke: in the work dir)
#   --reuse DIR       for the skipped steps one-core, peers, reuters, relevance and crash, take the
#                     files of another run (its results folder, e.g. bench/runs/100000/results) and
#                     say so
#
# Steps: index (newsearch and the bare IndexWriter loops), one-core (on at most the first 100,000
# articles), jmh (in-process queries), http (wrk over loopback: the mix at 4 and 16 clients, the
# plain queries at 4 and 1, and, at one client, the fixed cost of a request: searches matching
# nothing, searches matching one article, /health), peers (the peer engines of ../shared/peers,
# the plain-Lucene one at the project's Lucene version), reuters (Reuters-21578 indexed, served
# and queried as the http step does, and the lucene and xapian peers on the same queries; without
# its peers when peers is skipped), relevance, crash, solr (with --backend).
#
# Environment: BENCH_WORK (default bench/runs, git-ignored) holds the corpus, indexes and result
# files; BENCH_PORT (default 18080) is the service's loopback port; PEER_TIMEOUT is passed on to
# the peers' harness; LUCENE_VERSION (default: the project's, from pom.xml) is the plain-Lucene
# peer's, whose jars are copied from ~/.m2 into the harness's lib/. One heavy step runs at a time:
# the machine has two shared cores.
set -euo pipefail

ARGS="$*"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
PEERS_DIR="${PEERS_DIR:-$ROOT/../shared/peers}"
SIZE=100000 SEED=42 QUERIES=1000 PEERS_SIZE="" SKIP="" RESULTS="" SMOKE=0 ROUNDS=1 REUSE="" BACKEND=""
SIZES="" PEERS_FULL="" INDEX_ENGINES="" PEERS_SAMPLE=""
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
    --sizes) SIZES="$2"; shift 2 ;;
    --peers-full) PEERS_FULL="$2"; shift 2 ;;
    --peers-sample) PEERS_SAMPLE="$2"; shift 2 ;;
    --index-engines) INDEX_ENGINES="$2"; shift 2 ;;
    *) echo "run.sh: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

# One corpus size and the report of the whole suite at it, by a run of this script.
results_file() { # results_file SIZE: bench/RESULTS.md for 1M, the main report; RESULTS-100k.md etc.
  local n=$1 name
  if ((n == 1000000)); then echo "$BENCH/RESULTS.md"; return; fi
  if ((n % 1000000 == 0)); then name="$((n / 1000000))m"
  elif ((n % 1000 == 0)); then name="$((n / 1000))k"
  else name="$n"; fi
  echo "$BENCH/RESULTS-$name.md"
}

# --sizes: the suite once per size, the main size (1M if listed, else the first) first, so that the
# others can take the files of the steps that do not depend on the corpus size from it; then the
# scale page over all of them. Reuters runs once, in the main run, and is copied into the others.
if [[ -n "$SIZES" ]]; then
  ((!SMOKE)) || { echo "run.sh: --sizes and --smoke do not go together" >&2; exit 2; }
  IFS=, read -ra LIST <<<"$SIZES"
  MAIN="${LIST[0]}"
  for n in "${LIST[@]}"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "run.sh: --sizes takes sizes like 100000,1000000, got $n" >&2; exit 2; }
    ((n != 1000000)) || MAIN=$n
  done
  MAIN_RES="${BENCH_WORK:-$BENCH/runs}/$MAIN/results"
  COMMON=(--seed "$SEED" --queries "$QUERIES" --rounds "$ROUNDS" ${PEERS_SIZE:+--peers-size "$PEERS_SIZE"}
    ${BACKEND:+--backend "$BACKEND"})
  DONE=() FAILED=()
  for n in "$MAIN" "${LIST[@]}"; do
    [[ " ${DONE[*]} " != *" $n "* ]] || continue
    opts=(--size "$n" --results "$(results_file "$n")" "${COMMON[@]}")
    skip="$SKIP" engines="$INDEX_ENGINES" full="$PEERS_FULL" sample="$PEERS_SAMPLE"
    # From 1M up the baselines' indexing loops and the slow peers would take hours on two cores:
    # newsearch and plain Lucene run at every size, the loops and the other peers at the smallest.
    if ((n >= 1000000)); then
      engines="${engines:-newsearch}" full="${full:-lucene}" sample="${sample:-none}"
    fi
    if [[ $n != "$MAIN" ]]; then
      skip="reuters${skip:+,$skip}"
      if ((n > 1000000)); then
        skip="jmh,one-core,relevance,crash,$skip"
      elif ((n < 1000000)); then
        skip="relevance,crash,$skip"
      fi
      opts+=(--reuse "$MAIN_RES")
    fi
    opts+=(${skip:+--skip "$skip"} ${engines:+--index-engines "$engines"} ${full:+--peers-full "$full"}
      ${sample:+--peers-sample "$sample"})
    echo "== run.sh ${opts[*]}" >&2
    "${BASH_SOURCE[0]}" "${opts[@]}" || FAILED+=("$n")
    DONE+=("$n")
  done
  # The scale page lists the runs in the order of --sizes.
  DIRS=()
  for n in "${LIST[@]}"; do
    DIRS+=("${BENCH_WORK:-$BENCH/runs}/$n/results")
  done
  JAVA_HOME="$("$ROOT/newsearch" java-home)"
  "$JAVA_HOME/bin/java" -Xmx1g -Dfile.encoding=UTF-8 -cp "$BENCH/target/classes:$BENCH/target/lib/*" \
    newsearch.bench.BenchCli scale --runs "$(IFS=,; echo "${DIRS[*]}")" --out "$BENCH/RESULTS-scale.md" \
    --svg "$BENCH/scale.svg" --notes "$BENCH/scale-notes.md"
  ((${#FAILED[@]} == 0)) || { echo "run.sh: the runs at ${FAILED[*]} failed" >&2; exit 1; }
  exit 0
fi

# Step sizes: the smoke run keeps every step to seconds and leaves out the slow ones.
if ((SMOKE)); then
  SIZE=2000 QUERIES=200 SKIP="peers,relevance,crash,$SKIP"
  JMH_TIMES=(-wi 1 -w 2s -i 1 -r 2s) WRK_WARMUP=2s WRK_RUN=3s WRK_SHORT=2s CRASH_TRIALS=0
else
  JMH_TIMES=(-wi 2 -w 10s -i 3 -r 10s) WRK_WARMUP=20s WRK_RUN=30s WRK_SHORT=10s CRASH_TRIALS=20
fi
INDEX_ENGINES="${INDEX_ENGINES:-newsearch,plain,plain-minimal}"
PEERS_FULL="${PEERS_FULL:-lucene xapian}"
# The plain-Lucene peer runs the project's own Lucene version, so that it is the baseline of the
# same library.
LUCENE_VERSION="${LUCENE_VERSION:-$(sed -n 's#.*<lucene.version>\(.*\)</lucene.version>.*#\1#p' "$ROOT/pom.xml")}"
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
# --index-engines leaves baselines out (at 3M their loops would take an hour each); newsearch is
# always indexed, as every later step searches its index.
index() {
  local round engine engines=(newsearch)
  for engine in ${INDEX_ENGINES//,/ }; do
    [[ " newsearch plain plain-minimal " == *" $engine "* ]] ||
      { echo "run.sh: --index-engines takes newsearch, plain, plain-minimal; got $engine" >&2; return 2; }
  done
  for engine in plain plain-minimal; do
    [[ ",$INDEX_ENGINES," == *",$engine,"* ]] && engines+=("$engine")
  done
  ((${#engines[@]} == 3)) ||
    echo "* Indexing: only ${engines[*]} ran at this size (\`--index-engines $INDEX_ENGINES\`); the bare IndexWriter loops were left out." >>"$RES/notes.md"
  rm -f "$RES"/index-*-r[0-9]*.json # rounds of an earlier run must not compete with this one's
  for round in $(seq 1 "$ROUNDS"); do
    say "indexing, round $round of $ROUNDS: ${engines[*]}"
    for engine in "${engines[@]}"; do
      case "$engine" in
        newsearch) index_run NEWSEARCH newsearch "$WORK/index" "$round" ;;
        plain) index_run PLAIN plain "$WORK/idx-plain" "$round" ;;
        plain-minimal) index_run PLAIN_MINIMAL plain-minimal "$WORK/idx-minimal" "$round" ;;
      esac
    done
  done
  for engine in "${engines[@]}"; do
    fastest "$engine"
    [[ $engine == plain-minimal ]] || "$JAVA_HOME/bin/jfr" view --width 160 --truncate beginning \
      hot-methods "$RES/index-$engine.jfr" >"$RES/profile-index-$engine.txt"
  done
  echo "$ROUNDS" >"$RES/index-rounds.txt"
  rm -rf "$WORK/idx-plain" "$WORK/idx-minimal"
}

# The peers build with one thread. One indexing thread alone is not that: the job's reading thread
# also indexes when the queue is full. So the whole JVM is pinned to one CPU instead. Above
# ONE_CORE_ARTICLES it indexes the corpus's first that many articles: the rate per article is what
# compares, and a million articles on one core would take most of an hour.
ONE_CORE_ARTICLES=100000
index_one_core() {
  local input="$CORPUS"
  if ((SIZE > ONE_CORE_ARTICLES)); then
    input="$WORK/corpus-$ONE_CORE_ARTICLES.jsonl"
    head -n "$ONE_CORE_ARTICLES" "$CORPUS" >"$input"
    echo "* Indexing on one core: the first $ONE_CORE_ARTICLES articles of the corpus (\`index-newsearch-1t.json\`), as its rate per article is what compares." >>"$RES/notes.md"
  fi
  say "indexing: newsearch on one core (taskset -c 0), as the peers index"
  CPUS=0 bench index --engine NEWSEARCH --threads 1 --input "$input" --dir "$WORK/idx-1t" \
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

# Starts the service on INDEX, logging to LOG, and waits for /ready 200 (index open and warmed) and
# for its completions; sets SERVER_PID, READY_MS, SUGGEST_MS and DOCS.
serve_start() { # serve_start INDEX LOG
  local t0
  "$ROOT/newsearch" --version >/dev/null # a rebuild, if sources changed, is not start-up time
  # wrk's connections all come from one address, where a real load comes from many readers: the
  # service's per-client share (half its permits) would refuse most of 16 connections with 429
  # before admission control could show what it sheds, so one client may use every permit.
  local permits=$((2 * $(nproc)))
  record "NEWSEARCH_JAVA_OPTS=-Xmx1g $ROOT/newsearch serve --index $1 --host 127.0.0.1 --port $PORT --max-searches-per-client $permits"
  READY_MS=-1 SUGGEST_MS=-1
  t0=$(date +%s%N)
  env -u NEWSEARCH_ADMIN_TOKEN -u NEWSEARCH_ADMIN_TOKEN_FILE NEWSEARCH_JAVA_OPTS=-Xmx1g "$ROOT/newsearch" serve --index "$1" \
    --host 127.0.0.1 --port "$PORT" --max-searches-per-client "$permits" >"$2" 2>&1 &
  SERVER_PID=$!
  trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 6000); do
    if curl -sf "http://127.0.0.1:$PORT/ready" >"$WORK/ready.json" 2>/dev/null; then
      READY_MS=$((($(date +%s%N) - t0) / 1000000)); break
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$2" >&2; return 1; }
    sleep 0.02
  done
  DOCS=$(sed -n 's/.*"documents": *\([0-9]*\).*/\1/p' "$WORK/ready.json")
  # The search-box suggester builds in the background: wait for it (it completes "gov" to
  # "government", the commonest headline word) so that its build is not measured as query load.
  # An index without such a headline waits its 10 minutes out.
  for _ in $(seq 1 3000); do
    if curl -sf "http://127.0.0.1:$PORT/api/suggest?q=gov&size=1" | grep -q '"text"'; then
      SUGGEST_MS=$((($(date +%s%N) - t0) / 1000000)); break
    fi
    sleep 0.2
  done
}

serve_stop() {
  kill "$SERVER_PID"; wait "$SERVER_PID" || true
  trap - EXIT
}

# Requests whose cost does not grow with the corpus, the service's fixed cost: searches that match
# nothing, searches that match one article, and /health. Written before the service starts, so that
# the checking searches do not share the cores with it.
# An index where either kind cannot be found loses those runs only, with a note.
fixed_cost_paths() { # fixed_cost_paths INDEX QUERY_DIR
  rm -f "$2/urls-nomatch.txt" "$2/urls-onehit.txt"
  bench fixed-queries --index "$1" --out "$2" >&2 ||
    echo "* \`BenchCli fixed-queries\` found too few queries on \`${1#"$WORK"/}\`; the runs without paths were left out." >>"$RES/notes.md"
  echo /health >"$2/urls-health.txt"
}

fixed_cost_runs() { # fixed_cost_runs QUERY_DIR RESULT_PREFIX
  local kind label
  for kind in nomatch onehit health; do
    case "$kind" in
      nomatch) label="no match, 1 client" ;;
      onehit) label="one hit, 1 client" ;;
      health) label="/health, 1 client" ;;
    esac
    [[ ! -s "$1/urls-$kind.txt" ]] ||
      wrk_run "$label" 1 "$WRK_SHORT" "$1/urls-$kind.txt" "${2}wrk-$kind-c1.json"
  done
}

# Serves the index, runs wrk, then reads the service's memory and stops it.
http() {
  say "HTTP: serve with -Xmx1g, wrk on loopback"
  fixed_cost_paths "$WORK/index" "$WORK/queries"
  serve_start "$WORK/index" "$RES/serve.log"
  local pid=$SERVER_PID
  wrk_run warmup 4 "$WRK_WARMUP" "$WORK/queries/urls-mix.txt"
  wrk_run "mix, facets + highlights" 4 "$WRK_RUN" "$WORK/queries/urls-mix.txt" wrk-mix-c4.json
  wrk_run "plain queries" 4 "$WRK_RUN" "$WORK/queries/urls-plain.txt" wrk-plain-c4.json
  wrk_run "plain queries, 1 client" 1 "$WRK_RUN" "$WORK/queries/urls-plain.txt" wrk-plain-c1.json
  fixed_cost_runs "$WORK/queries" ""
  wrk_run "mix, facets + highlights, 16 clients" 16 "$WRK_RUN" "$WORK/queries/urls-mix.txt" wrk-mix-c16.json
  profile_service "$pid"
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  local used max rss
  used=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | sed -n 's/.*heap.* used \([0-9]*\)K.*/\1/p' | head -1)
  max=$("$JAVA_HOME/bin/jcmd" "$pid" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2)
  rss=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status")
  serve_stop
  printf '{"ready_ms": %d, "completions_ready_ms": %d, "documents": %d, "heap_max_mib": %d, "heap_used_after_gc_mib": %d, "peak_rss_mib": %d, "java_opts": "-Xmx1g"}\n' \
    "$READY_MS" "$SUGGEST_MS" "${DOCS:-0}" $((max / 1048576)) $((${used:-0} / 1024)) $((${rss:-0} / 1024)) >"$RES/serve.json"
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

# The peers' Lucene jars of the project's version, from the local Maven repository that the build
# filled; only when they are not there does the peers' harness fetch them itself.
peer_lucene_jars() {
  local a jar
  mkdir -p "$PEERS_DIR/lib"
  for a in lucene-core lucene-analysis-common lucene-queryparser; do
    jar="$HOME/.m2/repository/org/apache/lucene/$a/$LUCENE_VERSION/$a-$LUCENE_VERSION.jar"
    [[ -f "$PEERS_DIR/lib/$a-$LUCENE_VERSION.jar" || ! -f "$jar" ]] || cp "$jar" "$PEERS_DIR/lib/"
  done
}

# run_peers PEERS CORPUS QUERIES OUTDIR [ENV...]: one run of the peers' harness.
run_peers() {
  rm -rf "$4"
  run env PEERS="$1" LUCENE_VERSION="$LUCENE_VERSION" "${@:5}" "$PEERS_DIR/run_all.sh" "$2" "$3" "$4" \
    >"$4.log" 2>&1 || true
  tail -8 "$4.log" >&2
}

# The fast peers (--peers-full, by default lucene and xapian) on the whole corpus, in peers/; the
# slow ones on the first --peers-size articles, in peers-sample/.
peers() {
  local sample="$CORPUS" rest=() p where
  for p in lucene xapian postgres sqlite sphinx; do
    [[ " $PEERS_FULL " == *" $p "* ]] && continue
    [[ -z "$PEERS_SAMPLE" || " $PEERS_SAMPLE " == *" $p "* ]] && rest+=("$p")
  done
  if [[ -n "$PEERS_SIZE" && "$PEERS_SIZE" -lt "$SIZE" ]]; then
    sample="$WORK/corpus-$PEERS_SIZE.jsonl"
    head -n "$PEERS_SIZE" "$CORPUS" >"$sample"
  fi
  where="on all of them too"
  [[ "$sample" == "$CORPUS" ]] ||
    where="on the first $PEERS_SIZE only: at the full size they would not finish in reasonable time on this machine"
  echo "* Peers: $PEERS_FULL ran on all $SIZE articles (\`peers/\`); ${rest[*]:-no others} $where (\`peers-sample/\`)." >>"$RES/notes.md"
  peer_lucene_jars
  say "peers on $SIZE articles: $PEERS_FULL"
  run_peers "$PEERS_FULL" "$CORPUS" "$WORK/queries/plain.tsv" "$RES/peers"
  if ((${#rest[@]})); then
    say "peers on $(wc -l <"$sample") articles: ${rest[*]}"
    run_peers "${rest[*]}" "$sample" "$WORK/queries/plain.tsv" "$RES/peers-sample"
  fi
}

# Reuters-21578, a real news corpus of 21,578 articles: the service and the fast peers on the same
# 200 queries, words of its titles drawn by the peers' own generator.
reuters() {
  local data="$PEERS_DIR/../data/reuters21578/articles.jsonl" out="$RES/reuters"
  local idx="$WORK/reuters-index" queries="$WORK/reuters-queries"
  say "Reuters-21578: index, queries, HTTP"
  rm -rf "$out" "$idx" && mkdir -p "$out"
  run "$ROOT/newsearch" reindex --no-vectors --input "$data" --index "$idx" >"$out/reindex.log" 2>&1
  run /usr/bin/python3 "$PEERS_DIR/gen_queries.py" "$data" 200 "$out/queries.txt"
  bench queries-from --text "$out/queries.txt" --out "$queries" >&2
  fixed_cost_paths "$idx" "$queries"
  serve_start "$idx" "$out/serve.log"
  wrk_run warmup 1 "$WRK_WARMUP" "$queries/urls-mix.txt"
  wrk_run "Reuters, plain queries, 1 client" 1 "$WRK_RUN" "$queries/urls-plain.txt" reuters/wrk-plain-c1.json
  wrk_run "Reuters, facets + highlights, 1 client" 1 "$WRK_RUN" "$queries/urls-mix.txt" reuters/wrk-mix-c1.json
  fixed_cost_runs "$queries" reuters/
  serve_stop
  if skipped peers; then return 0; fi
  peer_lucene_jars
  say "Reuters-21578: peers lucene, xapian"
  run_peers "lucene xapian" "$data" "$out/queries.txt" "$out/peers"
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

# Notes in the report that a skipped step's figures, where it shows any, are those of an earlier
# run in the same work folder.
kept() { # kept STEP
  local marker
  case "$1" in
    index) marker=index-newsearch.json ;;
    one-core) marker=index-newsearch-1t.json ;;
    jmh) marker=jmh-newsearch-mix.json ;;
    peers) marker=peers ;;
    reuters) marker=reuters ;;
    relevance) marker=relevance-cranfield.txt ;;
    crash) marker=crash.json ;;
    *) return 0 ;;
  esac
  [[ -e "$RES/$marker" ]] || return 0
  echo "* Step \`$1\` was not run again: its figures are those of an earlier run in \`${RES#"$ROOT"/}\` (\`$marker\` written $(date -u -r "$RES/$marker" +%Y-%m-%dT%H:%MZ))." >>"$RES/notes.md"
}

# Copies a skipped step's result files from the run named by --reuse, and notes it in the report.
reuse() { # reuse STEP
  if [[ -z "$REUSE" ]]; then
    kept "$1"
    return 0
  fi
  local files
  case "$1" in
    peers) files=(peers peers.log peers-sample peers-sample.log) ;;
    reuters) files=(reuters) ;;
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
step reuters reuters
step relevance relevance
step crash crash
if [[ -n "$BACKEND" ]]; then step solr backend; fi
bench report --work "$RES" --out "$RESULTS"
say "done: $RESULTS"
