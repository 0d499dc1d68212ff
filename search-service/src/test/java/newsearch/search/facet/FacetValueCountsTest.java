package newsearch.search.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ParsedInput;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import newsearch.search.index.PublishedGenerations;
import newsearch.search.index.ServedIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts from the values held in memory ({@link FacetValueCounts}) against Lucene's own
 * counting from doc values, over an index of several segments with replaced articles.
 */
class FacetValueCountsTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
  private static final String[] SECTIONS = {
    "News", "News > Japan", "News > Japan > Tokyo", "News > Europe", "Sport", "Sport > Football"
  };
  private static final String[] LANGUAGES = {"en", "de", "fr"};
  private static final String[] WORDS = {"harbour", "election", "rain", "market"};

  @TempDir Path dir;

  private static List<Article> articles(Random random, int first, int count) {
    List<Article> articles = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      int dated = random.nextInt(10);
      LocalDate date = dated == 0 ? null : TODAY.minusDays(random.nextInt(800));
      articles.add(
          new Article(
              "a" + i,
              "Report " + WORDS[random.nextInt(WORDS.length)],
              null,
              "Body on " + WORDS[random.nextInt(WORDS.length)] + " number " + i + ".",
              date,
              random.nextInt(8) == 0
                  ? null
                  : SectionPath.parse(SECTIONS[random.nextInt(SECTIONS.length)]),
              null,
              null,
              null,
              List.of(),
              LANGUAGES[random.nextInt(LANGUAGES.length)]));
    }
    return articles;
  }

  @Test
  void countsWhatLuceneCountsFromDocValues() throws IOException {
    Random random = new Random(7);
    IndexGenerations gens = TestIndex.build(dir, articles(random, 0, 150));
    IndexStore store = new IndexStore(gens);
    store.update(new ParsedInput(articles(random, 150, 80), List.of(), List.of()));
    // Replaces twenty articles of the first segment: their old versions are deleted there.
    store.update(new ParsedInput(articles(random, 0, 20), List.of(), List.of()));
    try (ServedIndex index = served(gens)) {
      index.refresh();
      index.withSearcher(
          searcher -> {
            assertTrue(searcher.getIndexReader().leaves().size() > 1, "one segment only");
            for (Query query : queries()) {
              assertSameCounts(searcher, query);
            }
            return null;
          });
    }
  }

  @Test
  void keepsTheValuesOfSegmentsAReaderSharesWithTheLast() throws IOException {
    Random random = new Random(11);
    IndexGenerations gens = TestIndex.build(dir, articles(random, 0, 60));
    try (ServedIndex index = served(gens)) {
      SegmentFacetValues first =
          index.withSearcher(
              searcher -> searcher.facetValues().of(searcher.getIndexReader().leaves().get(0)));
      new IndexStore(gens).update(new ParsedInput(articles(random, 60, 10), List.of(), List.of()));
      index.refresh();
      index.withSearcher(
          searcher -> {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            assertEquals(2, leaves.size(), "the update added a segment");
            assertSame(first, searcher.facetValues().of(leaves.get(0)), "read again");
            assertNotSame(first, searcher.facetValues().of(leaves.get(1)));
            assertEquals(2, searcher.facetValues().size());
            return null;
          });
    }
  }

  @Test
  void dropsTheValuesOfASegmentWhenTheSegmentCloses() throws IOException {
    FacetValueCache cache = new FacetValueCache(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(new Document());
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        cache.of(reader.leaves().get(0));
        assertEquals(1, cache.size());
      }
      assertEquals(0, cache.size(), "values of a closed segment kept");
    }
  }

  private static ServedIndex served(IndexGenerations gens) throws IOException {
    NewsSchema schema = new NewsSchema();
    return new ServedIndex(new PublishedGenerations(gens, schema), schema, SearchConfig.DEFAULTS);
  }

  private static List<Query> queries() {
    List<Query> queries = new ArrayList<>();
    queries.add(new MatchAllDocsQuery());
    for (String word : WORDS) {
      queries.add(new TermQuery(new Term(NewsSchema.TITLE, word)));
    }
    queries.add(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(NewsSchema.TITLE, "rain")), Occur.SHOULD)
            .add(new TermQuery(new Term(NewsSchema.BODY, "market")), Occur.SHOULD)
            .build());
    queries.add(new TermQuery(new Term(NewsSchema.TITLE, "nowhere")));
    return queries;
  }

  private static void assertSameCounts(FacetedSearcher searcher, Query query) throws IOException {
    FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
    Facets ours =
        FacetValueCounts.count(searcher.facetState(), searcher.facetValues(), hits, TODAY);
    Facets lucene = new SortedSetDocValuesFacetCounts(searcher.facetState(), hits);
    String what = query.toString();
    for (int topN : new int[] {1, 2, 10}) {
      assertSameTree(what, ours, lucene, topN, new String[0]);
    }
    for (String dim : List.of(NewsSchema.LANGUAGE, NewsSchema.YEAR, NewsSchema.MONTH)) {
      assertEquals(
          labelled(lucene.getTopChildren(1000, dim)),
          labelled(ours.getAllChildren(dim)),
          what + " " + dim);
    }
    LongRange[] periods =
        SidewaysFacets.PERIODS.entrySet().stream()
            .map(
                p ->
                    new LongRange(
                        p.getKey(),
                        TODAY.minusDays(p.getValue()).toEpochDay(),
                        true,
                        Long.MAX_VALUE,
                        true))
            .toArray(LongRange[]::new);
    FacetResult recent =
        new LongRangeFacetCounts(NewsSchema.DATE, hits, periods).getAllChildren(NewsSchema.DATE);
    assertEquals(
        Arrays.asList(recent.labelValues),
        Arrays.asList(ours.getAllChildren(NewsSchema.DATE).labelValues),
        what + " recent periods");
    long dated =
        new LongRangeFacetCounts(
                NewsSchema.DATE,
                hits,
                new LongRange("dated", Long.MIN_VALUE, true, Long.MAX_VALUE, true))
            .getAllChildren(NewsSchema.DATE)
            .labelValues[0]
            .value
            .longValue();
    assertEquals(
        hits.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum()
            - dated,
        ours.getSpecificValue(FacetValueCounts.UNDATED).longValue(),
        what + " undated");
  }

  /** The top children of every section path, from the top down, in the same order. */
  private static void assertSameTree(
      String what, Facets ours, Facets lucene, int topN, String[] path) throws IOException {
    FacetResult expected = lucene.getTopChildren(topN, NewsSchema.SECTION, path);
    FacetResult actual = ours.getTopChildren(topN, NewsSchema.SECTION, path);
    String where = what + " " + String.join(" > ", path) + " top " + topN;
    if (expected == null) {
      assertNull(actual, where);
      return;
    }
    assertNotNull(actual, where);
    assertEquals(Arrays.asList(expected.labelValues), Arrays.asList(actual.labelValues), where);
    assertEquals(expected.value, actual.value, where);
    assertEquals(expected.childCount, actual.childCount, where);
    for (LabelAndValue child : expected.labelValues) {
      String[] below = Arrays.copyOf(path, path.length + 1);
      below[path.length] = child.label;
      assertSameTree(what, ours, lucene, topN, below);
    }
  }

  private static List<LabelAndValue> labelled(FacetResult result) {
    if (result == null) {
      return List.of();
    }
    List<LabelAndValue> values = new ArrayList<>(Arrays.asList(result.labelValues));
    values.sort((a, b) -> a.label.compareTo(b.label));
    return values;
  }
}
