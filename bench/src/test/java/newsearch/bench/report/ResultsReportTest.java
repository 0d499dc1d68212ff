package newsearch.bench.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReportTest {

  @TempDir Path dir;

  private static String section(String markdown, String title) {
    int start = markdown.indexOf("## " + title);
    assertTrue(start >= 0, "no section " + title + " in\n" + markdown);
    int end = markdown.indexOf("\n## ", start + 3);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  @Test
  void againstPlainLuceneGivesTheRatiosOnTheCorpusAndOnReuters() {
    new FakeResults(dir)
        .wrk(QueryResults.WRK_PLAIN_ONE, 100, 5, 20, 0, 0)
        .wrk(QueryResults.WRK_MIX_ONE, 50, 12, 40, 0, 0)
        .peers(
            PeerResults.PEERS,
            new Object[] {"lucene", 400, 2.5, 9.0, 1000, 2.0, 100.0},
            new Object[] {"xapian", 800, 1.25, 4.0, 1000, 4.0, 80.0})
        .wrk("reuters/" + QueryResults.WRK_PLAIN_ONE, 900, 1, 3, 0, 0);
    String section = section(new ResultsReport(dir).markdown(), "Against plain Lucene");

    assertTrue(
        section.contains(
            "| newsearch HTTP, facets=false, 1 client | 100 | 5.000 | 20.000 | 0.25× | 2.00× |"),
        section);
    assertTrue(section.contains("| newsearch HTTP, with facets, 1 client | 50 |"), section);
    assertTrue(section.contains("| xapian peer | 800 | 1.250 | 4.000 | 2.00× | 0.50× |"), section);
    assertTrue(
        section.contains(
            "| newsearch HTTP, facets=false, 1 client | 900 | 1.000 | 3.000 | – | – |"),
        section);
  }

  @Test
  void footprintTableListsNewsearchAndPeersOfBothFoldersPerArticle() {
    new FakeResults(dir)
        .index(1000, 4.0, 5_000_000)
        .peers(PeerResults.PEERS, new Object[] {"lucene", 400, 2.5, 9.0, 1000, 2.0, 1.5})
        .peers(PeerResults.PEERS_SAMPLE, new Object[] {"sqlite", 40, 2.5, 9.0, 500, 0.5, 0.25});
    String section =
        section(new ResultsReport(dir).markdown(), "Index size and build time per article");

    assertTrue(section.contains("| newsearch (2 threads) | stored id"), section);
    assertTrue(section.contains(" | 1,000 | 5,000 | 4.000 | 250 |\n"), section);
    String peerStores = "| id + inverted index of title and body with positions |";
    assertTrue(
        section.contains("| lucene " + peerStores + " 1,000 | 1,500 | 2.000 | 500 |"), section);
    assertTrue(
        section.contains("| sqlite " + peerStores + " 500 | 500 | 1.000 | 1,000 |"), section);
  }

  @Test
  void aReportOfAnEmptyFolderSaysWhatWasNotMeasured() {
    String markdown = new ResultsReport(dir).markdown();
    assertTrue(section(markdown, "Against plain Lucene").contains("Not measured."));
    assertTrue(section(markdown, "Targets").contains("p50 < 0.2 ms | p50 – ms"), markdown);
  }

  @Test
  void aTruncatedResultFileIsNamedWithWhereItBroke() {
    new FakeResults(dir).write(QueryResults.WRK_MIX_SIXTEEN, "{\"qps\": 12,\n\"p50_ms\": ");
    ResultFileException e =
        assertThrows(ResultFileException.class, () -> new ResultsReport(dir).markdown());
    assertTrue(
        e.getMessage().startsWith(dir.resolve(QueryResults.WRK_MIX_SIXTEEN) + ": "),
        e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
