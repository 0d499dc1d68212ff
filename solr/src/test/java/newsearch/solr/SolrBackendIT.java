package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.relevance.Topic;
import newsearch.relevance.io.TopicsFile;
import newsearch.schema.NewsSchema;
import newsearch.search.Hit;
import newsearch.search.NewsSearcher;
import newsearch.search.Ranking;
import newsearch.search.SearchBackend;
import newsearch.search.SearchConfig;
import newsearch.search.SearchParameters;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.search.suggest.Suggestion;
import newsearch.server.SearchServer;
import newsearch.server.ServerConfig;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample loaded through the loader into a collection of two shards with two replicas, and into
 * a local index, each behind its {@link SearchBackend}: for the same requests both count the same
 * matches and the same facets, and a server on the collection answers the API as a server on the
 * local index does.
 */
class SolrBackendIT {

  /** A day inside the sample's last year, so that the recent periods count some articles. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  /** Words that the local matching rule and Solr's any-word matching read alike. */
  private static final List<String> QUERIES =
      List.of("", "treaty", "climate", "rates", "japan", "\"peace treaty\"", "film -festival");

  private static final List<String> FILTERS =
      List.of(
          "",
          "section=News",
          "section=Business > Markets",
          "section=News&section=Science",
          "from=2020-01-01&to=2023-12-31",
          "from=2022-01-01&undated=include",
          "undated=only",
          "undated=exclude",
          "language=en",
          "language=es&language=pt",
          "section=News&from=2018-01-01&language=en");

  private static final List<String> SORTS = List.of("relevance", "date", "oldest");

  private static Path dir;
  private static DevClusterProcess cluster;
  private static CloudSolrClient client;
  private static NewsSearcher local;
  private static SolrSearchBackend solr;

  @BeforeAll
  static void loadBoth() throws Exception {
    dir = Files.createTempDirectory("solr-backend-it");
    cluster = DevClusterProcess.start(TestClusters.config(2, dir.resolve("cluster")));
    client = SolrConnection.zk(cluster.zkAddress()).client();
    new SolrCollections(client)
        .uploadConfigset("newsearch", SolrConfigset.defaults().write(dir.resolve("conf")));
    Path sample = SolrLoaderIT.sample();
    new SolrLoader(client, SolrLoadConfig.DEFAULTS.withLayout(2, 2))
        .reindex(List.of(sample), "news", "newsearch");
    IndexGenerations generations = new IndexGenerations(dir.resolve("local"));
    new IndexStore(generations).reindex(List.of(sample), progress -> {});
    local = NewsSearcher.open(generations, new NewsSchema(), SearchConfig.DEFAULTS, CLOCK);
    solr = new SolrSearchBackend(client, "news", SearchConfig.DEFAULTS, CLOCK);
  }

