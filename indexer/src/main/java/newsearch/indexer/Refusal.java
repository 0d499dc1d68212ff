package newsearch.indexer;

import java.nio.file.Path;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;

/**
 * An article the index writer refused, with Lucene's reason. Articles are checked against the
 * schema's limits before they are written, so a refusal means a limit the check does not know; the
 * writer has dropped only that document and goes on.
 *
 * @param article the refused article
 * @param reason Lucene's message
 */
public record Refusal(Article article, String reason) {

  /** Characters of the id quoted in {@link #describe}. */
  private static final int QUOTED_ID_CHARS = 80;

  /** {@code article "id" refused by the index: reason}, the id shortened when it is long. */
  public String describe() {
    String id = article.id();
    String quoted = id.length() > QUOTED_ID_CHARS ? id.substring(0, QUOTED_ID_CHARS) + "…" : id;
    return "article \"" + quoted + "\" refused by the index: " + reason;
  }

  /** The rejection of the refused article, read from {@code file} (null when from none). */
  public Rejection rejection(Path file) {
    return new Rejection(file, 0, Rejection.Reason.REFUSED_BY_INDEX, describe());
  }
}
