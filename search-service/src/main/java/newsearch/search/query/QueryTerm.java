package newsearch.search.query;

/**
 * One unit of a user's query: a word, a phrase, two words near each other or a word's beginning, in
 * every field or in one, wanted, required or excluded.
 *
 * @param text the word or phrase as typed, without quotes, prefixes or operators; for {@link
 *     Kind#NEAR} the two words separated by a space, for {@link Kind#PREFIX} the beginning without
 *     its star
 * @param kind what the text stands for
 * @param slop for a phrase, how many position moves its words may need ({@code "a b"~N}); for
 *     {@link Kind#NEAR}, how many positions apart the two words may stand; 0 otherwise
 * @param field the field named by a {@code title:} or {@code body:} prefix, or null for all
 * @param excluded whether it was prefixed with {@code -} or {@code NOT}
 * @param required whether it must match whatever the matching rule says ({@code +word}, {@code
 *     AND})
 */
public record QueryTerm(
    String text, Kind kind, int slop, String field, boolean excluded, boolean required) {

  /** What the text of a unit stands for. */
  public enum Kind {
    /** A word as typed. */
    WORD,
    /** A quoted phrase, exact or within {@code slop} moves. */
    PHRASE,
    /** Two words within {@code slop} positions of each other, in either order. */
    NEAR,
    /** Every word that begins with the text, up to a capped number of them. */
    PREFIX
  }

  /** A word or an exact phrase, not required. */
  public QueryTerm(String text, boolean phrase, String field, boolean excluded) {
    this(text, phrase ? Kind.PHRASE : Kind.WORD, 0, field, excluded, false);
  }

  /** Whether it was quoted. */
  public boolean phrase() {
    return kind == Kind.PHRASE;
  }

  /** Whether it is a plain word of every field: one that proximity and relaxing deal with. */
  public boolean plainWord() {
    return kind == Kind.WORD && field == null;
  }

  /** The same unit, required. */
  public QueryTerm asRequired() {
    return new QueryTerm(text, kind, slop, field, excluded, true);
  }

  /** The unit written back in the query syntax, as the user could have typed it. */
  public String syntax() {
    String core =
        switch (kind) {
          case WORD -> text;
          case PHRASE -> "\"" + text + "\"" + (slop > 0 ? "~" + slop : "");
          case NEAR -> text.replace(" ", " NEAR/" + slop + " ");
          case PREFIX -> text + "*";
        };
    String sign = excluded ? "-" : required ? "+" : "";
    return sign + (field == null ? "" : field + ":") + core;
  }
}
