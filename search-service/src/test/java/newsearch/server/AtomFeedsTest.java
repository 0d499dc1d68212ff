package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.search.TestIndex;
import newsearch.search.alert.AlertConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feeds, parsed as XML and checked for what RFC 4287 requires: {@code /api/search.atom}
 * with its validators and {@code 304}, and the feed of a saved search.
 */
class AtomFeedsTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir Path dir;

  private IndexGenerations index;
  private RunningServer running;

  @BeforeEach
  void setUp() throws IOException {
    index =
        TestIndex.build(
            dir,
            List.of(
                TestIndex.article(
                    "older", "Harbour plans", "A <b>harbour</b> & a bay.", "2021-03-01", "Ports"),
                TestIndex.article(
                    "newer",
                    "Harbour opens",
                    "Ships sail from the harbour.",
                    "2023-05-06",
                    "Ports"),
                TestIndex.article("rates", "Rates rise", "The bank acts.", "2022-01-01", "Money")));
    running = RunningServer.withSavedSearches(index, AlertConfig.DEFAULTS);
  }

  @AfterEach
  void tearDown() throws IOException {
    running.close();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes("UTF-8")));
  }

  private static String child(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    assertTrue(nodes.getLength() > 0, "no " + name + " in " + parent.getLocalName());
    return nodes.item(0).getTextContent();
  }

  private static List<Element> entries(Document feed) {
    NodeList nodes = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
    List<Element> entries = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      entries.add((Element) nodes.item(i));
    }
    return entries;
  }

  /** Checks what every Atom feed and entry must hold, and returns the entries' titles. */
  private List<String> checkedTitles(Document feed) {
    Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertFalse(child(root, "id").isBlank());
    assertFalse(child(root, "title").isBlank());
    Instant.parse(child(root, "updated"));
    List<String> titles = new ArrayList<>();
    for (Element entry : entries(feed)) {
      assertTrue(child(entry, "id").startsWith("urn:newsearch:article:"));
      Instant.parse(child(entry, "updated"));
      Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
      assertEquals("alternate", link.getAttribute("rel"));
      assertTrue(
          link.getAttribute("href")
              .startsWith("http://127.0.0.1:" + running.server().port() + "/article/"),
          link.getAttribute("href"));
      titles.add(child(entry, "title"));
    }
    return titles;
  }

  @Test
  void aSearchFeedIsValidAtomNewestFirstWithPlainSummaries() throws Exception {
    HttpResponse<String> response = running.get("/api/search.atom?q=harbour");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "application/atom+xml; charset=utf-8",
        response.headers().firstValue("Content-Type").orElseThrow());
    Document feed = parse(response.body());
    assertEquals(List.of("Harbour opens", "Harbour plans"), checkedTitles(feed));
    Element older = entries(feed).get(1);
    assertEquals("A <b>harbour</b> & a bay.", child(older, "summary"));
    assertEquals(
        "text",
        ((Element) older.getElementsByTagNameNS(ATOM, "summary").item(0)).getAttribute("type"));
    assertEquals("2021-03-01T00:00:00Z", child(older, "updated"));
    assertEquals(
        "http://127.0.0.1:" + running.server().port() + "/article/older",
        ((Element) older.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
  }

  @Test
  void aFeedReaderGets304UntilTheIndexChanges() throws Exception {
    HttpResponse<String> first = running.get("/api/search.atom?q=harbour&section=Ports");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(first.headers().firstValue("Last-Modified").isPresent());

    HttpResponse<String> again =
        running.send(
            running
                .request("/api/search.atom?q=harbour&section=Ports")
                .header("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());

    new IndexStore(index)
        .update(
            new StringReader("{\"id\":\"third\",\"title\":\"Harbour grows\",\"body\":\"harbour\"}"),
            Path.of("update.jsonl"));
    running.send(
        running
            .admin("/admin/refresh", RunningServer.TOKEN)
            .POST(HttpRequest.BodyPublishers.noBody()));

    HttpResponse<String> changed =
        running.send(
            running
                .request("/api/search.atom?q=harbour&section=Ports")
                .header("If-None-Match", etag));
    assertEquals(200, changed.statusCode());
    assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void aBadSearchParameterIsA400WithJson() throws Exception {
    HttpResponse<String> response = running.get("/api/search.atom?from=2021-13-45");

    assertEquals(400, response.statusCode());
    assertEquals(
        "invalid_date",
        JsonParser.parseString(response.body())
            .getAsJsonObject()
            .getAsJsonObject("error")
            .get("code")
            .getAsString());
  }

  @Test
  void aSavedSearchFeedListsItsMatchesNewestFirst() throws Exception {
    HttpResponse<String> created =
        running.send(
            running
                .admin("/api/alerts", RunningServer.TOKEN)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Ports <news>\",\"query\":\"harbour\"}")));
    String feedPath =
        JsonParser.parseString(created.body()).getAsJsonObject().get("feed").getAsString();
    IndexStore store = new IndexStore(index);
    store.update(
        new StringReader("{\"id\":\"first-new\",\"title\":\"Harbour one\",\"body\":\"harbour\"}"),
        Path.of("a.jsonl"));
    Eventually.await(
        "the first match in the feed",
        Duration.ofSeconds(10),
        () -> running.get(feedPath).body().contains("Harbour one"));
    store.update(
        new StringReader("{\"id\":\"second-new\",\"title\":\"Harbour two\",\"body\":\"harbour\"}"),
        Path.of("b.jsonl"));
    Eventually.await(
        "the second match in the feed",
        Duration.ofSeconds(10),
        () -> running.get(feedPath).body().contains("Harbour two"));

    Document feed = parse(running.get(feedPath).body());
    assertEquals(List.of("Harbour two", "Harbour one"), checkedTitles(feed));
    assertEquals("newsearch: Ports <news>", child(feed.getDocumentElement(), "title"));
  }
}
