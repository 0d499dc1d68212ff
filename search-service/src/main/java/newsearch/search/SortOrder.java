package newsearch.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How results are ordered. */
public enum SortOrder {
  /** Best match first; ties broken by id. */
  RELEVANCE,
  /** Newest first; ties broken by score, then id. */
  DATE,
  /** Oldest first; ties broken by score, then id. Undated articles come last in both orders. */
  OLDEST;

  /** Reads {@code relevance}, {@code date} or {@code oldest}. */
  public static SortOrder parse(String value) {
    for (SortOrder order : values()) {
      if (order.name().equalsIgnoreCase(value.strip())) {
        return order;
      }
    }
    throw new InvalidRequestException(
        "invalid_sort",
        "sort must be one of "
            + Arrays.stream(values()).map(SortOrder::label).collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }

  /** The name used in requests. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
