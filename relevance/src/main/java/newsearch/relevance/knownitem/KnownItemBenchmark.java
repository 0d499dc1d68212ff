package newsearch.relevance.knownitem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsearch.search.Hit;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.search.SortOrder;

/**
 * Asks each known-item query as the search page asks it, a first page of ten by relevance through
 * {@link NewsSearcher#search}, and finds the rank of its article: a hit is the article when its id
 * is the article's or when the article is one of the copies collapsed into it, since the page shows
 * those. Does not own the searcher.
 */
public final class KnownItemBenchmark {

  /** How many hits count: the first page. */
  public static final int DEPTH = 10;

  private final NewsSearcher searcher;

  /** A benchmark that searches {@code searcher}. */
  public KnownItemBenchmark(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  /** The 1-based rank of each item's article for its query, or its misspelt twin; 0 when absent. */
  public List<Integer> ranks(List<KnownItem> items, boolean misspelt) throws IOException {
    List<Integer> ranks = new ArrayList<>(items.size());
    for (KnownItem item : items) {
      ranks.add(rank(item.id(), misspelt ? item.misspelt() : item.query()));
    }
    return ranks;
  }

  /** The 1-based rank of article {@code id} on the first page for {@code query}, or 0. */
  public int rank(String id, String query) throws IOException {
    SearchResponse response =
        searcher.search(
            new SearchRequest(
                query, List.of(), null, null, SortOrder.RELEVANCE, 1, DEPTH, null, false));
    List<Hit> hits = response.hits();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      if (hit.id().equals(id) || hit.copies().stream().anyMatch(copy -> copy.id().equals(id))) {
        return i + 1;
      }
    }
    return 0;
  }
}
