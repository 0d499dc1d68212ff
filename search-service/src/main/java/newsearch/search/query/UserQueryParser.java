package newsearch.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the search-box syntax: words, {@code "exact phrases"}, {@code -excluded} (or {@code NOT
 * excluded}), {@code a OR b}, and {@code title:}/{@code body:} prefixes.
 *
 * <p>It never fails: an unbalanced quote closes at the end of the text, a dangling operator or an
 * empty prefix is dropped, and anything else is read as words. Old test collections use {@code
 * AND}, {@code OR} and {@code NOT} as plain words, so operator words can be switched off. Stateless
 * and thread-safe.
 */
public final class UserQueryParser {

  private static final Set<String> FIELDS = Set.of("title", "body");
  private static final int LONGEST_FIELD = 5;

  private final boolean operatorWords;

  /**
   * A parser.
   *
   * @param operatorWords whether upper-case {@code OR}, {@code AND} and {@code NOT} are operators
   *     rather than words
   */
  public UserQueryParser(boolean operatorWords) {
    this.operatorWords = operatorWords;
  }

  /** Parses the text; the result may be empty but is never null. */
  public UserQuery parse(String text) {
    List<List<QueryTerm>> groups = new ArrayList<>();
    List<QueryTerm> exclusions = new ArrayList<>();
    Scanner in = new Scanner(text == null ? "" : text);
    boolean orPending = false;
    boolean notPending = false;
    while (in.skipSpace()) {
      boolean excluded = in.consume('-') | notPending;
      notPending = false;
      String field = in.fieldPrefix();
      boolean phrase = in.peek() == '"';
      String unit = phrase ? in.quoted() : in.word();
      if (unit.codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      if (!phrase && field == null && !excluded && operatorWords) {
        if (unit.equals("OR")) {
          orPending = !groups.isEmpty();
          continue;
        }
        if (unit.equals("AND")) {
          continue;
        }
        if (unit.equals("NOT")) {
          notPending = true;
          continue;
        }
      }
      QueryTerm term = new QueryTerm(unit.strip(), phrase, field, excluded);
      if (excluded) {
        exclusions.add(term);
      } else if (orPending) {
        groups.get(groups.size() - 1).add(term);
      } else {
        groups.add(new ArrayList<>(List.of(term)));
      }
      orPending = false;
    }
    return new UserQuery(groups, exclusions);
  }

  /** A cursor over the query text. */
  private static final class Scanner {
    private final String text;
    private int at;

    Scanner(String text) {
      this.text = text;
    }

    /** Skips white space; false at the end of the text. */
    boolean skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      return at < text.length();
    }

    char peek() {
      return at < text.length() ? text.charAt(at) : 0;
    }

    boolean consume(char c) {
      if (peek() == c && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
        at++;
        return true;
      }
      return false;
    }

    /** Consumes {@code title:} or {@code body:} and returns the field, else null. */
    String fieldPrefix() {
      int colon = text.indexOf(':', at);
      if (colon > at && colon - at <= LONGEST_FIELD) {
        String name = text.substring(at, colon).toLowerCase(Locale.ROOT);
        if (FIELDS.contains(name)) {
          at = colon + 1;
          return name;
        }
      }
      return null;
    }

    /** Reads a quoted phrase; an unbalanced quote runs to the end of the text. */
    String quoted() {
      at++;
      int close = text.indexOf('"', at);
      int end = close < 0 ? text.length() : close;
      String phrase = text.substring(at, end);
      at = close < 0 ? end : close + 1;
      return phrase;
    }

    /** Reads up to the next white space or quote. */
    String word() {
      int start = at;
      while (at < text.length()
          && !Character.isWhitespace(text.charAt(at))
          && text.charAt(at) != '"') {
        at++;
      }
      return text.substring(start, at);
    }
  }
}
