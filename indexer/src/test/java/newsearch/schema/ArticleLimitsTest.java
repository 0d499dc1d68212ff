package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLimitsTest {

  @TempDir Path dir;

  private final NewsSchema schema = new NewsSchema();

  private static Article withId(String id) {
    return new Article(
        id, "Harbour reopens", null, "Boats are back.", null, null, null, null, null, null);
  }

  private static Article withUrl(String url) {
    return new Article(
        "a", "Harbour reopens", null, "Boats are back.", null, null, url, null, null, null);
  }

  private static Article withSection(List<String> levels) {
    return new Article(
        "a",
        "Harbour reopens",
        null,
        "Boats are back.",
        null,
        new SectionPath(levels),
        null,
        null,
        null,
        null);
  }

  /** Lucene's own verdict: whether a real writer takes the article's document. */
  private boolean luceneTakes(Article article) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(schema.analyzer()))) {
      try {
        writer.addDocument(schema.toDocument(article));
        return true;
      } catch (IllegalArgumentException refused) {
        return false;
      }
    }
  }

  @Test
  void namesAnOverlongIdWithItsSizeAndTheLimit() {
    assertEquals(
        Optional.of("id is 40000 bytes, at most 32766"),
        ArticleLimits.problem(withId("x".repeat(40_000))));
  }

  @Test
  void countsKeywordsInUtf8BytesAsLuceneDoes() {
    assertEquals(Optional.empty(), ArticleLimits.problem(withUrl("é".repeat(16_383))));
    assertEquals(
        Optional.of("url is 33000 bytes, at most 32766"),
        ArticleLimits.problem(withUrl("あ".repeat(11_000))));
    assertEquals(
        Optional.of("url is 32768 bytes, at most 32766"),
        ArticleLimits.problem(withUrl("😀".repeat(8_192))));
  }

  @Test
  void theKeywordLimitIsLucenesTermLimit() throws IOException {
    Article atLimit = withId("x".repeat(IndexWriter.MAX_TERM_LENGTH));
    Article overLimit = withId("x".repeat(IndexWriter.MAX_TERM_LENGTH + 1));

    assertEquals(Optional.empty(), ArticleLimits.problem(atLimit));
    assertTrue(luceneTakes(atLimit));
    assertTrue(ArticleLimits.problem(overLimit).isPresent());
    assertFalse(luceneTakes(overLimit));
  }

  @Test
  void theSectionLengthLimitIsLucenesFacetLabelLimit() throws IOException {
    int each =
        (ArticleLimits.MAX_SECTION_CHARS - (SectionPath.MAX_DEPTH - 1)) / SectionPath.MAX_DEPTH;
    List<String> levels =
        new ArrayList<>(Collections.nCopies(SectionPath.MAX_DEPTH - 1, "n".repeat(each)));
    int used = (SectionPath.MAX_DEPTH - 1) * each + (SectionPath.MAX_DEPTH - 1);
    levels.add("n".repeat(ArticleLimits.MAX_SECTION_CHARS - used));
    Article atLimit = withSection(levels);
    levels.set(0, levels.get(0) + "n");
    Article overLimit = withSection(levels);

    assertEquals(Optional.empty(), ArticleLimits.problem(atLimit));
    assertTrue(luceneTakes(atLimit));
    assertEquals(
        Optional.of("section is 8184 characters, at most 8183"), ArticleLimits.problem(overLimit));
    assertFalse(luceneTakes(overLimit));
  }

  @Test
  void rejectsASectionDeeperThanTheDeepestOne() {
    assertEquals(
        Optional.empty(), ArticleLimits.problem(withSection(Collections.nCopies(6, "News"))));
    assertEquals(
        Optional.of("section has 7 levels, at most 6"),
        ArticleLimits.problem(withSection(Collections.nCopies(7, "News"))));
    assertEquals(
        Optional.of("section has 5000 levels, at most 6"),
        ArticleLimits.problem(withSection(Collections.nCopies(5_000, "News"))));
  }

  @Test
  void aBodyOfOneEndlessWordNeedsNoLimitBecauseTheTokenizerCutsIt() throws IOException {
    Article article =
        new Article("a", "Harbour", null, "ä".repeat(100_000), null, null, null, null, null, null);

    assertEquals(Optional.empty(), ArticleLimits.problem(article));
    assertTrue(luceneTakes(article));
  }

  @Test
  void aLoneSurrogateCountsThreeBytesAsLuceneWritesItAsUFffd() throws IOException {
    assertEquals(3, ArticleLimits.utf8Length("\uD800"));
    assertEquals(4, ArticleLimits.utf8Length("\uD83D\uDE00"));
    assertEquals(
        Optional.of("id is 32769 bytes, at most 32766"),
        ArticleLimits.problem(withId("\uD800".repeat(10_923))));
    assertFalse(luceneTakes(withId("\uD800".repeat(10_923))));
  }
}
