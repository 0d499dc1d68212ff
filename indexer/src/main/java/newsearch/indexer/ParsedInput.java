package newsearch.indexer;

import java.util.List;
import java.util.Optional;
import newsearch.ingest.CollectingSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;

/**
 * Articles read from an input and not yet written, with what the reading rejected and warned about:
 * the first half of an update whose caller looks at the input before it writes, as the admin route
 * does to refuse a body without an article. Immutable.
 *
 * @param articles the articles, in input order
 * @param rejections the inputs that could not become articles, in input order
 * @param warnings the articles kept with a gap, in input order
 */
public record ParsedInput(
    List<Article> articles, List<Rejection> rejections, List<InputWarning> warnings) {

  /** Copies the lists. */
  public ParsedInput {
    articles = List.copyOf(articles);
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }

  /** What {@code sink} collected. */
  static ParsedInput of(CollectingSink sink) {
    return new ParsedInput(sink.articles(), sink.rejections(), sink.warnings());
  }

  /** Whether the input held at least one article. */
  public boolean hasArticles() {
    return !articles.isEmpty();
  }

  /** The first rejection as {@code file:line: detail}, or empty when there was none. */
  public Optional<String> firstRejection() {
    return rejections.stream().findFirst().map(Rejection::toString);
  }
}
