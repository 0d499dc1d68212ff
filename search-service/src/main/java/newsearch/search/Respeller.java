package newsearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsearch.schema.NewsSchema;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.suggest.Misspelling;
import newsearch.search.suggest.SpellingCorrector;

/**
 * Decides whether a query is better answered for its spelling correction, before it is ranked.
 *
 * <p>{@link SpellingCorrector} finds the misspelt words: a word the index lacks, or holds far less
 * often than a close spelling; a word it knows well never is one. Each misspelt word, in query
 * order, takes the spelling that the most articles hold together with the query's other words (the
 * ones known, and the misspelt ones already respelt), so {@code tony blare} becomes {@code tony
 * blair} though {@code blame} is the closer spelling. The correction is taken when, under the
 * request's filters, no article holds all the words as typed and some hold all of the correction's,
 * or {@link #BETTER_RATIO} times as many hold the correction's as the typed. Counting articles with
 * every word, rather than any, tells {@code intrest rates} (no article has both) from {@code
 * rates}-only matches, which any-word matching would count as plenty. Costs nothing for a query
 * whose words the index knows well, and a count per spelling weighed for one it respells.
 * Thread-safe.
 */
final class Respeller {

  /**
   * How many times as many articles the correction must find with all its words when the query as
   * typed finds some. A query whose rare words one article holds together is most likely that
   * article's: at 1, the known-item benchmark's clean queries lost 2.6 points of success@10 to
   * corrections such as {@code celna} (a ticker) into a commoner word.
   */
  static final int BETTER_RATIO = 10;

  private final SpellingCorrector corrector;
  private final SearchPlanner planner;
  private final boolean enabled;

  Respeller(NewsSchema schema, SearchPlanner planner, SuggestConfig config) {
    this.corrector = new SpellingCorrector(schema);
    this.planner = planner;
    this.enabled = config.spelling();
  }

  /**
   * The correction of the query of {@code request} when it finds more articles holding all its
   * words; empty when spelling is off, the request browses, no word needs correcting, or the
   * correction finds no more.
   */
  Optional<String> better(FacetedSearcher searcher, SearchRequest request) throws IOException {
    if (!enabled || request.isBrowse()) {
      return Optional.empty();
    }
    List<Misspelling> misspelt = corrector.misspellings(searcher.getIndexReader(), request.query());
    if (misspelt.isEmpty()) {
      return Optional.empty();
    }
    Map<Misspelling, String> chosen = new HashMap<>();
    for (Misspelling word : misspelt) {
      chosen.put(word, bestSpelling(searcher, request, misspelt, chosen, word));
    }
    String respelt = Misspelling.apply(request.query(), misspelt, chosen::get);
    int typed = searcher.count(planner.allWords(request.query(), request));
    int corrected = searcher.count(planner.allWords(respelt, request));
    return corrected > 0 && corrected >= BETTER_RATIO * typed
        ? Optional.of(respelt)
        : Optional.empty();
  }

  /**
   * The spelling of {@code word} that the most articles hold with the query's other words: the
   * misspelt ones already {@code chosen} as chosen, those not yet left out. Ties go to the more
   * frequent spelling.
   */
  private String bestSpelling(
      FacetedSearcher searcher,
      SearchRequest request,
      List<Misspelling> misspelt,
      Map<Misspelling, String> chosen,
      Misspelling word)
      throws IOException {
    if (word.spellings().size() == 1) {
      return word.spellings().get(0);
    }
    String best = word.spellings().get(0);
    int bestCount = -1;
    for (String spelling : word.spellings()) {
      String text =
          Misspelling.apply(
              request.query(), misspelt, m -> m == word ? spelling : chosen.getOrDefault(m, ""));
      int count = searcher.count(planner.allWords(text, request));
      if (count > bestCount) {
        best = spelling;
        bestCount = count;
      }
    }
    return best;
  }
}
