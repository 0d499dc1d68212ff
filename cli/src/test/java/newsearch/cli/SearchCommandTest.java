package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.server.SearchServer;
import newsearch.server.ServerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsearch search} over the bundled sample: a list people can read, and with {@code --json}
 * exactly what {@code GET /api/search} answers for the same request over the same index, through a
 * real server.
 */
class SearchCommandTest {

  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void indexTheSample() {
    index = dir.resolve("index");
    InProcessCommand.indexTheSample(index);
  }

  private static InProcessCommand search(String... args) {
    InProcessCommand cli = new InProcessCommand();
    String[] all =
        Stream.concat(Stream.of("search", "--index", index.toString()), Stream.of(args))
            .toArray(String[]::new);
    cli.run(all);
    return cli;
  }

  @Test
  void printsTheCountTheTimeAndEachHitsTitleDateSectionIdAndPlainSnippet() {
    InProcessCommand cli = search("peace", "treaty", "--size", "2");
    List<String> lines = cli.out().lines().toList();
    assertTrue(
        lines.get(0).matches("4 articles for \"peace treaty\", showing 1-2 \\([\\d,]+ ms\\)"),
        lines.get(0));
    assertEquals("", lines.get(1));
    assertEquals(" 1. Japan and Russia agree to speed up peace treaty negotiations", lines.get(2));
    assertEquals("    2018-11-15 | News > Japan | id h8023497498d3bdba", lines.get(3));
    assertTrue(
        lines.get(4).startsWith("    Japan and Russia have agreed to accelerate talks on a formal"),
        lines.get(4));
    assertEquals(
        " 2. Kishida says he will pursue peace treaty with Russia as new prime minister",
        lines.get(8));
    assertEquals(2, lines.stream().filter(l -> l.matches(" \\d\\. .*")).count());
    assertFalse(cli.out().contains("<mark>"), cli.out());
  }

  @Test
  void theSnippetIsPlainTextWithoutEntities() {
    InProcessCommand cli = search("Kishida", "--size", "1");
    assertTrue(cli.out().contains("Japan's new prime minister, Fumio Kishida"), cli.out());
    assertFalse(cli.out().contains("&#39;"), cli.out());
  }

  @Test
  void jsonIsWhatTheServiceAnswersForTheSameRequest() throws Exception {
    InProcessCommand cli =
        search(
            "peace",
            "treaty",
            "--section",
            "News > Japan",
            "--from",
            "2018-01-01",
            "--sort",
            "date",
            "--size",
            "2",
            "--json");
    assertEquals("", cli.err());
    String query =
        "q=peace+treaty&section="
            + URLEncoder.encode("News > Japan", StandardCharsets.UTF_8)
            + "&from=2018-01-01&sort=date&size=2";
    JsonObject overHttp = JsonParser.parseString(getFromService(query).body()).getAsJsonObject();
    JsonObject printed = JsonParser.parseString(cli.out()).getAsJsonObject();
    assertEquals(2, printed.getAsJsonArray("hits").size());
    assertEquals(withoutTime(overHttp), withoutTime(printed));
  }

  @Test
  void aValueTheServiceRefusesIsRefusedWithTheSameSentence() throws Exception {
    InProcessCommand cli = search("treaty", "--size", "500");
    HttpResponse<String> answer = getFromService("q=treaty&size=500");
    assertEquals(400, answer.statusCode());
    String message =
        JsonParser.parseString(answer.body())
            .getAsJsonObject()
            .getAsJsonObject("error")
            .get("message")
            .getAsString();
    assertEquals("size must be between 1 and 100, got 500", message);
    assertEquals("newsearch search: " + message + "\n", cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void withoutWordsItListsTheNewestArticles() {
    InProcessCommand cli = search("--size", "3");
    List<String> lines = cli.out().lines().toList();
    assertTrue(
        lines.get(0).matches("56 articles, newest first, showing 1-3 \\([\\d,]+ ms\\)"),
        lines.get(0));
    List<String> dates =
        lines.stream()
            .filter(l -> l.matches("    \\d{4}-\\d\\d-\\d\\d \\|.*"))
            .map(l -> l.substring(4, 14))
            .collect(Collectors.toList());
    assertEquals(3, dates.size(), cli.out());
    assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
  }

  @Test
  void aSearchThatFindsNothingSaysSoOnOneLine() {
    InProcessCommand cli = search("zzqxv");
    assertEquals(0, cli.out().lines().filter(l -> l.matches(" *\\d+\\. .*")).count(), cli.out());
    assertTrue(cli.out().matches("0 articles for \"zzqxv\" \\([\\d,]+ ms\\)\n"), cli.out());
  }

  private static JsonElement withoutTime(JsonObject response) {
    JsonObject copy = response.deepCopy();
    copy.remove("took_ms");
    return copy;
  }

  /** {@code GET /api/search?query} from a real server over the same index, started for it. */
  private static HttpResponse<String> getFromService(String query) throws Exception {
    try (NewsSearcher searcher =
            NewsSearcher.open(
                new IndexGenerations(index), new NewsSchema(), SearchConfig.DEFAULTS);
        SearchServer server =
            SearchServer.start(
                searcher, ServerConfig.builder().host("127.0.0.1").port(0).build())) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      return http.send(
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.port() + "/api/search?" + query))
              .timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
