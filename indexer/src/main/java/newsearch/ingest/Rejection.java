package newsearch.ingest;

import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An input that could not become an article, with where it was, what kind of problem it had and the
 * details.
 *
 * @param file the file it came from, or null for an article handed over without one
 * @param line 1-based line number, or 0 when the whole file was rejected
 * @param reason the kind of problem, counted per kind in every report
 * @param detail what was wrong, in words a user can act on
 */
public record Rejection(Path file, long line, Reason reason, String detail) {

  /** Why an input was not indexed; each kind has a stable {@link #label} for reports. */
  public enum Reason {
    /** An input file or folder that does not exist. */
    NO_SUCH_FILE("no_such_file"),
    /** A file that exists but could not be opened or read to its end. */
    UNREADABLE("unreadable"),
    /** A file name no reader knows (not .txt, .html, .htm or .jsonl, plain or gzipped). */
    UNSUPPORTED_TYPE("unsupported_type"),
    /** A gzipped file whose compressed data is damaged or cut off. */
    DAMAGED_GZIP("damaged_gzip"),
    /** A JSON Lines record or a page beyond the reader's size limit. */
    TOO_LARGE("too_large"),
    /** A page that is binary data rather than text. */
    NOT_TEXT("not_text"),
    /** A JSON Lines record that is not valid JSON. */
    NOT_JSON("not_json"),
    /** A JSON Lines record that is valid JSON but not an object. */
    NOT_AN_OBJECT("not_an_object"),
    /** A JSON Lines record with neither a title nor a body. */
    NO_TITLE_OR_BODY("no_title_or_body"),
    /** A page on which no title was found. */
    NO_TITLE("no_title"),
    /** A page on which no body text was found. */
    NO_BODY("no_body"),
    /** A page that says it is an error, such as {@code 404 Page not found}, in any language. */
    ERROR_PAGE("error_page"),
    /** A page of headlines linking to articles, such as a section front, with no article text. */
    HEADLINE_LIST("headline_list"),
    /** A page that shows a sentence or two of an article and asks the reader to subscribe. */
    PAYWALL_TEASER("paywall_teaser"),
    /** A page of cookie notices, menus and buttons without a headline or a sentence of text. */
    NO_ARTICLE_TEXT("no_article_text"),
    /** An article with a field beyond the index's limits, such as an id over 32766 bytes. */
    FIELD_OVER_LIMIT("field_over_limit"),
    /** An article the index writer refused for a limit the schema's check does not know. */
    REFUSED_BY_INDEX("refused_by_index"),
    /** An earlier copy of an id that a later copy in the same reindex replaced. */
    DUPLICATE_ID("duplicate_id"),
    /** An article whose title and body another article of the same reindex already had. */
    DUPLICATE_CONTENT("duplicate_content");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** The snake_case name reports use, such as {@code no_title}; it never changes. */
    public String label() {
      return label;
    }

    /**
     * {@code counts} keyed by label, in the order of the reasons, without the reasons counted zero
     * times: the shape of {@code rejected_by_reason} in every report.
     */
    public static Map<String, Long> labelled(Map<Reason, Long> counts) {
      Map<String, Long> labelled = new LinkedHashMap<>();
      for (Reason reason : values()) {
        long n = counts.getOrDefault(reason, 0L);
        if (n > 0) {
          labelled.put(reason.label, n);
        }
      }
      return labelled;
    }
  }

  /** How many of {@code rejections} there are of each reason. */
  public static Map<Reason, Long> countByReason(Collection<Rejection> rejections) {
    Map<Reason, Long> counts = new EnumMap<>(Reason.class);
    for (Rejection rejection : rejections) {
      counts.merge(rejection.reason(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * {@code file:line: detail}, {@code file: detail} for a whole file, or only the detail for an
   * article that came from no file.
   */
  @Override
  public String toString() {
    if (file == null) {
      return detail;
    }
    return line > 0 ? file + ":" + line + ": " + detail : file + ": " + detail;
  }
}
