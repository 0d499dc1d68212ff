package newsearch.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whether articles without a publication date are among the matches. Without {@code from} or {@code
 * to} they are included unless a request says otherwise; a date range asks for dates, so with one
 * they are excluded unless a request includes them.
 */
public enum UndatedArticles {
  /** Undated articles match as dated ones do; with a date range, alongside the dated ones in it. */
  INCLUDE,
  /** Only dated articles match. */
  EXCLUDE,
  /** Only undated articles match: the "Undated" value of the date facet. */
  ONLY;

  /** The default for a request with or without a date range. */
  static UndatedArticles byDefault(boolean dateRange) {
    return dateRange ? EXCLUDE : INCLUDE;
  }

  /** Reads {@code include}, {@code exclude} or {@code only}. */
  public static UndatedArticles parse(String value) {
    for (UndatedArticles undated : values()) {
      if (undated.label().equalsIgnoreCase(value.strip())) {
        return undated;
      }
    }
    throw new InvalidRequestException(
        "invalid_undated",
        "undated must be one of "
            + Arrays.stream(values()).map(UndatedArticles::label).collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }

  /** The name used in requests. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
