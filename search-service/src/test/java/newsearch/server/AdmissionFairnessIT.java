package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import newsearch.search.UtcTestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback: one greedy client (address 127.0.0.2) hammers the search with 16
 * connections at once while an independent client (127.0.0.1) makes 50 searches one after the
 * other, then completions and articles. Every search takes at least 10 ms (the clock it reads first
 * is slow), so the greedy client alone could keep all 4 search permits busy.
 */
class AdmissionFairnessIT {

  private static final int GREEDY_CONNECTIONS = 8;
  private static final int INDEPENDENT_SEARCHES = 50;

  @TempDir Path dir;

  /** The system clock, but each search's first look at it (the day of the search) takes 10 ms. */
  private static final class SlowDayClock extends UtcTestClock {
    private final Clock system = Clock.systemUTC();

    @Override
    public Instant instant() {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return system.instant();
    }

    @Override
    public long millis() {
      return system.millis();
    }
  }

  @Test
  void aGreedyClientCannotCrowdOutAnIndependentOne() throws Exception {
    ServerConfig config =
        RunningServer.loopback()
            .searches(new AdmissionConfig(4, 2, 4, AdmissionConfig.DEFAULT_QUEUE_WAIT_MILLIS))
            .suggestions(AdmissionConfig.of(4))
            .articles(AdmissionConfig.of(4))
            .build();
    ExecutorService greedy = Executors.newFixedThreadPool(GREEDY_CONNECTIONS);
    try (RunningServer server =
            new RunningServer(
                dir,
                List.of(TestIndex.article("a", "Harbour reopens", "The harbour reopened.")),
                SearchConfig.DEFAULTS,
                new SlowDayClock(),
                config,
                AdminConfig.DISABLED);
        HttpClient greedyClient =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .localAddress(InetAddress.getByName("127.0.0.2"))
                .build()) {
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger greedyAnswers = new AtomicInteger();
      Map<Integer, AtomicInteger> greedyStatuses = new ConcurrentHashMap<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      List<Future<?>> hammering = new ArrayList<>();
      for (int c = 0; c < GREEDY_CONNECTIONS; c++) {
        hammering.add(
            greedy.submit(
                () -> {
                  while (running.get() && System.nanoTime() < deadline) {
                    HttpResponse<String> answer =
                        greedyClient.send(
                            server.request("/api/search?q=harbour").build(),
                            HttpResponse.BodyHandlers.ofString());
                    greedyStatuses
                        .computeIfAbsent(answer.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
                    greedyAnswers.incrementAndGet();
                    if (answer.statusCode() != 200) {
                      // Loopback clients and the server share two cores here: a refused client
                      // retrying in a tight loop would measure the processor, not the admission.
                      Thread.sleep(5);
                    }
                  }
                  return null;
                }));
      }
      while (greedyAnswers.get() < 4 * GREEDY_CONNECTIONS && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }

      Map<Integer, Integer> independent = new TreeMap<>();
      for (int i = 0; i < INDEPENDENT_SEARCHES; i++) {
        independent.merge(server.get("/api/search?q=harbour").statusCode(), 1, Integer::sum);
      }
      Map<Integer, Integer> cheap = new TreeMap<>();
      for (int i = 0; i < 10; i++) {
        cheap.merge(server.get("/api/suggest?q=harb").statusCode(), 1, Integer::sum);
        cheap.merge(server.get("/api/articles/a").statusCode(), 1, Integer::sum);
      }
      running.set(false);
      for (Future<?> f : hammering) {
        f.get();
      }

      // The greedy client holds at most 2 of the 4 permits, so a search of another client always
      // finds one free: all 50 of 50 are answered, none is refused.
      assertEquals(Map.of(200, INDEPENDENT_SEARCHES), independent, "the independent searches");
      assertEquals(Map.of(200, 20), cheap, "completions and articles during the load");
      Map<Integer, Integer> greedySeen = new TreeMap<>();
      greedyStatuses.forEach((status, count) -> greedySeen.put(status, count.get()));
      assertTrue(
          greedySeen.getOrDefault(200, 0) > 0, "the greedy client got nothing: " + greedySeen);
      assertTrue(
          greedySeen.getOrDefault(429, 0) + greedySeen.getOrDefault(503, 0) > 0,
          "the greedy client was never refused, so the load was no load: " + greedySeen);
      assertEquals(
          List.of(),
          greedySeen.keySet().stream().filter(s -> s != 200 && s != 429 && s != 503).toList(),
          "the greedy client got other answers: " + greedySeen);
    } finally {
      greedy.shutdownNow();
    }
  }
}
