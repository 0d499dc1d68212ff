package newsearch.bench.indexing;

/**
 * What one indexing run measured. MB are 10^6 bytes, as the peer harness counts them; memory is in
 * MiB.
 *
 * @param engine {@code newsearch}, {@code plain} or {@code plain-minimal}
 * @param threads indexing threads
 * @param ramBufferMb the writer's RAM buffer
 * @param articles articles in the committed index
 * @param inputBytes size of the JSON Lines input
 * @param seconds wall time from the first line read to a durable commit
 * @param cpuSeconds CPU time of the whole JVM (every thread, GC and JIT included) over the run: on
 *     a shared machine it varies far less with other users' load than wall time does
 * @param articlesPerSecond articles / seconds
 * @param articlesPerCpuSecond articles / cpuSeconds
 * @param megabytesPerSecond input MB / seconds
 * @param peakHeapMib the most heap in use at any sample
 * @param peakRssMib the process's peak resident set
 * @param indexBytes bytes of the committed index on disk
 * @param jvm the JVM's version and flags
 */
public record IndexRunResult(
    String engine,
    int threads,
    int ramBufferMb,
    long articles,
    long inputBytes,
    double seconds,
    double cpuSeconds,
    double articlesPerSecond,
    double articlesPerCpuSecond,
    double megabytesPerSecond,
    double peakHeapMib,
    double peakRssMib,
    long indexBytes,
    String jvm) {}
