package newsearch.relevance;

/**
 * A query of a test collection.
 *
 * @param id the query id, as the qrels and runs name it; no whitespace
 * @param text the query as a user would type it; one line
 */
public record Topic(String id, String text) {

  /** Validates that the topic fits one line of {@code queries.tsv}. */
  public Topic {
    TrecField.require(id, "query id");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("query " + id + " has no text");
    }
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("query " + id + " text spans several lines");
    }
  }
}
