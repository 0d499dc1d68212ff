package newsearch.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsearch.ingest.CollectingSink;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;

/**
 * Checks what a reader made of one page against what was expected of it. A page expected to be an
 * article that was rejected fails every expectation; a page expected to be rejected passes only
 * when it was rejected with the expected reason. Stateless and thread-safe.
 */
final class PageChecker {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String NONE = "none";

  private PageChecker() {}

  /** The checks of {@code expected} against what {@code read} collected from its page. */
  static List<Check> check(ExpectedPage expected, CollectingSink read) {
    List<Check> checks = new ArrayList<>();
    Article article = read.articles().isEmpty() ? null : read.articles().getFirst();
    String rejected =
        read.rejections().isEmpty() ? null : read.rejections().getFirst().reason().label();
    for (Expectation e : expected.expectations()) {
      String actual;
      boolean passed;
      if (e.kind() == FieldKind.REJECTION) {
        actual = rejected != null ? rejected : "accepted as '" + article.title() + "'";
        passed = e.value().equals(rejected);
      } else if (article == null) {
        actual = "rejected: " + read.rejections().stream().map(Rejection::detail).toList();
        passed = false;
      } else {
        actual = actual(e.kind(), article);
        passed = meets(e, article, actual);
      }
      checks.add(new Check(expected.page(), e, passed, actual));
    }
    return checks;
  }

  private static String actual(FieldKind kind, Article article) {
    return switch (kind) {
      case TITLE -> collapse(article.title());
      case SECTION -> article.section().isEmpty() ? NONE : article.section().display();
      case DATE -> article.date() == null ? NONE : article.date().toString();
      case BODY_START -> shorten(collapse(article.body()));
      case BODY_CONTENT -> "not in body";
      case JUNK_ABSENT -> "present";
      case REJECTION -> throw new IllegalArgumentException("not a field: " + kind);
    };
  }

  private static boolean meets(Expectation e, Article article, String actual) {
    String want = collapse(e.value());
    return switch (e.kind()) {
      case TITLE, SECTION, DATE -> want.equals(actual);
      case BODY_START -> collapse(article.body()).startsWith(want);
      case BODY_CONTENT -> collapse(article.body()).contains(want);
      case JUNK_ABSENT -> !allText(article).contains(want.toLowerCase(Locale.ROOT));
      case REJECTION -> false;
    };
  }

  private static String allText(Article article) {
    String text = article.title() + "\n" + article.summary() + "\n" + article.body();
    return collapse(text).toLowerCase(Locale.ROOT);
  }

  private static String collapse(String text) {
    return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
