package newsearch.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ScalePageTest {

  @TempDir Path dir;

  /** A run at {@code size} whose latencies grow with it; the largest has no peer. */
  private Path run(String name, long size, double scale, boolean withPeer) {
    FakeResults results =
        new FakeResults(dir.resolve(name))
            .meta(size)
            .wrk(QueryResults.WRK_MIX, 40 / scale, 10 * scale, 40 * scale, 0, 0)
            .wrk(QueryResults.WRK_PLAIN_ONE, 100 / scale, 5 * scale, 20 * scale, 0, 0)
            .index(size, size / 4000.0, size * 4000);
    if (withPeer) {
      results.peers(
          PeerResults.PEERS, new Object[] {"lucene", 400 / scale, scale, 4 * scale, size, 1, 1});
    }
    return results.dir();
  }

  private ScalePage page() {
    // Given out of order: the page sorts by size.
    return new ScalePage(
        List.of(
            run("3m", 3_000_000, 3, false),
            run("100k", 100_000, 0.5, true),
            run("1m", 1_000_000, 1, true)));
  }

  @Test
  void tableHasOneRowPerSizeInOrderWithTheRunsValues() {
    String markdown = page().markdown("scale.svg", Optional.empty());
    List<String> rows = markdown.lines().filter(l -> l.matches("\\| [0-9,]+ \\|.*")).toList();
    assertEquals(3, rows.size(), markdown);
    assertEquals(
        "| 100,000 | 5.00 | 20.00 | 2.50 | 10.00 | 200 | 0.500 | 2.000 | 800 | 4,000 | 400.0 |"
            + " 4,000 |",
        rows.get(0));
    assertTrue(
        rows.get(1).startsWith("| 1,000,000 | 10.00 | 40.00 | 5.00 | 20.00 | 100 | 1.000 |"));
    assertTrue(
        rows.get(2).contains("| 3,000,000 | 30.00 | 120.00 | 15.00 | 60.00 | 33 | – | – | – |"),
        rows.get(2));
    assertTrue(markdown.contains("](scale.svg)"), markdown);
  }

  @Test
  void notesAreAppendedVerbatim() {
    String notes = "## Why the p99 grows\n\nThe facets count every match.\n";
    String markdown = page().markdown("charts/scale.svg", Optional.of(notes));
    assertTrue(markdown.endsWith(notes), markdown);
    assertTrue(markdown.contains("](charts/scale.svg)"));
  }

  @Test
  void svgIsXmlWithOnePolylinePerSeriesThroughTheMeasuredPoints() throws Exception {
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(page().svg().getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", svg.getDocumentElement().getTagName());
    NodeList lines = svg.getElementsByTagName("polyline");
    Map<String, Integer> points = new LinkedHashMap<>();
    for (int i = 0; i < lines.getLength(); i++) {
      Element line = (Element) lines.item(i);
      points.put(line.getAttribute("data-series"), line.getAttribute("points").split(" ").length);
    }
    assertEquals(
        Map.of(
            "mix, 4 clients, p50", 3,
            "mix, 4 clients, p99", 3,
            "plain, 1 client, p50", 3,
            "plain, 1 client, p99", 3,
            "plain Lucene, p50", 2,
            "plain Lucene, p99", 2,
            "newsearch reindex, 2 threads", 3),
        points);
  }

  @Test
  void largerCorporaLieFurtherRightAndSlowerRunsHigher() throws Exception {
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(page().svg().getBytes(StandardCharsets.UTF_8)));
    NodeList lines = svg.getElementsByTagName("polyline");
    Element mixP99 = (Element) lines.item(1);
    String[] points = mixP99.getAttribute("points").split(" ");
    double previousX = -1;
    double previousY = Double.MAX_VALUE;
    for (String point : points) {
      String[] xy = point.split(",");
      double x = Double.parseDouble(xy[0]);
      double y = Double.parseDouble(xy[1]);
      assertTrue(x > previousX, mixP99.getAttribute("points"));
      assertTrue(y < previousY, "SVG y grows downwards: " + mixP99.getAttribute("points"));
      previousX = x;
      previousY = y;
    }
  }
}
