package newsearch.search.facet;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ParsedInput;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import newsearch.search.facet.FacetCounts.FacetValue;
import newsearch.search.facet.SectionFinder.CountedSection;
import newsearch.search.index.PublishedGenerations;
import newsearch.search.index.ServedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The section counts behind {@code /api/facets/section}: counted once per reader, not per call. */
class SectionCountsTest {

  @TempDir Path dir;

  private static List<FacetValue> values(List<CountedSection> sections) {
    return sections.stream().map(CountedSection::value).toList();
  }

  @Test
  void sectionsAreCountedOncePerReaderAndAgainForANewOne() throws IOException {
    IndexGenerations gens =
        TestIndex.build(
            dir,
            List.of(
                article("j1", "Treaty signed", "Signed.", "2021-10-07", "News > Japan"),
                article("e1", "Trade talks", "Talks.", "2019-05-05", "News > Europe")));
    try (ServedIndex index =
        new ServedIndex(
            new PublishedGenerations(gens, new NewsSchema()),
            new NewsSchema(),
            SearchConfig.DEFAULTS)) {
      List<CountedSection> first = index.withSearcher(FacetedSearcher::sections);
      assertSame(first, index.withSearcher(FacetedSearcher::sections), "counted twice");
      assertEquals(
          List.of(
              new FacetValue("News", 2),
              new FacetValue("News > Europe", 1),
              new FacetValue("News > Japan", 1)),
          values(first));

      new IndexStore(gens)
          .update(
              new ParsedInput(
                  List.of(article("j2", "Ferry resumes", "Boats.", "2022-01-02", "News > Japan")),
                  List.of(),
                  List.of()));
      index.refresh();
      List<CountedSection> updated = index.withSearcher(FacetedSearcher::sections);
      assertNotSame(first, updated);
      assertEquals(
          List.of(
              new FacetValue("News", 3),
              new FacetValue("News > Japan", 2),
              new FacetValue("News > Europe", 1)),
          values(updated));
    }
  }
}
