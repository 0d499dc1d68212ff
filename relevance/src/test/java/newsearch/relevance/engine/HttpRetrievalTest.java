package newsearch.relevance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.relevance.ScoredDoc;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.server.SearchServer;
import newsearch.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retrieval over {@code /api/search} from a real service on a real index. */
class HttpRetrievalTest {

  /** Stories in the index, each its own hit. */
  private static final int STORIES = 150;

  /** Wire copies of the first stories: counted in {@code total}, folded into their story's hit. */
  private static final int COPIES = 60;

  private static final Pattern SEARCHES =
      Pattern.compile(
          "(?m)^http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/search\","
              + "status=\"200\"\\} (\\d+)");

  @TempDir Path dir;

  /** A body of more than the words a copy key needs, told apart from the others by its opening. */
  private static String body(int story) {
    return "Harbour report number " + story + ". " + "The ships came in and went out. ".repeat(6);
  }

  private static String line(String id, String title, String body) {
    return String.format(
        Locale.ROOT, "{\"id\":\"%s\",\"title\":\"%s\",\"body\":\"%s\"}", id, title, body);
  }

  private IndexGenerations storiesWithCopies() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      lines.add(line("s" + i, "Harbour story " + i, body(i)));
    }
    for (int i = 0; i < COPIES; i++) {
      lines.add(line("c" + i, "Wire copy " + i, body(i)));
    }
    Path input = Files.createDirectories(dir.resolve("in")).resolve("stories.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    IndexGenerations index = new IndexGenerations(dir.resolve("index"));
    new IndexStore(index).reindex(List.of(input), p -> {});
    return index;
  }

  @Test
  void pagingStopsAtTheFirstShortPageThoughTheTotalCountsCopies() throws Exception {
    try (NewsSearcher searcher =
            NewsSearcher.open(storiesWithCopies(), new NewsSchema(), SearchConfig.DEFAULTS);
        SearchServer server =
            SearchServer.start(
                searcher,
                ServerConfig.builder().host("127.0.0.1").port(0).publicMetrics(true).build())) {
      URI base = URI.create("http://127.0.0.1:" + server.port());

      List<ScoredDoc> results = new HttpRetrieval(base).search("q1", "harbour", 1000);

      assertEquals(STORIES, results.size());
      assertEquals(STORIES, results.stream().map(ScoredDoc::docId).distinct().count());
      // Two pages hold the 150 hits; the total of 210 would have asked for a third, empty one.
      assertEquals(2, searchesServed(base));
    }
  }

  private static long searchesServed(URI base) throws IOException, InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      String metrics =
          http.send(
                  HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = SEARCHES.matcher(metrics);
      assertTrue(m.find(), metrics);
      return Long.parseLong(m.group(1));
    }
  }
}
