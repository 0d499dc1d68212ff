package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index changes under a running service: generation swaps under query load, and incremental
 * updates made by another writer (as the command line makes them) while the service runs.
 */
class LiveIndexIT {

  private static final int PER_GENERATION = 300;

  /** Clients searching at once while generations swap. */
  private static final int CLIENTS = 4;

  /** Queries answered from each generation before the next swap. */
  private static final int QUERIES_PER_SWAP = 10;

  @TempDir Path dir;
  private IndexGenerations index;
  private IndexStore store;
  private NewsSearcher searcher;
  private SearchServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * Writes a corpus whose ids all start with {@code prefix}; every article has the word "harbour".
   */
  private Path corpus(String prefix) throws IOException {
    Path file = dir.resolve(prefix + ".jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PER_GENERATION; i++) {
      lines.add(
          String.format(
              "{\"id\":\"%s-%04d\",\"title\":\"Harbour report %d\",\"body\":\"The harbour saw %d ships.\"}",
              prefix, i, i, i));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @BeforeEach
  void start() throws IOException {
    index = new IndexGenerations(dir.resolve("index"));
    store = new IndexStore(index);
    store.reindex(List.of(corpus("a")), p -> {});
    searcher = NewsSearcher.open(index, new NewsSchema(), SearchConfig.DEFAULTS);
    // The test's clients share one loopback address, which would otherwise count as one client.
    AdmissionConfig oneAddress =
        new AdmissionConfig(CLIENTS, CLIENTS, CLIENTS, AdmissionConfig.DEFAULT_QUEUE_WAIT_MILLIS);
    server =
        SearchServer.start(
            searcher,
            ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .searches(oneAddress)
                .suggestions(oneAddress)
                .articles(oneAddress)
                .build());
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    searcher.close();
  }

  private JsonObject search(String query) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + server.port() + "/api/search?size=100&q=" + query))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void queriesDuringGenerationSwapsNeverFailAndEachSeesOneGeneration() throws Exception {
    Path a = corpus("a");
    Path b = corpus("b");
    AtomicBoolean swapping = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(
          clients.submit(
              () -> {
                while (swapping.get()) {
                  try {
                    JsonObject response = search("harbour");
                    Set<String> prefixes = new TreeSet<>();
                    for (JsonElement hit : response.getAsJsonArray("hits")) {
                      prefixes.add(hit.getAsJsonObject().get("id").getAsString().substring(0, 1));
                    }
                    if (prefixes.size() != 1
                        || response.get("total").getAsInt() != PER_GENERATION) {
                      problems.add(
                          "mixed or partial response: "
                              + prefixes
                              + " total "
                              + response.get("total"));
                    }
                    answered.incrementAndGet();
                  } catch (Throwable e) {
                    problems.add(e.toString());
                  }
                }
              }));
    }
    try {
      for (int swap = 0; swap < 6; swap++) {
        String served = searcher.generation();
        store.reindex(List.of(swap % 2 == 0 ? b : a), p -> {});
        // Each swap is seen by the server, then queried a while, before the next one.
        Eventually.await(
            "serving the generation after " + served,
            Duration.ofSeconds(30),
            () -> !searcher.generation().equals(served));
        int before = answered.get();
        Eventually.await(
            "queries after swap " + swap,
            Duration.ofSeconds(30),
            () -> answered.get() >= before + QUERIES_PER_SWAP);
      }
    } finally {
      swapping.set(false);
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
    assertEquals(List.of(), new ArrayList<>(problems));
    assertTrue(answered.get() >= 6 * QUERIES_PER_SWAP, "only " + answered.get() + " queries ran");
  }

  @Test
  void updatesAndDeletesByAnotherWriterShowWithinASecond() throws Exception {
    Path update = dir.resolve("update.jsonl");
    Files.writeString(
        update,
        "{\"id\":\"new-1\",\"title\":\"Lighthouse keeper retires\",\"body\":\"After forty years.\"}\n");
    store.update(List.of(update));
    assertTrue(visibleWithin(1000, "lighthouse", 1), "indexed article not visible within 1 s");

    store.delete(List.of("new-1"));
    assertTrue(visibleWithin(1000, "lighthouse", 0), "deleted article still visible after 1 s");
  }

  /** Whether the search shows {@code expectedTotal} hits within {@code millis} of now. */
  private boolean visibleWithin(long millis, String query, int expectedTotal) throws Exception {
    return Eventually.within(
        Duration.ofMillis(millis), () -> search(query).get("total").getAsInt() == expectedTotal);
  }
}
