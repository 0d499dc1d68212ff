package newsearch.ingest;

import java.util.List;
import java.util.regex.Pattern;
import newsearch.ingest.Rejection.Reason;

/**
 * Tells a page that is not an article from one that is, after its lines are classified and its
 * fields read: an error page ({@code 404}, {@code Page not found}, {@code Página no encontrada},
 * {@code Page introuvable}, {@code Seite nicht gefunden}) with little text, a list of headlines
 * such as a section front, a paywall teaser of a sentence or two, and a page of cookie notices and
 * menus without a headline or a sentence. Each has its own {@link Reason}, so reindex reports count
 * them apart. Stateless and thread-safe.
 */
final class NotAnArticle {

  private static final Pattern ERROR =
      Pattern.compile(
          "^(?:error |erro |erreur |fehler )?404\\b.*"
              + "|.*\\b(?:page not found|page (?:cannot|can't|can’t|could not) be found"
              + "|couldn't find the page|couldn’t find the page|página no encontrada"
              + "|la página que (?:busca|buscas) no existe|página não encontrada"
              + "|page introuvable|cette page n'existe pas|seite nicht gefunden"
              + "|diese seite existiert nicht)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** An error page says so near its top, in a short line. */
  private static final int ERROR_LINES_LOOKED_AT = 12;

  private static final int MAX_ERROR_LINE_WORDS = 12;

  /** An error page has little text; an article about an error has more. */
  private static final int MAX_ERROR_BODY_WORDS = 80;

  /** A teaser shows about a sentence or two before the prompt to subscribe. */
  private static final int MAX_TEASER_WORDS = 60;

  /** A list of headlines has at least this many headline-shaped lines and almost no prose. */
  private static final int MIN_LIST_HEADLINES = 5;

  private static final int MAX_LIST_PROSE = 1;
  private static final int MIN_HEADLINE_WORDS = 4;
  private static final int MAX_HEADLINE_WORDS = 20;

  private NotAnArticle() {}

  /**
   * Rejects the page when it is not an article.
   *
   * @param raw the page's lines as written
   * @param lines the same lines as classified
   * @param page the fields read from them
   * @param paywalled whether the page's markup marks its text as behind a paywall
   * @throws RejectedInputException naming why the page is not an article
   */
  static void check(List<String> raw, List<PageLine> lines, PageFields page, boolean paywalled)
      throws RejectedInputException {
    int bodyWords = page.body() == null ? 0 : Words.count(page.body());
    if (bodyWords <= MAX_ERROR_BODY_WORDS && saysError(raw, page.title())) {
      throw new RejectedInputException(Reason.ERROR_PAGE, "an error page, not an article");
    }
    if (bodyWords <= MAX_TEASER_WORDS
        && (paywalled || raw.stream().anyMatch(PageFurniture::isPaywall))) {
      throw new RejectedInputException(
          Reason.PAYWALL_TEASER, "a paywall teaser of " + bodyWords + " words");
    }
    long headlines = lines.stream().filter(NotAnArticle::isHeadline).count();
    long prose = lines.stream().filter(NotAnArticle::isProse).count();
    if (headlines >= MIN_LIST_HEADLINES && prose <= MAX_LIST_PROSE) {
      throw new RejectedInputException(
          Reason.HEADLINE_LIST, "a list of " + headlines + " headlines, not an article");
    }
    boolean anyTitleShaped =
        lines.stream()
            .anyMatch(l -> l instanceof PageLine.Text t && t.words() >= MIN_HEADLINE_WORDS);
    if (bodyWords == 0 && prose == 0 && !anyTitleShaped) {
      throw new RejectedInputException(
          Reason.NO_ARTICLE_TEXT, "only notices, menus and buttons, no article text");
    }
  }

  private static boolean saysError(List<String> raw, String title) {
    if (title != null && ERROR.matcher(title.strip()).matches()) {
      return true;
    }
    return raw.stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .limit(ERROR_LINES_LOOKED_AT)
        .anyMatch(
            line -> Words.count(line) <= MAX_ERROR_LINE_WORDS && ERROR.matcher(line).matches());
  }

  private static boolean isHeadline(PageLine line) {
    return switch (line) {
      case PageLine.Related r -> true;
      case PageLine.Text t ->
          !t.isProse() && t.words() >= MIN_HEADLINE_WORDS && t.words() <= MAX_HEADLINE_WORDS;
      default -> false;
    };
  }

  private static boolean isProse(PageLine line) {
    return line instanceof PageLine.Text t && t.isProse();
  }
}
