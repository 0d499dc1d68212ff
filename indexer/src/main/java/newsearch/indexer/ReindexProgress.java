package newsearch.indexer;

/**
 * How far a reindex job has come.
 *
 * @param bytesRead input bytes read so far, as stored on disk
 * @param bytesTotal input bytes in all
 * @param articles articles read so far
 * @param seconds time since the job started
 * @param done whether this is the last report
 * @param embedded articles whose vector the model made so far
 * @param vectorsReused articles whose vector came from the cache so far
 */
public record ReindexProgress(
    long bytesRead,
    long bytesTotal,
    long articles,
    double seconds,
    boolean done,
    long embedded,
    long vectorsReused) {

  /** Progress of a job that makes no vectors. */
  public ReindexProgress(
      long bytesRead, long bytesTotal, long articles, double seconds, boolean done) {
    this(bytesRead, bytesTotal, articles, seconds, done, 0, 0);
  }

  /** The share of the input read, from 0 to 1. */
  public double fraction() {
    return bytesTotal == 0 ? 1 : Math.min(1, (double) bytesRead / bytesTotal);
  }

  /** Input megabytes (10^6 bytes) read per second. */
  public double megabytesPerSecond() {
    return seconds > 0 ? bytesRead / 1e6 / seconds : 0;
  }

  /** Articles read per second. */
  public double articlesPerSecond() {
    return seconds > 0 ? articles / seconds : 0;
  }
}
