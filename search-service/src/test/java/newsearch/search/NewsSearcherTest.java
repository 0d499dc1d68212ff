package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsSearcherTest {

  @TempDir Path dir;

  @Test
  void scoresHitsOfAnIndexWithoutDatesOrSections() throws IOException {
    try (NewsSearcher searcher =
        SmallIndex.open(
            dir,
            List.of(
                SmallIndex.article("a", "Peace treaty talks", "The treaty talks resumed."),
                SmallIndex.article("b", "Island dispute", "A treaty was mentioned.")),
            SearchConfig.DEFAULTS)) {
      List<Hit> hits = searcher.search(SearchRequest.of("treaty", 10)).hits();
      assertEquals(List.of("a", "b"), hits.stream().map(Hit::id).toList());
      assertTrue(hits.get(0).score() > hits.get(1).score(), hits::toString);
      assertTrue(hits.get(1).score() > 0, hits::toString);
    }
  }
}
