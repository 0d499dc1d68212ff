package newsearch.search.query;

/**
 * One unit of a user's query: a word or a quoted phrase, in every field or in one, wanted or
 * excluded.
 *
 * @param text the word or phrase as typed, without quotes or prefixes
 * @param phrase whether it was quoted
 * @param field the field named by a {@code title:} or {@code body:} prefix, or null for all
 * @param excluded whether it was prefixed with {@code -}
 */
public record QueryTerm(String text, boolean phrase, String field, boolean excluded) {

  /** The unit written back in the query syntax, as the user could have typed it. */
  public String syntax() {
    String core = phrase ? "\"" + text + "\"" : text;
    return (excluded ? "-" : "") + (field == null ? "" : field + ":") + core;
  }
}
