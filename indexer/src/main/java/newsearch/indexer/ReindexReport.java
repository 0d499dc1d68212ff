package newsearch.indexer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
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
 * @param rejectedByReason every input not indexed, counted by the label of its {@link
 *     Rejection.Reason}: the rejections and the skipped duplicates ({@code duplicate_id}, {@code
 *     duplicate_content}), so the counts add up to {@code rejected} plus {@code duplicatesSkipped}
 * @param bytesRead input bytes read
 * @param seconds wall time from start to the published commit
 * @param warnings articles indexed with a gap, such as a date that is no date, with where and why
 * @param articlesByLanguage articles indexed per language (ISO 639-1), most first; those of no
 *     known language under {@code und}
 * @param vectors whether the articles were given sentence vectors
 * @param embedded articles whose vector the model made
 * @param vectorsReused articles whose vector came from the cache of an earlier run
 * @param segments segments of the published index; 0 where the engine keeps its own (SolrCloud)
 * @param mergeSeconds wall time of the merge into those segments, part of {@code seconds}; 0 when
 *     the job left the segments as writing left them
 */
public record ReindexReport(
    String generation,
    long filesRead,
    long articlesRead,
    long articlesIndexed,
    long duplicatesSkipped,
    List<String> rejected,
    Map<String, Long> rejectedByReason,
    long bytesRead,
    double seconds,
    List<String> warnings,
    Map<String, Long> articlesByLanguage,
    boolean vectors,
    long embedded,
    long vectorsReused,
    int segments,
    double mergeSeconds) {

  /** Copies the lists and the counts, keeping their order. */
  public ReindexReport {
    rejected = List.copyOf(rejected);
    rejectedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByReason));
    warnings = List.copyOf(warnings);
    articlesByLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(articlesByLanguage));
  }

  /** Builds the list of rejection messages from rejections. */
  static List<String> describe(List<Rejection> rejections) {
    return rejections.stream().map(Rejection::toString).toList();
  }

  /**
   * One line for people: {@code indexed 2 articles from 1 file into gen-000001 in 0.3 s (7
   * articles/s, 0.0 MB/s); 1 duplicates skipped, 2 rejected; by reason: not_json 1,
   * no_title_or_body 1, duplicate_id 1; by language: en 2; 1 segment, merged in 0.0 s}, the counts
   * per reason left out when every article was indexed, the segments where the engine keeps its
   * own; before the counts, when it made vectors, {@code ; vectors: 2 embedded, 0 from cache}.
   */
  public String summary() {
    return String.format(
            Locale.ROOT,
            "indexed %,d articles from %,d %s into %s in %.1f s (%,.0f articles/s, %.1f MB/s);"
                + " %,d duplicates skipped, %,d rejected%s%s",
            articlesIndexed,
            filesRead,
            filesRead == 1 ? "file" : "files",
            generation,
            seconds,
            articlesPerSecond(),
            megabytesPerSecond(),
            duplicatesSkipped,
            rejected.size(),
            vectors
                ? String.format(
                    Locale.ROOT, "; vectors: %,d embedded, %,d from cache", embedded, vectorsReused)
                : "",
            byReason())
        + byLanguage()
        + merged();
  }

  /**
   * {@code "; by reason: not_json 2, duplicate_id 5"}, or nothing when every article was indexed.
   */
  private String byReason() {
    if (rejectedByReason.isEmpty()) {
      return "";
    }
    StringJoiner joined = new StringJoiner(", ", "; by reason: ", "");
    rejectedByReason.forEach(
        (label, n) -> joined.add(String.format(Locale.ROOT, "%s %,d", label, n)));
    return joined.toString();
  }

  /** {@code "; by language: en 40, es 3, und 1"}, or nothing when no article was indexed. */
  private String byLanguage() {
    if (articlesByLanguage.isEmpty()) {
      return "";
    }
    StringJoiner joined = new StringJoiner(", ", "; by language: ", "");
    articlesByLanguage.forEach(
        (code, n) -> joined.add(String.format(Locale.ROOT, "%s %,d", code, n)));
    return joined.toString();
  }

  /**
   * {@code "; 2 segments, merged in 1.2 s"}, without the merge when there was none, or nothing
   * where the engine keeps its own.
   */
  private String merged() {
    if (segments == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "; %d %s%s",
        segments,
        segments == 1 ? "segment" : "segments",
        mergeSeconds > 0 ? String.format(Locale.ROOT, ", merged in %.1f s", mergeSeconds) : "");
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
