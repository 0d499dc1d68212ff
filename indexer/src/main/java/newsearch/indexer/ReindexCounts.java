package newsearch.indexer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counters of one {@link ReindexJob}, shared by its reading thread and its indexing threads.
 *
 * <p>The atomic counters and the lists may be touched from any thread; {@link #duplicates} and
 * {@link #contentDuplicates} only from the reading thread.
 */
final class ReindexCounts {

  // Logged under the job's name, where operators already look for rejections of a reindex.
  private static final Logger log = LoggerFactory.getLogger(ReindexJob.class);

  final AtomicLong files = new AtomicLong();
  final AtomicLong articles = new AtomicLong();
  final AtomicLong bytes = new AtomicLong();
  final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
  final List<InputWarning> warnings = Collections.synchronizedList(new ArrayList<>());
  final ContentDuplicates duplicates = new ContentDuplicates();
  long contentDuplicates;

  void reject(Rejection rejection) {
    rejections.add(rejection);
    log.warn("rejected {}", rejection);
  }

  void warn(InputWarning warning) {
    warnings.add(warning);
    log.warn("indexed with a gap {}", warning);
  }

  /**
   * The rejections and the skipped duplicates by reason, once the job has indexed {@code indexed}
   * distinct articles: every counted article beyond those was an earlier copy of a later id.
   */
  Map<String, Long> byReason(long indexed) {
    Map<Rejection.Reason, Long> byReason;
    synchronized (rejections) {
      byReason = Rejection.countByReason(rejections);
    }
    byReason.put(Rejection.Reason.DUPLICATE_ID, articles.get() - indexed);
    byReason.put(Rejection.Reason.DUPLICATE_CONTENT, contentDuplicates);
    return Rejection.Reason.labelled(byReason);
  }

  /** An article that was read and counted, then refused by the writer. */
  void refuse(Path file, Refusal refusal) {
    articles.decrementAndGet();
    reject(refusal.rejection(file));
  }
}
