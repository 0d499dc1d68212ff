package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.search.TestIndex;
import newsearch.search.alert.AlertConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved searches against a real service (the default half-second refresh, as {@code serve} runs), a
 * real index written through the store as {@code newsearch index} writes it, and a real webhook
 * receiver on loopback.
 */
class SavedSearchAlertsTest {

  /** Calls per batch before an alert is marked failing, in these tests. */
  private static final int ATTEMPTS = 3;

  private static final AlertConfig ALERTS =
      AlertConfig.builder()
          .webhookHosts(List.of("127.0.0.1"))
          .webhookAttempts(ATTEMPTS)
          .webhookBackoffMillis(50)
          .webhookTimeoutMillis(2_000)
          .build();

  @TempDir Path dir;

  private IndexGenerations index;
  private IndexStore store;
  private WebhookReceiver receiver;
  private RunningServer running;

  @BeforeEach
  void setUp() throws IOException {
    index =
        TestIndex.build(
            dir.resolve("index"),
            List.of(
                TestIndex.article(
                    "old-harbour",
                    "Harbour strike ends",
                    "Dockers return.",
                    "2024-01-02",
                    "Ports")));
    store = new IndexStore(index);
    receiver = new WebhookReceiver();
    running = RunningServer.withSavedSearches(index, ALERTS);
  }

  @AfterEach
  void tearDown() throws IOException {
    running.close();
    receiver.close();
  }

