package newsearch.search;

import com.google.gson.annotations.SerializedName;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a relevance ranking weighs: the words, the meaning, or both fused. */
public enum Ranking {
  /** BM25 over the words alone. */
  @SerializedName("lexical")
  LEXICAL,
  /** The articles whose sentence vectors are nearest the query's, by cosine. */
  @SerializedName("semantic")
  SEMANTIC,
  /** Both lists fused by reciprocal rank: the matches of the words and the nearest by meaning. */
  @SerializedName("hybrid")
  HYBRID;

  /** Reads {@code lexical}, {@code semantic} or {@code hybrid}. */
  public static Ranking parse(String value) {
    for (Ranking ranking : values()) {
      if (ranking.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return ranking;
      }
    }
    throw new InvalidRequestException(
        "invalid_ranking",
        "ranking must be one of "
            + Arrays.stream(values()).map(Ranking::label).collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }

  /** The name used in requests and config files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
