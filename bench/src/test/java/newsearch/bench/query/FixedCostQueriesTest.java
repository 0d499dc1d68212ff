package newsearch.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import newsearch.bench.corpus.CorpusGenerator;
import newsearch.bench.indexing.IndexingBenchmark;
import newsearch.bench.indexing.IndexingBenchmark.Engine;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixedCostQueriesTest {

  private static final int COUNT = 25;
  private static final String PREFIX = "/api/search?q=";
  private static final String SUFFIX = "&facets=false";

  @TempDir static Path dir;
  private static Path index;
  private static Path out;
  private static FixedCostQueries.Written written;

  @BeforeAll
  static void writeOnASmallIndex() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    new CorpusGenerator(42).write(600, corpus);
    index = dir.resolve("index");
    IndexingBenchmark.run(Engine.NEWSEARCH, corpus, index, 2, 32);
    out = dir.resolve("queries");
    written = FixedCostQueries.write(index, out, COUNT);
  }

  @Test
  void noMatchPathsFindNothingEvenAfterCorrection() throws Exception {
    List<String> words = words(FixedCostQueries.URLS_NOMATCH);
    assertEquals(COUNT, words.size());
    assertEquals(COUNT, written.noMatch());
    assertEachTotal(words, 0);
  }

  @Test
  void oneHitPathsFindExactlyOneArticle() throws Exception {
    List<String> words = words(FixedCostQueries.URLS_ONEHIT);
    assertEquals(COUNT, words.size());
    assertEquals(COUNT, written.oneHit());
    assertEachTotal(words, 1);
  }

  /** The query words of a file, after checking that its paths look like urls-plain.txt's. */
  private static List<String> words(String file) throws Exception {
    List<String> paths = Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
    for (String path : paths) {
      assertTrue(path.startsWith(PREFIX) && path.endsWith(SUFFIX), path);
    }
    List<String> words =
        paths.stream()
            .map(p -> p.substring(PREFIX.length(), p.length() - SUFFIX.length()))
            .map(q -> URLDecoder.decode(q, StandardCharsets.UTF_8))
            .toList();
    assertEquals(words.size(), new HashSet<>(words).size(), "repeated queries: " + words);
    return words;
  }

  private static void assertEachTotal(List<String> words, long expected) throws Exception {
    try (NewsSearcher searcher =
        NewsSearcher.open(new IndexGenerations(index), new NewsSchema(), SearchConfig.DEFAULTS)) {
      for (String word : words) {
        assertEquals(expected, FixedCostQueries.total(searcher, word), word);
      }
    }
  }
}
