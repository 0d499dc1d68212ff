package newsearch.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether a query's misspelt words may be corrected before it is searched. */
public enum Spelling {
  /** Corrected when the correction finds more articles holding all the words; the default. */
  AUTO,
  /** Searched as typed; a better spelling is only offered, as {@code suggestion}. */
  EXACT;

  /** Reads {@code auto} or {@code exact}. */
  public static Spelling parse(String value) {
    for (Spelling spelling : values()) {
      if (spelling.name().equalsIgnoreCase(value.strip())) {
        return spelling;
      }
    }
    throw new InvalidRequestException(
        "invalid_spell",
        "spell must be one of "
            + Arrays.stream(values())
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }
}
