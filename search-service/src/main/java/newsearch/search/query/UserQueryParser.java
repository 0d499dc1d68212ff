package newsearch.search.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.search.InvalidRequestException;

/**
 * Reads the search-box syntax: words, {@code "exact phrases"} and {@code "phrases"~N}, {@code
 * +required} (or {@code a AND b}), {@code -excluded} (or {@code NOT excluded}), {@code a OR b},
 * {@code a NEAR/N b}, {@code word*}, {@code title:}/{@code body:} prefixes and the date expressions
 * of {@link DateExpression} ({@code since:2021}).
 *
 * <p>Words and operators never fail: an unbalanced quote closes at the end of the text, a dangling
 * operator or an empty prefix is dropped, a star after fewer than {@link #MIN_PREFIX_CHARS}
 * characters is dropped, and anything else is read as words. A number that cannot be read ({@code
 * NEAR/0}, {@code since:banana}) is an {@link InvalidRequestException} naming it, since reading it
 * as a word would silently search for something else. Old test collections use {@code AND}, {@code
 * OR} and {@code NOT} as plain words, so operator words (with {@code NEAR} and the date
 * expressions) can be switched off. Stateless and thread-safe.
 */
public final class UserQueryParser {

  /** The shortest beginning a star, or a half-typed last word, expands: one letter is too many. */
  public static final int MIN_PREFIX_CHARS = 2;

  /** The widest {@code NEAR/N} and {@code "phrase"~N}. */
  public static final int MAX_DISTANCE = 50;

  private static final Set<String> FIELDS = Set.of("title", "body");
  private static final int LONGEST_FIELD = 5;
  private static final Pattern NEAR = Pattern.compile("NEAR/(.*)");

  private final boolean operatorWords;
  private final DateExpression dates;

  /**
   * A parser.
   *
   * @param operatorWords whether upper-case {@code OR}, {@code AND}, {@code NOT}, {@code NEAR/N}
   *     and the date expressions are operators rather than words
   * @param clock today, for {@code when:7d}
   */
  public UserQueryParser(boolean operatorWords, Clock clock) {
    this.operatorWords = operatorWords;
    this.dates = new DateExpression(clock);
  }

  /** A parser whose {@code when:} counts from today in UTC. */
  public UserQueryParser(boolean operatorWords) {
    this(operatorWords, Clock.systemUTC());
  }

  /** Parses the text; the result may be empty but is never null. */
  public UserQuery parse(String text) {
    return parse(text, false);
  }

