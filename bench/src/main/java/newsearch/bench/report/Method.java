package newsearch.bench.report;

/** How the suite measures, as the report explains it below the numbers. */
final class Method {

  private Method() {}

  static final String TEXT =
      """
      * **Corpus**: `bench generate` (seeded, deterministic, streamed): titles of 6-14 words, a one-\
      sentence lede, bodies of 150-1,500 words (log-normal around 500), a Zipf vocabulary of about \
      1,000 real English function and content words plus 50,000 pseudo-words, Zipf-reused people, \
      places and organisations, 37 sections two levels deep with their own topical words, dates \
      over 20 years (2005-2024).
      * **Query mix**: `bench queries`, drawn from the headlines of a seeded sample of articles: \
      one word 20%, two-three words 25%, quoted phrases 15%, `a OR b` 10%, `a -b` 10%, words \
      within a section 20%. The *plain* queries (words and phrases, no operators or filters) are \
      the ones every engine reads alike; they go to the peers, to raw Lucene and to the plain HTTP \
      runs.
      * **Indexing**: each engine in its own JVM (`-Xmx1g`, the launcher's default), same input \
      file, same threads, RAM buffer 256 MB, input reading and JSON parsing included for both \
      (the same `ArticleFileReader` on the reading thread, batches of 256 to a bounded pool). \
      *newsearch* is `IndexStore.reindex`, the write path of `newsearch reindex` (writer lock, \
      updates by id, new generation, commit, verification, publish, report). *plain* is a bare \
      `IndexWriter.addDocument` loop over the very same documents (`NewsSchema.toDocument`); \
      *plain-minimal* drops the `spelling` field and the title doc values from them, which shows \
      what the search-box helpers cost. Time runs from the first line read to a durable commit. Peak heap is sampled every 20 ms; peak RSS is the kernel's \
      `VmHWM`.
      * **In-process queries**: JMH, 4 threads (equal to the HTTP clients), one fork with \
      `-Xmx1g`, throughput. `NewsSearcherBenchmark.search` is exactly what the service runs (top \
      10, exact hit count, facets with drill-sideways, highlights, collapsing of copies, \
      spelling suggestion for few hits); `rank` is the ranked ids only. `RawLuceneBenchmark` \
      runs the same queries as a plain BooleanQuery of per-field dismax (same analyzer, boosts, \
      tie-breaker, BM25) with `IndexSearcher.search(q, 10)` and reads the ids: no proximity \
      clause, no exact count (so block-max WAND may skip), no facets or highlights.
      * **HTTP**: `./newsearch serve` on loopback; wrk with one thread and 4 (or 1) connections, \
      a Lua script cycling through the query URLs; a 20 s warm-up on the mix, then 30 s per run. \
      Latencies are wrk's (closed loop, so not corrected for coordinated omission). wrk shares \
      the two cores with the service.
      * **Peers**: `../shared/peers/run_all.sh` unchanged (its scratch in /tmp/peers), on the \
      plain queries, one client, its own warm-up: the plain Lucene peer (Lucene 10.6, BM25 over \
      title^2 body, top 10 ids, one thread, in-process) and Xapian on the whole corpus \
      (`peers/`), PostgreSQL, SQLite and Sphinx on its first `--peers-size` articles \
      (`peers-sample/`; older runs held every peer in `peers/`). Peers index only title and body, \
      store no text, and use one indexing thread; newsearch indexes title, lede and body with \
      stored text, offsets, facets and the spelling field, with two threads, and once with the \
      whole JVM pinned to one core (`taskset -c 0`), since one indexing thread alone still lets \
      the job's reading thread index too. *Reuters*: newsearch over HTTP (with and without facets, \
      one client) and the Lucene and Xapian peers on the same 200 queries over Reuters.
      * **Errors**: wrk counts every non-2xx answer as an error; the report counts the 503s that \
      admission control sheds under overload apart, as the service refusing work it cannot do in \
      time rather than failing it.
      * **Relevance**: `./newsearch eval` (trec_eval-exact nDCG@10 and P@10) against the peers' \
      nDCG@10 from `run_all.sh` with the collection's `queries.tsv` and `qrels.txt` (graded \
      gains, log2 discount, over judged queries: the same definition).
      """;
}