  private static String record(String id, String title, String body) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + body + "\"}";
  }

  /** Adds articles as {@code newsearch index} does: through the store, from another writer. */
  private void index(String... records) throws IOException {
    store.update(new StringReader(String.join("\n", records)), Path.of("update.jsonl"));
  }

  private HttpResponse<String> post(String body, String token) throws Exception {
    return running.send(
        running
            .admin("/api/alerts", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private JsonObject create(String body) throws Exception {
    HttpResponse<String> response = post(body, RunningServer.TOKEN);
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private JsonObject adminGet(String path) throws Exception {
    HttpResponse<String> response = running.send(running.admin(path, RunningServer.TOKEN).GET());
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static List<String> articleIds(WebhookReceiver.Call call) {
    List<String> ids = new ArrayList<>();
    JsonArray matches =
        JsonParser.parseString(call.text()).getAsJsonObject().getAsJsonArray("matches");
    for (JsonElement match : matches) {
      ids.add(match.getAsJsonObject().get("article_id").getAsString());
    }
    return ids;
  }

  private static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private String hookAlert(String query) {
    return "{\"name\":\"Harbours\",\"query\":\""
        + query
        + "\",\"webhook\":\""
        + receiver.url()
        + "\"}";
  }

  @Test
  void aMatchingArticleFiresTheWebhookOnceWithinASecondOfItsCommitWithAValidSignature()
      throws Exception {
    JsonObject created = create(hookAlert("harbour"));
    String secret = created.get("secret").getAsString();

    index(
        record("new-harbour", "Harbour reopens", "Ships sail again from the harbour."),
        record("new-rates", "Rates rise", "The central bank raised rates."));
    long committed = System.nanoTime();

    Eventually.await("a webhook call", Duration.ofSeconds(10), () -> !receiver.calls().isEmpty());
    WebhookReceiver.Call call = receiver.calls().get(0);
    long millis = (call.receivedNanos() - committed) / 1_000_000;
    assertTrue(millis < 1_000, "the call came " + millis + " ms after the commit");
    assertEquals(List.of("new-harbour"), articleIds(call));
    assertEquals(hmac(secret, call.body()), call.signature());
    JsonObject body = JsonParser.parseString(call.text()).getAsJsonObject();
    assertEquals(created.get("id").getAsString(), body.get("alert").getAsString());

    // Several refreshes and match rounds later, still the one call.
    Thread.sleep(1_200);
    assertEquals(1, receiver.calls().size());
    JsonObject log = adminGet("/api/alerts/" + created.get("id").getAsString() + "/deliveries");
    assertEquals(1, log.getAsJsonArray("deliveries").size());
    JsonObject delivery = log.getAsJsonArray("deliveries").get(0).getAsJsonObject();
    assertEquals("delivered", delivery.get("outcome").getAsString());
    assertEquals(200, delivery.get("status").getAsInt());
    assertFalse(log.get("failing").getAsBoolean());
  }

  @Test
  void anArticleThatMatchesNoSavedSearchFiresNothing() throws Exception {
    create(hookAlert("harbour"));

    index(record("new-rates", "Rates rise", "The central bank raised rates."));

    assertFalse(Eventually.within(Duration.ofMillis(1_500), () -> !receiver.calls().isEmpty()));
  }

  @Test
  void aMatchIsRecordedOnceAcrossARestartAndAReindexOfTheSameArticles() throws Exception {
    JsonObject created = create(hookAlert("harbour"));
    String id = created.get("id").getAsString();
    String first = record("new-harbour", "Harbour reopens", "Ships sail from the harbour.");
    index(first);
    Eventually.await("the first call", Duration.ofSeconds(10), () -> receiver.calls().size() == 1);

    running.close();
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(
        input.resolve("all.jsonl"),
        String.join(
            "\n",
            record("old-harbour", "Harbour strike ends", "Dockers return."),
            first,
            record("second-harbour", "Second harbour opens", "A new harbour in the bay.")));
    store.reindex(List.of(input), progress -> {});
    running = RunningServer.withSavedSearches(index, ALERTS);

    Eventually.await("the second call", Duration.ofSeconds(10), () -> receiver.calls().size() == 2);
    assertEquals(List.of("second-harbour"), articleIds(receiver.calls().get(1)));
    Thread.sleep(1_200);
    assertEquals(2, receiver.calls().size());
    HttpResponse<String> alert =
        running.send(running.admin("/api/alerts/" + id, RunningServer.TOKEN).GET());
    assertEquals(200, alert.statusCode(), "the saved search survived the restart");
  }

  @Test
  void aRollbackRefiresNothingAndLaterArticlesStillFire() throws Exception {
    create(hookAlert("harbour"));
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(
        input.resolve("all.jsonl"),
        record("reindexed-harbour", "Harbour in the new generation", "A harbour story."));
    store.reindex(List.of(input), progress -> {});
    Eventually.await(
        "the reindexed article", Duration.ofSeconds(10), () -> receiver.calls().size() == 1);

    store.rollback();
    index(record("after-rollback", "Harbour after the rollback", "The harbour again."));

    Eventually.await("the next call", Duration.ofSeconds(10), () -> receiver.calls().size() == 2);
    assertEquals(List.of("after-rollback"), articleIds(receiver.calls().get(1)));
    Thread.sleep(1_200);
    assertEquals(2, receiver.calls().size());
  }

  @Test
  void aFailingReceiverIsRetriedWithBackoffThenTheAlertIsMarkedFailing() throws Exception {
    receiver.answer(500);
    String id = create(hookAlert("harbour")).get("id").getAsString();

    index(record("new-harbour", "Harbour reopens", "Ships sail from the harbour."));

    Eventually.await(
        "the alert marked failing",
        Duration.ofSeconds(10),
        () -> adminGet("/api/alerts/" + id).get("failing").getAsBoolean());
    assertEquals(ATTEMPTS, receiver.calls().size());
    JsonArray log = adminGet("/api/alerts/" + id + "/deliveries").getAsJsonArray("deliveries");
    List<String> outcomes = new ArrayList<>();
    for (JsonElement delivery : log) {
      outcomes.add(
          delivery.getAsJsonObject().get("outcome").getAsString()
              + " "
              + delivery.getAsJsonObject().get("status").getAsInt());
    }
    assertEquals(List.of("failed 500", "retrying 500", "retrying 500"), outcomes);
    List<WebhookReceiver.Call> calls = receiver.calls();
    long firstWait = (calls.get(1).receivedNanos() - calls.get(0).receivedNanos()) / 1_000_000;
    long secondWait = (calls.get(2).receivedNanos() - calls.get(1).receivedNanos()) / 1_000_000;
    assertTrue(firstWait >= 50 && secondWait >= 100, firstWait + " ms, then " + secondWait + " ms");

    index(record("another-harbour", "Another harbour", "The harbour again."));
    Thread.sleep(1_200);
    assertEquals(ATTEMPTS, receiver.calls().size(), "a failing alert is not called again");
  }

  @Test
  void theAlertRoutesNeedTheAdminToken() throws Exception {
    assertEquals(401, post(hookAlert("harbour"), null).statusCode());
    assertEquals(401, post(hookAlert("harbour"), "wrong-token").statusCode());
    assertEquals(401, running.send(running.admin("/api/alerts", null).GET()).statusCode());
  }

  @Test
  void badBodiesAreRefusedWithAJsonErrorNamingTheProblem() throws Exception {
    assertBadBody("not json {", "invalid_body");
    assertBadBody("[1, 2]", "invalid_body");
    assertBadBody("{\"name\":\"x\",\"query\":\"a\",\"colour\":\"red\"}", "invalid_body");
    assertBadBody("{\"query\":\"harbour\"}", "invalid_name");
    assertBadBody("{\"name\":\"x\",\"query\":7}", "invalid_body");
    assertBadBody("{\"name\":\"x\",\"query\":\"a\",\"section\":[1]}", "invalid_body");
    assertBadBody("{\"name\":\"x\",\"query\":\"a\",\"from\":\"2021-13-01\"}", "invalid_date");
    assertBadBody(
        "{\"name\":\"x\",\"query\":\"a\",\"webhook\":\"http://example.com/hook\"}",
        "webhook_not_allowed");
    assertBadBody(
        "{\"name\":\"x\",\"query\":\"a\",\"webhook\":\"ftp://127.0.0.1/hook\"}", "invalid_webhook");
    assertEquals(0, adminGet("/api/alerts").getAsJsonArray("alerts").size());
  }

  private void assertBadBody(String body, String code) throws Exception {
    HttpResponse<String> response = post(body, RunningServer.TOKEN);
    assertEquals(400, response.statusCode(), body + " -> " + response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject error =
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals(code, error.get("code").getAsString(), response.body());
  }

  @Test
  void aSavedSearchIsListedReadAndDeleted() throws Exception {
    JsonObject created =
        create("{\"name\":\"Ports\",\"query\":\"harbour\",\"section\":[\"Ports\"]}");
    String id = created.get("id").getAsString();
    assertEquals(32, id.length());
    assertEquals("/api/alerts/" + id + "/feed.atom", created.get("feed").getAsString());

    JsonObject one = adminGet("/api/alerts/" + id);
    assertEquals("Ports", one.get("name").getAsString());
    assertEquals("[\"Ports\"]", one.get("section").toString());
    assertTrue(one.get("webhook").isJsonNull());
    assertFalse(one.has("secret"), "the secret is shown once, when the search is saved");
    assertEquals(1, adminGet("/api/alerts").getAsJsonArray("alerts").size());

    HttpResponse<String> deleted =
        running.send(running.admin("/api/alerts/" + id, RunningServer.TOKEN).DELETE());
    assertEquals(200, deleted.statusCode());
    assertEquals(
        404,
        running.send(running.admin("/api/alerts/" + id, RunningServer.TOKEN).GET()).statusCode());
    assertEquals(404, running.get("/api/alerts/" + id + "/feed.atom").statusCode());
  }
}
