package newsearch.solr;

import java.util.Base64;
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
    // Solr's mark is base64 with + and /; written URL-safe, a cursor needs no escaping in a link.
    String safe =
        mark.equals(START.mark)
            ? mark
            : Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Base64.getDecoder().decode(mark));
    return offset + String.valueOf(SEPARATOR) + safe;
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
      String safe = cursor.substring(cut + 1);
      String mark =
          safe.equals(START.mark)
              ? safe
              : Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(safe));
      return new SolrCursor(offset, mark);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "invalid_cursor", "cursor '" + cursor + "' is not one; start again without a cursor");
    }
  }
}
