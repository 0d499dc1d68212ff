package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import newsearch.schema.Article;
import newsearch.search.suggest.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TitleSuggesterTest {

  private static final List<Article> ARTICLES =
      List.of(
          TestIndex.article("t1", "Japan and Russia resume peace treaty talks", "Talks resumed."),
          TestIndex.article("t2", "Peace treaty talks stall over islands", "Talks stalled."),
          TestIndex.article("t3", "Kessling trams: the glass depot reopens", "Trams run."),
          TestIndex.article("t4", "José Álvarez wins the novel prize", "A novel won."),
          TestIndex.article("t5", "Rivers & roads: a <new> plan for peace", "A plan."));

  @RegisterExtension final TestSearcher index = new TestSearcher(ARTICLES);

  private List<String> texts(String typed) throws IOException {
    return index.searcher().suggest(typed, 8).stream().map(Suggestion::text).toList();
  }

  @Test
  void completesTheTypedStartOfAnyWordWithSharedWordsAndPhrasesFirst() throws IOException {
    assertEquals(
        List.of(
            new Suggestion("peace", "<mark>pea</mark>ce"),
            new Suggestion("peace treaty", "<mark>pea</mark>ce treaty"),
            new Suggestion("peace treaty talks", "<mark>pea</mark>ce treaty talks"),
            new Suggestion(
                "Peace treaty talks stall over islands",
                "<mark>Pea</mark>ce treaty talks stall over islands"),
            new Suggestion(
                "Rivers & roads: a <new> plan for peace",
                "Rivers &amp; roads: a &lt;new&gt; plan for <mark>pea</mark>ce"),
            new Suggestion(
                "Japan and Russia resume peace treaty talks",
                "Japan and Russia resume <mark>pea</mark>ce treaty talks")),
        index.searcher().suggest("pea", 8));
  }

  @Test
  void requiresEveryTypedWordAndCompletesTheLast() throws IOException {
    assertEquals(
        List.of(
            new Suggestion("treaty talks", "<mark>treaty</mark> <mark>ta</mark>lks"),
            new Suggestion("peace treaty talks", "peace <mark>treaty</mark> <mark>ta</mark>lks"),
            new Suggestion(
                "Peace treaty talks stall over islands",
                "Peace <mark>treaty</mark> <mark>ta</mark>lks stall over islands"),
            new Suggestion(
                "Japan and Russia resume peace treaty talks",
                "Japan and Russia resume peace <mark>treaty</mark> <mark>ta</mark>lks")),
        index.searcher().suggest("Treaty ta", 8));
  }

  @Test
  void matchesAccentedWordsWhenTypedWithoutAccents() throws IOException {
    assertEquals(
        List.of(
            new Suggestion(
                "José Álvarez wins the novel prize",
                "José <mark>Álva</mark>rez wins the novel prize")),
        index.searcher().suggest("alva", 8));
  }

  @Test
  void returnsAtMostSizeCompletions() throws IOException {
    assertEquals(
        List.of(new Suggestion("peace", "<mark>pea</mark>ce")), index.searcher().suggest("pea", 1));
  }

  @Test
  void blankOrUnmatchedTextHasNoCompletions() throws IOException {
    assertEquals(List.of(), texts(" "));
    assertEquals(List.of(), texts("zebra"));
  }

  @Test
  void rejectsASizeAboveTheConfiguredMaximum() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> index.searcher().suggest("pea", 21));
    assertEquals("invalid_size", e.code());
    assertEquals("size must be between 1 and 20, got 21", e.getMessage());
  }

  @Test
  void completesWhileRefreshesSwitchGenerations() throws Exception {
    ExecutorService typists = Executors.newFixedThreadPool(2);
    AtomicBoolean refreshing = new AtomicBoolean(true);
    try {
      List<Future<Integer>> lookups = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        lookups.add(
            typists.submit(
                () -> {
                  int answered = 0;
                  while (refreshing.get()) {
                    index.searcher().suggest("pea", 8);
                    answered++;
                  }
                  return answered;
                }));
      }
      for (int generation = 0; generation < 3; generation++) {
        TestIndex.build(index.dir(), ARTICLES);
        index.searcher().refresh();
      }
      refreshing.set(false);
      for (Future<Integer> lookup : lookups) {
        assertTrue(lookup.get() > 0, "a typist got no answer");
      }
    } finally {
      typists.shutdownNow();
    }
    assertEquals(6, index.searcher().suggest("pea", 8).size());
  }

  @Test
  void completesFromTheNewGenerationAfterARefresh() throws IOException {
    TestIndex.build(
        index.dir(), List.of(TestIndex.article("m1", "Lunar lander touches down", "It landed.")));
    index.searcher().refresh();
    assertEquals(List.of("Lunar lander touches down"), texts("luna"));
    assertEquals(List.of(), texts("pea"));
  }
}
