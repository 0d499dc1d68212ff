package newsearch.relevance.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.IndexerConfig;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.TopicsFile;
import newsearch.relevance.metrics.Metric;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking regression check: each judged collection in {@code relevance/baselines.tsv} is
 * indexed, searched with the default configuration, and must score an nDCG@10 no more than 0.01
 * below its recorded baseline. Collections whose data is absent (the shared corpora on a fresh
 * machine) are skipped.
 */
class RankingRegressionIT {

  private static final double TOLERANCE = 0.01;

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> defaultRankingHoldsItsRecordedBaselines() throws IOException {
    Path root = repositoryRoot();
    return Files.readAllLines(root.resolve("relevance/baselines.tsv"), StandardCharsets.UTF_8)
        .stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t"))
        .map(f -> DynamicTest.dynamicTest(f[0], () -> check(root, f)));
  }

  private void check(Path root, String[] fields) throws IOException {
    Path topics = root.resolve(fields[1]).normalize();
    Path qrels = root.resolve(fields[2]).normalize();
    Path articles = root.resolve(fields[3]).normalize();
    double baseline = Double.parseDouble(fields[4]);
    assumeTrue(Files.exists(topics) && Files.exists(articles), fields[0] + " data is absent");
    IndexGenerations index = new IndexGenerations(dir.resolve(fields[0]));
    // With vectors, as the reindex command builds by default: the default ranking is hybrid.
    new IndexStore(index, IndexerConfig.DEFAULTS.withVectors(true))
        .reindex(List.of(articles), p -> {});
    double ndcg =
        new ConfiguredSearch(index, TopicsFile.read(topics), QrelsFile.read(qrels), 1000, false)
            .evaluate(SearchConfig.DEFAULTS, "regression")
            .mean(Metric.NDCG_AT_10);
    String verdict =
        String.format(Locale.ROOT, "%s ndcg@10 %.4f (baseline %.4f)", fields[0], ndcg, baseline);
    System.out.println((ndcg >= baseline - TOLERANCE ? "OK   " : "FAIL ") + verdict);
    assertTrue(ndcg >= baseline - TOLERANCE, verdict + " fell more than " + TOLERANCE);
  }

  @org.junit.jupiter.api.Test
  void everySampleJudgmentNamesAnArticleOfTheSample() throws IOException {
    Path root = repositoryRoot();
    IndexGenerations index = new IndexGenerations(dir.resolve("sample-ids"));
    new IndexStore(index).reindex(List.of(root.resolve("index-data/articles")), p -> {});
    var qrels = QrelsFile.read(root.resolve("index-data/judgments/qrels.txt"));
    try (var searcher =
        newsearch.search.NewsSearcher.open(index, new NewsSchema(), SearchConfig.DEFAULTS)) {
      for (String qid : qrels.queryIds()) {
        for (String docId : qrels.grades(qid).keySet()) {
          assertTrue(
              searcher.article(docId).isPresent(),
              qid + " judges " + docId + ", not in the sample");
        }
      }
    }
  }

  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("relevance/baselines.tsv"))) {
        return d;
      }
    }
    throw new IllegalStateException(
        "relevance/baselines.tsv not found above the working directory");
  }
}
