package newsearch.relevance;

/** A field of a TREC file: the formats separate fields by whitespace, so a field may hold none. */
final class TrecField {

  private TrecField() {}

  /**
   * Returns {@code value} if it can be written as one whitespace-free field.
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  static String require(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " contains whitespace: '" + value + "'");
      }
    }
    return value;
  }
}
