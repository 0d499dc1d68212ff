package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded soak on loopback: 8 clients send a mix of searches (good and bad), completions,
 * articles and pages for {@code -Dnewsearch.soak.seconds} (10 by default, minutes for the benchmark
 * suite), while a full reindex swaps the served generation half-way through the fewest answers the
 * soak gives (100 per second of soak); the load goes on until the swap is served, the time is up
 * and that many answers were given, so a slow machine lengthens the soak rather than failing it. No
 * answer may be a 5xx or take past the client's timeout, and the heap after a full collection must
 * not have grown. It prints the figures: requests, rate, latency percentiles, statuses, heap.
 */
class SoakIT {

  private static final int CLIENTS = 8;
  private static final int ARTICLES = 4_000;

  /**
   * Answers per configured second of soak that the load gives at least: a count, not a rate, since
   * how fast a shared machine answers is for the benchmarks to measure.
   */
  private static final int MIN_RATE = 100;

  private static final List<String> WORDS =
      List.of(
          "harbour",
          "treaty",
          "election",
          "storm",
          "bank",
          "rates",
          "minister",
          "talks",
          "port",
          "ships",
          "islands",
          "budget",
          "strike",
          "court",
          "vote",
          "market",
          "energy",
          "border",
          "trade",
          "summit",
          "council",
          "police",
          "school",
          "river",
          "flood",
          "rail",
          "airport",
          "festival",
          "museum",
          "weather");
  private static final List<String> SECTIONS =
      List.of("News > Japan", "News > Europe", "Business", "Sport", "News > World");

  @TempDir Path dir;

  private static long seconds() {
    return TestEnvironment.soakSeconds();
  }

