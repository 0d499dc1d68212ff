package newsearch.indexer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an incremental update or delete did to the served generation.
 *
 * @param generation the generation it changed
 * @param added articles that were new
 * @param replaced articles that replaced one with the same id
 * @param deleted articles removed
 * @param notFound ids asked to be deleted that the index did not have
 * @param rejected inputs that could not become articles, with their reasons
 * @param rejectedByReason the rejections counted by the label of their {@link
 *     newsearch.ingest.Rejection.Reason}
 * @param warnings articles added with a gap, such as a date that is no date, with where and why
 */
public record UpdateReport(
    String generation,
    long added,
    long replaced,
    long deleted,
    List<String> notFound,
    List<String> rejected,
    Map<String, Long> rejectedByReason,
    List<String> warnings) {

  /** Copies the lists and the counts, keeping their order. */
  public UpdateReport {
    notFound = List.copyOf(notFound);
    rejected = List.copyOf(rejected);
    rejectedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByReason));
    warnings = List.copyOf(warnings);
  }
}
