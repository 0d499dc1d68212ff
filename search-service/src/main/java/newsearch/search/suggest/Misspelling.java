package newsearch.search.suggest;

import java.util.List;
import java.util.function.Function;

/**
 * One misspelt word of a query and the spellings the index offers for it.
 *
 * @param start offset of the word's first character in the query
 * @param end offset after its last character
 * @param spellings the spellings, most frequent first, never empty, in the case the word was typed
 *     in
 */
public record Misspelling(int start, int end, List<String> spellings) {

  /** Copies the list. */
  public Misspelling {
    spellings = List.copyOf(spellings);
  }

  /**
   * {@code query} with each of {@code misspelt} (in query order) replaced by what {@code choice}
   * picks for it; everything between them is kept as typed. A choice of {@code ""} leaves the word
   * out.
   */
  public static String apply(
      String query, List<Misspelling> misspelt, Function<Misspelling, String> choice) {
    StringBuilder text = new StringBuilder();
    int copied = 0;
    for (Misspelling word : misspelt) {
      text.append(query, copied, word.start()).append(choice.apply(word));
      copied = word.end();
    }
    return text.append(query, copied, query.length()).toString();
  }
}
