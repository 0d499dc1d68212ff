package newsearch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.indexer.ContentDuplicates;
import newsearch.ingest.ArticleSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;

/**
 * What the readers make of the inputs, on its way to Solr: articles become documents in batches,
 * copies of an earlier article's text are skipped as the local index skips them, and rejections and
 * warnings are kept for the report. Not thread-safe: the reading thread alone uses it.
 */
final class LoadingSink implements ArticleSink {

  private final BatchSender sender;
  private final long firstSearchable;
  private final ContentDuplicates duplicates = new ContentDuplicates();
  private final Set<String> ids = new HashSet<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<InputWarning> warnings = new ArrayList<>();
  private long articles;
  private long contentDuplicates;

  LoadingSink(BatchSender sender, long firstSearchable) {
    this.sender = sender;
    this.firstSearchable = firstSearchable;
  }

  @Override
  public void accept(Article article) {
    articles++;
    if (duplicates.isDuplicate(article)) {
      contentDuplicates++;
      return;
    }
    ids.add(article.id());
    try {
      sender.add(SolrDocuments.of(article, firstSearchable));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public void warn(InputWarning warning) {
    warnings.add(warning);
  }

  /** Articles read, duplicates included. */
  long articles() {
    return articles;
  }

  /** Distinct ids sent: what the collection must hold. */
  long distinct() {
    return ids.size();
  }

  long duplicatesSkipped() {
    return articles - ids.size();
  }

  List<String> rejected() {
    return rejections.stream().map(Rejection::toString).toList();
  }

  List<String> warnings() {
    return warnings.stream().map(InputWarning::toString).toList();
  }

  /** Rejections and skipped duplicates by reason, as the local index's report counts them. */
  Map<String, Long> byReason() {
    Map<Rejection.Reason, Long> byReason = Rejection.countByReason(rejections);
    byReason.put(Rejection.Reason.DUPLICATE_ID, articles - contentDuplicates - ids.size());
    byReason.put(Rejection.Reason.DUPLICATE_CONTENT, contentDuplicates);
    return Rejection.Reason.labelled(byReason);
  }
}
