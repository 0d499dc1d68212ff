package newsearch.indexer;

import java.util.List;
import newsearch.ingest.Rejection;

/**
 * What a reindex job did: the account of every file and article it saw.
 *
 * @param generation the generation directory it built
 * @param filesRead input files opened
 * @param articlesRead articles the readers produced
 * @param articlesIndexed distinct articles in the new index
 * @param duplicatesSkipped articles dropped because another had the same id
 * @param rejected every input the readers could not take, with its reason
 * @param bytesRead input bytes read
 * @param seconds wall time from start to the published commit
 * @param warnings articles indexed with a gap, such as a date that is no date, with where and why
 */
public record ReindexReport(
    String generation,
    long filesRead,
    long articlesRead,
    long articlesIndexed,
    long duplicatesSkipped,
    List<String> rejected,
    long bytesRead,
    double seconds,
    List<String> warnings) {

  /** Copies the lists. */
  public ReindexReport {
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
  }

  /** Builds the list of rejection messages from rejections. */
  static List<String> describe(List<Rejection> rejections) {
    return rejections.stream().map(Rejection::toString).toList();
  }

  /** Articles indexed per second. */
  public double articlesPerSecond() {
    return seconds > 0 ? articlesIndexed / seconds : 0;
  }

  /** Input megabytes (10^6 bytes) read per second. */
  public double megabytesPerSecond() {
    return seconds > 0 ? bytesRead / 1e6 / seconds : 0;
  }
}