  @AfterAll
  static void stop() throws Exception {
    if (local != null) {
      local.close();
    }
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void totalsAndFacetCountsEqualTheLocalIndexForEveryQueryFilterAndSort() throws Exception {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (String query : QUERIES) {
      for (String filter : FILTERS) {
        for (String sort : SORTS) {
          String parameters = "q=" + query + "&" + filter + "&sort=" + sort;
          SearchRequest request = request(parameters);
          SearchResponse expected = local.search(request);
          SearchResponse actual = solr.search(request);
          compared++;
          if (expected.total() != actual.total()) {
            differences.add(
                parameters + ": total local " + expected.total() + ", solr " + actual.total());
          }
          if (!expected.facets().equals(actual.facets())) {
            differences.add(
                parameters
                    + ": facets\n  local "
                    + expected.facets()
                    + "\n  solr  "
                    + actual.facets());
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "solr backend: %d requests, %d with a total or facets unlike the local index%n",
        compared,
        differences.size());
    assertEquals(QUERIES.size() * FILTERS.size() * SORTS.size(), compared);
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  /**
   * The same matching rule and relaxation on both backends: every judged query matches as many
   * articles, copies included.
   */
  @Test
  void judgedQueriesMatchAsManyArticlesOnBothBackends() throws Exception {
    Path judgments = SolrLoaderIT.sample().getParent().resolve("judgments");
    List<Topic> topics = TopicsFile.read(judgments.resolve("queries.tsv"));
    List<String> unequal = new ArrayList<>();
    for (Topic topic : topics) {
      SearchRequest request = SearchRequest.of(topic.text(), 10);
      long expected = local.search(request).total();
      long actual = solr.search(request).total();
      if (expected != actual) {
        unequal.add(topic.text() + ": local " + expected + ", solr " + actual);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "solr backend: equal totals on %d of %d judged queries; unequal: %s%n",
        topics.size() - unequal.size(),
        topics.size(),
        unequal);
    assertEquals(44, topics.size());
    assertEquals(List.of(), unequal);
  }

  /**
   * Browsing by date, Solr lists the articles in the local order, page by page and cursor by cursor
   * to the last, with the copies of a wire story collapsed into the same copy as locally.
   */
  @Test
  void browsingByDateListsTheLocalOrderPageByPageAndByCursor() throws Exception {
    for (String sort : List.of("date", "oldest")) {
      List<String> expected = new ArrayList<>();
      SearchResponse all = local.search(request("sort=" + sort + "&size=100"));
      all.hits().forEach(hit -> expected.add(hit.id()));
      assertEquals(all.total(), solr.search(request("sort=" + sort + "&size=10")).total(), sort);
      List<String> byPage = new ArrayList<>();
      for (int page = 1; page <= 6; page++) {
        solr.search(request("sort=" + sort + "&size=10&page=" + page)).hits().stream()
            .map(Hit::id)
            .forEach(byPage::add);
      }
      List<String> byCursor = new ArrayList<>();
      int pages = 0;
      String cursor = null;
      do {
        SearchResponse next =
            solr.search(
                request("sort=" + sort + "&size=10" + (cursor == null ? "" : "&cursor=" + cursor)));
        next.hits().stream().map(Hit::id).forEach(byCursor::add);
        cursor = next.cursor();
        pages++;
      } while (cursor != null && pages < 10);
      assertEquals(55, expected.size(), sort);
      assertEquals(expected, byPage, sort + " by page");
      assertEquals(expected, byCursor, sort + " by cursor");
      assertEquals(6, pages, sort + " pages until the cursor is null");
    }
  }

  /**
   * Completions on Solr are the local suggester's titles, in its order and with its marks; the
   * phrases that titles share, which the local suggester offers first, Solr does not offer.
   */
  @Test
  void completionsAreTheLocalTitleCompletionsWithoutTheSharedPhrases() throws Exception {
    for (String typed : List.of("treaty ta", "japan rus", "pea")) {
      List<Suggestion> titles =
          local.suggest(typed, 8).stream().filter(s -> !s.text().equals(lowerCase(s))).toList();
      List<Suggestion> onSolr = solr.suggest(typed, 8);
      assertEquals(titles, onSolr.subList(0, Math.min(titles.size(), onSolr.size())), typed);
      assertEquals(false, titles.isEmpty(), typed);
    }
    List<Suggestion> pea = local.suggest("pea", 8);
    assertEquals(
        List.of("peace", "peace treaty"),
        pea.subList(0, 2).stream().map(Suggestion::text).toList());
    assertEquals(List.of(), solr.suggest("zzz", 8));
    assertEquals(List.of(), solr.suggest("  ", 8));
  }

  /** A word or phrase completion is lower-case; a title keeps its case. */
  private static String lowerCase(Suggestion suggestion) {
    return suggestion.text().toLowerCase(Locale.ROOT);
  }

  @Test
  void relatedArticlesAreThoseMoreLikeTheArticleWithoutIt() throws Exception {
    String id = "2019-kuril-talks-stall";
    // The collection holds no vectors: its related articles are the local index's by the words.
    List<String> localIds =
        local.related(id, 5, Ranking.LEXICAL).orElseThrow().stream().map(Hit::id).toList();
    List<String> solrIds = solr.related(id, 5, null).orElseThrow().stream().map(Hit::id).toList();
    System.out.printf(
        Locale.ROOT, "solr backend: related to %s local %s, solr %s%n", id, localIds, solrIds);
    assertEquals(5, solrIds.size());
    assertEquals(false, solrIds.contains(id));
    assertEquals(localIds.get(0), solrIds.get(0));
    assertEquals(Optional.empty(), solr.related("no-such-id", 5, null));
  }

  @Test
  void aServerOnTheCollectionAnswersSearchesAndArticlesAsTheLocalServer() throws Exception {
    ServerConfig config = ServerConfig.builder().host("127.0.0.1").port(0).build();
    HttpClient http = HttpClient.newHttpClient();
    try (SearchServer onLocal = SearchServer.start(local, config);
        SearchServer onSolr = SearchServer.start((SearchBackend) solr, config)) {
      String search = "/api/search?q=treaty&section=News&sort=date";
      JsonObject expected = get(http, onLocal, search, 200);
      JsonObject actual = get(http, onSolr, search, 200);
      assertEquals(expected.get("total"), actual.get("total"));
      assertEquals(expected.get("facets"), actual.get("facets"));
      assertEquals(ids(expected), ids(actual));
      assertEquals(
          expected.getAsJsonArray("hits").get(0).getAsJsonObject().get("highlights"),
          actual.getAsJsonArray("hits").get(0).getAsJsonObject().get("highlights"));
      String apostrophes = "/api/search?q=kishida&sort=date";
      JsonObject localKishida = get(http, onLocal, apostrophes, 200);
      JsonObject solrKishida = get(http, onSolr, apostrophes, 200);
      assertEquals(ids(localKishida), ids(solrKishida));
      for (int i = 0; i < ids(localKishida).size(); i++) {
        assertEquals(
            localKishida.getAsJsonArray("hits").get(i).getAsJsonObject().get("highlights"),
            solrKishida.getAsJsonArray("hits").get(i).getAsJsonObject().get("highlights"),
            ids(localKishida).get(i));
      }
      String id = ids(expected).get(0);
      assertEquals(
          get(http, onLocal, "/api/articles/" + id, 200),
          get(http, onSolr, "/api/articles/" + id, 200));
      JsonObject related = get(http, onSolr, "/api/articles/" + id + "/related?size=3", 200);
      assertEquals(3, related.getAsJsonArray("hits").size(), related.toString());
      assertEquals(false, ids(related).contains(id), ids(related).toString());
      assertEquals(
          get(http, onLocal, "/api/articles/no-such-id/related", 404),
          get(http, onSolr, "/api/articles/no-such-id/related", 404));
      assertEquals(
          get(http, onLocal, "/api/articles/no-such-id", 404),
          get(http, onSolr, "/api/articles/no-such-id", 404));
      assertEquals(
          get(http, onLocal, "/api/search?size=0", 400),
          get(http, onSolr, "/api/search?size=0", 400));
    }
  }

  private static List<String> ids(JsonObject response) {
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : response.getAsJsonArray("hits")) {
      ids.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  private static JsonObject get(HttpClient http, SearchServer server, String path, int status)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + server.port()
                            + path.replace(" ", "%20").replace(">", "%3E")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), path + ": " + response.body());
    JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
    json.remove("took_ms");
    return json;
  }

  /** A request from parameters written as a query string. */
  private static SearchRequest request(String parameters) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : parameters.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length() - 1) {
        params
            .computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
            .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return SearchParameters.parse(params, SearchConfig.DEFAULTS.page().pageSize());
  }
}
