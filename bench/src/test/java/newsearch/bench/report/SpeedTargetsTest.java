package newsearch.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeedTargetsTest {

  @TempDir Path dir;

  private List<Target> targets() {
    ResultFiles files = new ResultFiles(dir);
    return new SpeedTargets(files, new QueryResults(files), new PeerResults(files)).targets();
  }

  private Target target(String goalPart) {
    return targets().stream()
        .filter(t -> t.goal().contains(goalPart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target with " + goalPart + ": " + targets()));
  }

  private static Object[] peer(String name, double qps) {
    return new Object[] {name, qps, 1.0, 5.0, 1000, 2.0, 100.0};
  }

  @Test
  void halfOfPlainLuceneIsMetAtHalfAndMissedJustBelow() {
    FakeResults results = new FakeResults(dir).wrk(QueryResults.WRK_PLAIN_ONE, 100, 5, 20, 0, 0);
    results.peers(PeerResults.PEERS, peer("lucene", 200), peer("xapian", 99));
    assertEquals(true, target("generated corpus: QPS ≥ 0.5×").met());
    assertEquals(true, target("generated corpus: QPS above Xapian").met());

    results.peers(PeerResults.PEERS, peer("lucene", 201), peer("xapian", 100));
    assertEquals(false, target("generated corpus: QPS ≥ 0.5×").met());
    assertEquals(false, target("generated corpus: QPS above Xapian").met());
  }

  @Test
  void reutersRowsReadTheReutersFolderAndAreUnmeasuredWithoutIt() {
    FakeResults results = new FakeResults(dir);
    assertNull(target("Reuters: QPS ≥ 0.5×").met());
    assertNull(target("Reuters: QPS above Xapian").met());

    results
        .wrk("reuters/" + QueryResults.WRK_PLAIN_ONE, 300, 2, 9, 0, 0)
        .peers("reuters/" + PeerResults.PEERS, peer("lucene", 1000), peer("xapian", 400));
    Target lucene = target("Reuters: QPS ≥ 0.5×");
    assertEquals(false, lucene.met());
    assertTrue(lucene.measured().contains("0.30×"), lucene.measured());
    assertEquals(false, target("Reuters: QPS above Xapian").met());
  }

  @Test
  void peersOnlyInTheSampleFolderDoNotStandInForTheFullCorpusOnes() {
    new FakeResults(dir)
        .wrk(QueryResults.WRK_PLAIN_ONE, 100, 5, 20, 0, 0)
        .peers(PeerResults.PEERS_SAMPLE, peer("lucene", 10), peer("xapian", 10));
    assertNull(target("generated corpus: QPS ≥ 0.5×").met());
  }

  @Test
  void mixTailBoundFollowsTheCorpusSize() {
    FakeResults results = new FakeResults(dir).wrk(QueryResults.WRK_MIX, 40, 10, 49.9, 0, 0);
    results.meta(1_000_000);
    assertEquals(true, target("4 clients: p99").met());
    results.wrk(QueryResults.WRK_MIX, 40, 10, 50, 0, 0);
    assertEquals(false, target("4 clients: p99").met());

    results.meta(3_000_000);
    assertTrue(target("4 clients: p99").goal().contains("< 150 ms at 3,000,000"));
    assertEquals(true, target("4 clients: p99").met());
    results.wrk(QueryResults.WRK_MIX, 40, 10, 150, 0, 0);
    assertEquals(false, target("4 clients: p99").met());

    results.meta(100_000).wrk(QueryResults.WRK_MIX, 40, 10, 1, 0, 0);
    Target reference = target("4 clients: p99");
    assertTrue(reference.goal().contains("< 50 ms at 1,000,000"), reference.goal());
    assertTrue(reference.goal().contains("for reference"), reference.goal());
    assertNull(reference.met());
  }

  @Test
  void mixTailWithRealErrorsIsMissedEvenWhenFast() {
    new FakeResults(dir).meta(1_000_000).wrk(QueryResults.WRK_MIX, 40, 10, 20, 3, 0);
    assertEquals(false, target("4 clients: p99").met());
  }

  @Test
  void fixedCostIsJudgedOnP50AndShowsTheMean() {
    FakeResults results =
        new FakeResults(dir)
            .wrk(QueryResults.WRK_NO_MATCH, 8000, 0.19, 0.5, 0, -1)
            .wrk(QueryResults.WRK_ONE_HIT, 4000, 0.2, 0.9, 0, -1);
    Target noMatch = target("matches nothing");
    assertEquals(true, noMatch.met());
    assertTrue(noMatch.measured().contains("mean 0.125 ms"), noMatch.measured());
    assertEquals(false, target("one hit").met());

    results.write(QueryResults.WRK_ONE_HIT, "");
    assertNull(target("one hit").met());
  }

  @Test
  void sixteenClientsForgiveSheddingButNotOtherErrors() {
    FakeResults results =
        new FakeResults(dir).serve(1024).wrk(QueryResults.WRK_MIX_SIXTEEN, 50, 100, 1999, 7, 7);
    assertEquals(true, target("16 clients").met());

    results.wrk(QueryResults.WRK_MIX_SIXTEEN, 50, 100, 1999, 8, 7);
    assertEquals(false, target("16 clients").met());

    results.wrk(QueryResults.WRK_MIX_SIXTEEN, 50, 100, 1999, 7, -1);
    assertEquals(false, target("16 clients").met(), "an old file without status_503 shed nothing");

    results.write(
        QueryResults.WRK_MIX_SIXTEEN,
        "{\"label\":\"run\",\"connections\":16,\"requests\":1500,\"qps\":50,\"p50_ms\":1,"
            + "\"p90_ms\":100,\"p99_ms\":1999,\"max_ms\":1999,\"errors\":9,"
            + "\"status_errors\":9,\"status_503\":2,\"status_429\":7,\"timeouts\":0}");
    assertEquals(true, target("16 clients").met(), "a 429 for the client's share is shed too");
  }

  @Test
  void sixteenClientsBoundTheTailByTheSearchTimeoutAndTheHeap() {
    FakeResults results =
        new FakeResults(dir).serve(1024).wrk(QueryResults.WRK_MIX_SIXTEEN, 50, 100, 2000, 0, 0);
    assertEquals(false, target("16 clients").met());
    assertTrue(target("16 clients").goal().contains("2,000 ms"));

    results.serve(1025).wrk(QueryResults.WRK_MIX_SIXTEEN, 50, 100, 100, 0, 0);
    assertEquals(false, target("16 clients").met());

    results.serve(1024);
    assertEquals(true, target("16 clients").met());
  }
}
