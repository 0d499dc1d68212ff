package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.TestIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What the service logs: one access line per request, never the admin token, and the stack of an
 * internal failure, which the client never sees.
 */
class ServiceLogsTest {

  private static final String WRONG_TOKEN = "guessed-token-9876543210";

  @TempDir Path dir;
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level rootLevel;

  @BeforeEach
  void capture() {
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
    root.setLevel(rootLevel);
  }

  private RunningServer start() throws IOException {
    return RunningServer.withAdmin(
        dir, List.of(TestIndex.article("a", "Harbour reopens", "The harbour reopened.")));
  }

  /** Every captured event as text: message, arguments' rendering, stack, MDC. */
  private List<String> logged() {
    return captured.list.stream()
        .map(
            e ->
                e.getLoggerName()
                    + " "
                    + e.getFormattedMessage()
                    + " "
                    + e.getMDCPropertyMap()
                    + (e.getThrowableProxy() == null
                        ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
  }

  private List<String> accessLines() {
    return captured.list.stream()
        .filter(e -> e.getLoggerName().equals("newsearch.access"))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void eachRequestIsOneAccessLineWithoutItsQueryString() throws Exception {
    try (RunningServer server = start()) {
      server.get("/api/search?q=private+medical+question&page=1");
      server.get("/api/%0Aforged%20line");
    }
    List<String> lines = accessLines();
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).matches("method=GET path=/api/search status=200 bytes=[1-9][0-9]* ms=[0-9]+"),
        lines.get(0));
    assertTrue(
        lines.get(1).matches("method=GET path=/api/%0Aforged%20line status=404 bytes=\\d+ ms=\\d+"),
        lines.get(1));
    assertFalse(String.join("\n", logged()).contains("medical"), "the query string was logged");
  }

  @Test
  void theAdminTokenIsNeverLoggedRightOrWrong() throws Exception {
    try (RunningServer server = start()) {
      server.send(server.admin("/admin/refresh", RunningServer.TOKEN).POST(noBody()));
      server.send(server.admin("/admin/refresh", WRONG_TOKEN).POST(noBody()));
      server.send(server.admin("/admin/rollback", RunningServer.TOKEN).POST(noBody()));
      server.send(
          server
              .admin("/admin/articles", RunningServer.TOKEN)
              .POST(HttpRequest.BodyPublishers.ofString("not json\n")));
      server.send(server.admin("/metrics", RunningServer.TOKEN));
      server.send(
          server.request("/api/search?q=harbour").header("Authorization", "Bearer " + WRONG_TOKEN));
    }
    List<String> logged = logged();
    assertTrue(
        accessLines().stream()
            .anyMatch(line -> line.startsWith("method=POST path=/admin/refresh status=401 ")),
        "the access log was not captured: " + accessLines());
    for (String line : logged) {
      assertFalse(line.contains(RunningServer.TOKEN), "token logged: " + line);
      assertFalse(line.contains(WRONG_TOKEN), "sent token logged: " + line);
    }
  }

  @Test
  void withAdminOffNothingListensOnTheAdminPort() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    IndexGenerations index =
        TestIndex.build(dir, List.of(TestIndex.article("a", "Harbour", "Boats.")));
    try (NewsSearcher searcher = TestIndex.open(index);
        SearchServer server =
            SearchServer.start(
                searcher,
                RunningServer.config(),
                new AdminRoutes(
                    searcher, new IndexStore(index), AdminConfig.DISABLED.at("127.0.0.1", port)))) {
      assertEquals(-1, server.adminPort());
      assertFalse(listening(port), "something listens on the admin port " + port);
    }
  }

  @Test
  void anInternalFailureIsA500WithoutInternalsWhoseStackIsLogged() throws Exception {
    IndexGenerations index = new IndexGenerations(dir.resolve("damaged"));
    Path generation = index.createNext();
    NewsSchema schema = new NewsSchema();
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(generation), new IndexWriterConfig(schema.analyzer()))) {
      Document doc = schema.toDocument(TestIndex.article("a", "Harbour reopens", "The harbour."));
      // A stored date no calendar holds, as a damaged or foreign writer could leave it: reading
      // the article back throws inside the search.
      doc.add(new LongField(NewsSchema.DATE, Long.MAX_VALUE, Field.Store.YES));
      writer.addDocument(doc);
      writer.setLiveCommitData(schema.commitData().entrySet());
      writer.commit();
    }
    index.publish(generation);
    HttpResponse<String> response;
    try (NewsSearcher searcher = TestIndex.open(index);
        SearchServer server = SearchServer.start(searcher, RunningServer.config());
        HttpClient http = HttpClient.newHttpClient()) {
      response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=harbour"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }

    assertEquals(500, response.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"internal_error\","
            + "\"message\":\"the server could not answer this request\"}}",
        response.body());
    for (String internal : List.of("Exception", "newsearch", "java", "EpochDay", dir.toString())) {
      assertFalse(response.body().contains(internal), internal);
    }
    ILoggingEvent failure =
        captured.list.stream()
            .filter(e -> e.getFormattedMessage().equals("GET /api/search failed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the failure was not logged: " + logged()));
    assertEquals(Level.ERROR, failure.getLevel());
    assertEquals("java.time.DateTimeException", failure.getThrowableProxy().getClassName());
    String stack = ThrowableProxyUtil.asString(failure.getThrowableProxy());
    assertTrue(stack.contains("at newsearch.schema.NewsSchema.toArticle("), stack);
    assertTrue(stack.contains("at newsearch.search.NewsSearcher.search("), stack);
  }

  private static boolean listening(int port) {
    try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }
}