  /**
   * Parses the text; with {@code partial}, the last word is taken as half-typed: the beginning of
   * any word ({@code oil pr}), or dropped when it is shorter than {@link #MIN_PREFIX_CHARS} and
   * other words remain.
   *
   * @throws InvalidRequestException naming a distance or date that cannot be read
   */
  public UserQuery parse(String text, boolean partial) {
    Reading r = new Reading();
    Scanner in = new Scanner(text == null ? "" : text);
    while (in.skipSpace()) {
      r.lastWord = false;
      boolean minus = in.consume('-');
      boolean plus = in.consume('+');
      boolean excluded = minus || r.notPending;
      r.notPending = false;
      String field = in.fieldPrefix();
      boolean phrase = in.peek() == '"';
      String unit = phrase ? in.quoted() : in.word();
      int slop = phrase ? in.slop() : 0;
      boolean bare = !phrase && field == null && !minus && !plus;
      if (bare && operatorWords && operator(unit, r)) {
        continue;
      }
      if (bare && operatorWords && !excluded && DateExpression.matches(unit)) {
        r.bounds = dates.narrow(r.bounds, unit);
        continue;
      }
      if (unit.codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      QueryTerm term = term(unit.strip(), phrase, slop, field, excluded, plus || r.andPending);
      r.add(term, !phrase && field == null && !excluded && term.kind() == QueryTerm.Kind.WORD);
    }
    if (partial) {
      r.completeLastWord();
    }
    return new UserQuery(r.groups, r.exclusions, r.bounds.from(), r.bounds.to());
  }

  /** Applies {@code unit} when it is an operator word; false when it is a word. */
  private static boolean operator(String unit, Reading r) {
    switch (unit) {
      case "OR" -> r.orPending = !r.groups.isEmpty();
      case "AND" -> r.and();
      case "NOT" -> r.notPending = true;
      default -> {
        Matcher near = NEAR.matcher(unit);
        if (!near.matches()) {
          return false;
        }
        r.nearPending = distance("NEAR/", near.group(1));
      }
    }
    return true;
  }

  private static QueryTerm term(
      String unit, boolean phrase, int slop, String field, boolean excluded, boolean required) {
    QueryTerm.Kind kind = phrase ? QueryTerm.Kind.PHRASE : QueryTerm.Kind.WORD;
    String text = unit;
    if (!phrase && unit.endsWith("*")) {
      text = unit.replaceAll("\\*+$", "");
      kind = prefixable(text) ? QueryTerm.Kind.PREFIX : QueryTerm.Kind.WORD;
    }
    return new QueryTerm(text, kind, slop, field, excluded, required);
  }

  /** Whether {@code text} is long enough, and plain enough, to expand as a word's beginning. */
  static boolean prefixable(String text) {
    return text.codePointCount(0, text.length()) >= MIN_PREFIX_CHARS
        && text.codePoints().allMatch(Character::isLetterOrDigit);
  }

  /** A distance of {@code NEAR/N} or {@code ~N}, checked. */
  static int distance(String operator, String digits) {
    int n;
    try {
      n = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < (operator.equals("~") ? 0 : 1) || n > MAX_DISTANCE) {
      throw new InvalidRequestException(
          "invalid_distance",
          operator
              + digits
              + ": the distance must be a whole number from "
              + (operator.equals("~") ? 0 : 1)
              + " to "
              + MAX_DISTANCE);
    }
    return n;
  }

  /** What has been read so far, and the operators waiting for their next unit. */
  private static final class Reading {
    final List<List<QueryTerm>> groups = new ArrayList<>();
    final List<QueryTerm> exclusions = new ArrayList<>();
    DateExpression.Bounds bounds = new DateExpression.Bounds(null, null);
    boolean orPending;
    boolean andPending;
    boolean notPending;
    int nearPending;
    boolean lastWord;

    /** {@code a AND b}: both are required; a dangling AND requires nothing. */
    void and() {
      if (!groups.isEmpty()) {
        List<QueryTerm> last = groups.get(groups.size() - 1);
        last.replaceAll(QueryTerm::asRequired);
        andPending = true;
      }
    }

    void add(QueryTerm term, boolean word) {
      if (term.excluded()) {
        exclusions.add(term);
      } else if (nearPending > 0 && word && lastIsWord()) {
        List<QueryTerm> group = groups.get(groups.size() - 1);
        QueryTerm left = group.remove(group.size() - 1);
        group.add(
            new QueryTerm(
                left.text() + " " + term.text(),
                QueryTerm.Kind.NEAR,
                nearPending,
                null,
                false,
                left.required()));
      } else if (orPending) {
        groups.get(groups.size() - 1).add(term);
      } else {
        groups.add(new ArrayList<>(List.of(term)));
      }
      lastWord = word && nearPending == 0 && !term.excluded();
      orPending = false;
      andPending = false;
      nearPending = 0;
    }

    private boolean lastIsWord() {
      if (groups.isEmpty()) {
        return false;
      }
      List<QueryTerm> group = groups.get(groups.size() - 1);
      QueryTerm last = group.get(group.size() - 1);
      return last.kind() == QueryTerm.Kind.WORD && last.field() == null && !last.text().isEmpty();
    }

    /** Makes the last word, when it ends the text, the beginning of a word. */
    void completeLastWord() {
      if (!lastWord) {
        return;
      }
      List<QueryTerm> group = groups.get(groups.size() - 1);
      QueryTerm last = group.remove(group.size() - 1);
      if (prefixable(last.text())) {
        group.add(
            new QueryTerm(last.text(), QueryTerm.Kind.PREFIX, 0, null, false, last.required()));
      } else if (group.isEmpty() && groups.size() == 1) {
        group.add(last);
      }
      if (group.isEmpty()) {
        groups.remove(groups.size() - 1);
      }
    }
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

    /** Reads {@code ~N} right after a closing quote: the phrase's slop; 0 without it. */
    int slop() {
      if (peek() != '~') {
        return 0;
      }
      at++;
      String digits = word();
      return digits.isEmpty() ? 0 : distance("~", digits);
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
