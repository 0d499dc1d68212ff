package newsearch.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;
import newsearch.search.SectionNames;

/**
 * An archive shaped like the ones the page must stay usable with: 87 sections named by codes from
 * the data ({@code acq}, {@code money-fx}, {@code topic-87}), the largest with 40 articles and the
 * smallest with one, dated over 1987 to 1989 with a few undated, and one wire story published four
 * times (one hit, "+3 similar"). Every article mentions the harbour, so one query finds them all.
 */
final class LargeArchive {

  /**
   * The ten sections with codes of their own; the others are {@code topic-11} to {@code topic-87}.
   */
  static final List<String> NAMED_CODES =
      List.of(
          "acq",
          "earn",
          "money-fx",
          "grain",
          "crude",
          "trade",
          "interest",
          "ship",
          "wheat",
          "corn");

  /** Display names for some of the codes, as a section names file would give them. */
  static final SectionNames NAMES =
      SectionNames.of(
          Map.of("acq", "Acquisitions", "money-fx", "Money and currencies", "earn", "Earnings"));

  static final int SECTIONS = 87;

  /** The wire story's four copies: id, source, section and date. */
  static final List<List<String>> WIRE_COPIES =
      List.of(
          List.of("wire-city", "City Daily", "grain", "1987-10-20"),
          List.of("wire-coast", "Coast Herald", "ship", "1987-10-21"),
          List.of("wire-evening", "Evening Post", "trade", "1987-10-21"),
          List.of("wire-morning", "Morning Star", "acq", "1987-10-22"));

  static final String WIRE_TITLE = "Grain shipments rise as new berths open";

  private static final String WIRE =
      "Grain shipments through the northern harbour rose sharply in October as the season's"
          + " harvest reached the docks, port officials said on Tuesday, adding that the backlog"
          + " of vessels waiting to load had eased after two new berths opened. Exporters said"
          + " prices held steady through the month, while the harbour board expects the busier"
          + " schedule to last into the winter, when ice usually closes the upper channel to the"
          + " largest ships for several weeks.";

  private LargeArchive() {}

  /** The section code at rank {@code i} (0 is the largest). */
  static String code(int i) {
    return i < NAMED_CODES.size()
        ? NAMED_CODES.get(i)
        : String.format(Locale.ROOT, "topic-%02d", i + 1);
  }

  /** Articles in section rank {@code i}: 40 for the largest, down to 1 for the smallest ones. */
  static int articlesIn(int i) {
    return Math.max(1, 40 - i);
  }

  static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < SECTIONS; i++) {
      for (int j = 0; j < articlesIn(i); j++, n++) {
        LocalDate date = n % 50 == 7 ? null : LocalDate.of(1987, 1, 1).plusDays(n * 7L % 1090);
        articles.add(
            article(
                code(i) + "-" + j,
                "Harbour report " + n + " on " + code(i),
                "The harbour board met on item " + n + " about " + code(i) + ".",
                date,
                code(i),
                "Archive Wire"));
      }
    }
    for (List<String> copy : WIRE_COPIES) {
      articles.add(
          article(
              copy.get(0),
              WIRE_TITLE,
              WIRE + " Reported for the " + copy.get(1) + ".",
              LocalDate.parse(copy.get(3)),
              copy.get(2),
              copy.get(1)));
    }
    return articles;
  }

  private static Article article(
      String id, String title, String body, LocalDate date, String section, String source) {
    return new Article(
        id, title, null, body, date, SectionPath.parse(section), null, source, null, List.of());
  }
}
