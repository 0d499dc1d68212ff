package newsearch.search.rank;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import newsearch.search.index.PublishedGenerations;
import newsearch.search.index.ServedIndex;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ranking order hands each hit its score, the one the words give it as Lucene scores them,
 * whether the hits are sorted by that score or by date.
 */
class SortedScoresTest {

  @TempDir Path dir;

  @Test
  void eachRankedHitHasTheScoreLuceneGivesIt() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String title = (i % 2 == 0 ? "Treaty talks " : "Oil treaty ") + (i % 3 == 0 ? "oil" : "");
      articles.add(
          article("a" + i, title, "Body " + i, "2020-01-" + (10 + i % 18), "News > Japan"));
    }
    IndexGenerations gens = TestIndex.build(dir, articles);
    NewsSchema schema = new NewsSchema();
    Query words =
        new QueryBuilder(schema.analyzer()).createBooleanQuery(NewsSchema.TITLE, "treaty oil");
    DrillDownQuery query = new DrillDownQuery(schema.facetsConfig(), words);
    try (ServedIndex index =
        new ServedIndex(new PublishedGenerations(gens, schema), schema, SearchConfig.DEFAULTS)) {
      index.withSearcher(
          searcher -> {
            Map<Integer, Float> expected = new HashMap<>();
            for (ScoreDoc hit : searcher.search(words, 100).scoreDocs) {
              expected.put(hit.doc, hit.score);
            }
            assertTrue(expected.size() >= 20, "matched " + expected.size());
            for (RankingOrder order : RankingOrder.values()) {
              BudgetedSearch budgeted =
                  new BudgetedSearch(
                      searcher,
                      schema,
                      new SearchDeadline(Clock.systemUTC(), 10_000),
                      1_000,
                      new ProximityRescorer(10));
              FieldDoc[] hits = budgeted.rank(query, null, order.sort(schema), null, 10).hits();
              assertEquals(10, hits.length, order.name());
              for (ScoreDoc hit : hits) {
                assertEquals(expected.get(hit.doc), hit.score, 1e-6f, order + " doc " + hit.doc);
              }
            }
            return null;
          });
    }
  }
}
