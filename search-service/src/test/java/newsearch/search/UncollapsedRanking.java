package newsearch.search;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import newsearch.search.index.PublishedGenerations;
import newsearch.search.index.ServedIndex;
import newsearch.search.rank.BudgetedSearch;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.ProximityRescorer;
import newsearch.search.rank.SearchDeadline;
import org.apache.lucene.search.FieldDoc;

/**
 * The ranking of a query before copies are collapsed: the same plan and ranking as {@link
 * NewsSearcher#rank}, every copy left in. An oracle for the tests of collapsing.
 */
final class UncollapsedRanking {

  private UncollapsedRanking() {}

  /** The ids of every match of {@code query} by relevance, best first, copies included. */
  static List<String> of(IndexGenerations gens, SearchConfig config, String query)
      throws IOException {
    NewsSchema schema = new NewsSchema();
    SearchPlan plan = new SearchPlanner(schema, config, Clock.systemUTC()).ranking(query, 10_000);
    HitCollapser.Walk walk = plan.walk();
    try (ServedIndex index =
        new ServedIndex(new PublishedGenerations(gens, schema), schema, config)) {
      return index.withSearcher(
          searcher -> {
            BudgetedSearch ranking =
                new BudgetedSearch(
                    searcher,
                    schema,
                    new SearchDeadline(Clock.systemUTC(), 60_000),
                    0,
                    new ProximityRescorer(config.ranking().proximityWindow()));
            FieldDoc[] hits =
                ranking.rank(walk.query(), walk.rescoring(), walk.sort(), null, 10_000).hits();
            List<String> ids = new ArrayList<>(hits.length);
            for (FieldDoc hit : hits) {
              ids.add(searcher.storedFields().document(hit.doc).get(NewsSchema.ID));
            }
            return ids;
          });
    }
  }
}
