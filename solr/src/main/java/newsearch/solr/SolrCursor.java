package newsearch.solr;

import newsearch.search.InvalidRequestException;

/**
 * Where a page of a Solr search ended: how many hits came before the next page, and Solr's {@code
 * cursorMark} after them. The count tells when the last page has been reached, so that its cursor
 * is null as the local one is; the mark lets a deep page cost as little as the first.
 *
 * @param offset hits on the pages before the next one
 * @param mark Solr's {@code nextCursorMark}
 */
record SolrCursor(long offset, String mark) {

  /** Where the first page starts. */
  static final SolrCursor START = new SolrCursor(0, "*");

  private static final char SEPARATOR = '~';

  /** The cursor as the {@code cursor} parameter carries it. */
  String encode() {
    return offset + String.valueOf(SEPARATOR) + mark;
  }

  /**
   * Reads a {@code cursor} parameter.
   *
   * @throws InvalidRequestException when it is not one this backend wrote
   */
  static SolrCursor decode(String cursor) {
    int cut = cursor.indexOf(SEPARATOR);
    try {
      if (cut < 1 || cut == cursor.length() - 1) {
        throw new NumberFormatException();
      }
      long offset = Long.parseLong(cursor.substring(0, cut));
      if (offset < 0) {
        throw new NumberFormatException();
      }
      return new SolrCursor(offset, cursor.substring(cut + 1));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          "invalid_cursor", "cursor '" + cursor + "' is not one; start again without a cursor");
    }
  }
}