  private Path corpus(String name, String prefix, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(ARTICLES);
    for (int i = 0; i < ARTICLES; i++) {
      JsonObject a = new JsonObject();
      a.addProperty("id", prefix + i);
      a.addProperty("title", sentence(random, 6));
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 12; s++) {
        body.append(sentence(random, 14)).append(". ");
      }
      a.addProperty("body", body.toString());
      a.addProperty("date", LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2_500)).toString());
      a.addProperty("section", SECTIONS.get(random.nextInt(SECTIONS.size())));
      lines.add(a.toString());
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < words; w++) {
      s.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return s.toString();
  }

  /** One request of the mix: mostly searches, some helpers and pages, one in eight bad. */
  private static String pick(Random random, String cursor) {
    String word = WORDS.get(random.nextInt(WORDS.size()));
    String other = WORDS.get(random.nextInt(WORDS.size()));
    String section = URLEncoder.encode(SECTIONS.get(random.nextInt(SECTIONS.size())), UTF8);
    return switch (random.nextInt(16)) {
      case 0, 1, 2 -> "/api/search?q=" + word;
      case 3 -> "/api/search?q=" + word + "+" + other + "&page=" + (1 + random.nextInt(5));
      case 4 -> "/api/search?q=%22" + word + "+" + other + "%22&sort=date";
      case 5 -> "/api/search?q=" + word + "&section=" + section + "&from=2019-01-01&to=2022-12-31";
      case 6 -> "/api/search?q=" + word + "+OR+" + other + "+-" + WORDS.get(0);
      case 7 ->
          cursor == null ? "/api/search?q=" + word : "/api/search?q=" + word + "&cursor=" + cursor;
      case 8 -> "/api/search";
      case 9 -> "/api/suggest?q=" + word.substring(0, 3);
      case 10 -> "/api/articles/a" + random.nextInt(ARTICLES);
      case 11 -> "/api/articles/a" + random.nextInt(ARTICLES) + "/related";
      case 12 -> random.nextBoolean() ? "/" : "/js/app.js";
      case 13 -> "/api/search?q=" + word + "&page=-1";
      case 14 -> "/api/search?q=" + "x".repeat(1_500);
      default -> "/api/search?q=" + word + "&cursor=not-a-cursor";
    };
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /** The heap in use after full collections, repeated until one frees less than a MiB. */
  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    long used = memory.getHeapMemoryUsage().getUsed();
    for (int i = 0; i < 5; i++) {
      memory.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (used - now < 1L << 20) {
        return now;
      }
      used = now;
    }
    return used;
  }

  @Test
  void servesAMixedLoadThroughAReindexWithoutServerErrorsOrHeapGrowth() throws Exception {
    IndexGenerations index = new IndexGenerations(dir.resolve("index"));
    IndexStore store = new IndexStore(index);
    store.reindex(List.of(corpus("first.jsonl", "a", 1)), p -> {});
    Path second = corpus("second.jsonl", "a", 2);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (NewsSearcher searcher = NewsSearcher.open(index, new NewsSchema(), SearchConfig.DEFAULTS);
        SearchServer server =
            SearchServer.start(
                searcher,
                ServerConfig.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .refreshMillis(200)
                    .searches(allForOneAddress())
                    .suggestions(allForOneAddress())
                    .articles(allForOneAddress())
                    .build())) {
      String base = "http://127.0.0.1:" + server.port();
      awaitReady(http, base);
      long heapBefore = heapAfterGc();
      long seed = System.nanoTime();
      System.out.println("SoakIT seed " + seed + ", " + seconds() + " s, " + CLIENTS + " clients");
      long soakStart = System.nanoTime();
      long deadline = soakStart + Duration.ofSeconds(seconds()).toNanos();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
      // The reindex starts half-way through the fewest answers the soak must give.
      CountDownLatch halfWay = new CountDownLatch(Math.toIntExact(MIN_RATE * seconds() / 2));
      AtomicBoolean swapped = new AtomicBoolean();
      AtomicInteger answered = new AtomicInteger();
      long fewest = MIN_RATE * seconds();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        Random random = new Random(seed + c);
        running.add(
            clients.submit(
                () -> {
                  long[] mine = new long[1 << 14];
                  int n = 0;
                  String cursor = null;
                  while (System.nanoTime() < deadline
                      || !swapped.get()
                      || answered.get() < fewest) {
                    if (n == mine.length) {
                      mine = java.util.Arrays.copyOf(mine, n * 2);
                    }
                    String path = pick(random, cursor);
                    long start = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          http.send(
                              HttpRequest.newBuilder(URI.create(base + path))
                                  .timeout(Duration.ofSeconds(10))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      mine[n++] = System.nanoTime() - start;
                      answered.incrementAndGet();
                      halfWay.countDown();
                      statuses
                          .computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                          .incrementAndGet();
                      if (response.statusCode() >= 500) {
                        failures.add(response.statusCode() + " " + path + " " + response.body());
                      } else if (path.startsWith("/api/search?q=")
                          && response.statusCode() == 200) {
                        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
                        cursor =
                            body.get("cursor").isJsonNull()
                                ? null
                                : body.get("cursor").getAsString();
                      }
                    } catch (Exception e) {
                      failures.add(e + " " + path);
                    }
                  }
                  latencies.add(java.util.Arrays.copyOf(mine, n));
                  return null;
                }));
      }
      long reindexMs;
      try {
        assertTrue(halfWay.await(seconds() + 60, TimeUnit.SECONDS), "the load never got half-way");
        long reindexStart = System.nanoTime();
        store.reindex(List.of(second), p -> {});
        reindexMs = (System.nanoTime() - reindexStart) / 1_000_000;
        Eventually.await(
            "serving the reindexed generation",
            Duration.ofSeconds(30),
            () -> searcher.generation().equals("gen-000002"));
      } finally {
        swapped.set(true);
      }
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
      long heapAfter = heapAfterGc();
      String served = searcher.generation();

      long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
      // The load lasts at least the configured time, longer when the swap took longer.
      long soakSeconds = Math.max(1, (System.nanoTime() - soakStart) / 1_000_000_000);
      double rate = all.length / (double) soakSeconds;
      System.out.printf(
          Locale.ROOT,
          "SoakIT: %d requests in %d s (%.0f/s) by %d clients; latency ms p50 %.1f p90 %.1f p99"
              + " %.1f max %.1f; statuses %s; reindex of %d articles %d ms, serving %s; heap after"
              + " GC %d MiB before, %d MiB after%n",
          all.length,
          soakSeconds,
          rate,
          CLIENTS,
          percentile(all, 0.50),
          percentile(all, 0.90),
          percentile(all, 0.99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6,
          new TreeMap<>(statuses),
          ARTICLES,
          reindexMs,
          served,
          heapBefore >> 20,
          heapAfter >> 20);
      assertEquals(List.of(), new ArrayList<>(failures).subList(0, Math.min(10, failures.size())));
      assertEquals("gen-000002", served, "the reindexed generation was not picked up");
      assertTrue(
          heapAfter < heapBefore * 3 / 2 + (48L << 20),
          "heap grew from " + (heapBefore >> 20) + " to " + (heapAfter >> 20) + " MiB");
    }
  }

  /**
   * A permit for each client, all of which one client may take: the soak's clients share the one
   * loopback address, which would otherwise count as one client.
   */
  private static AdmissionConfig allForOneAddress() {
    return new AdmissionConfig(
        CLIENTS, CLIENTS, CLIENTS, AdmissionConfig.DEFAULT_QUEUE_WAIT_MILLIS);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static void awaitReady(HttpClient http, String base) throws Exception {
    Eventually.await(
        "readiness",
        Duration.ofSeconds(10),
        () ->
            http.send(
                        HttpRequest.newBuilder(URI.create(base + "/ready")).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .statusCode()
                == 200);
  }
}
