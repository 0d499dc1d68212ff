package newsearch.bench.vector;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.Topic;
import newsearch.relevance.engine.TopicText;
import newsearch.relevance.metrics.Evaluation;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;

/**
 * Compares sentence-embedding models on a judged collection, by the numbers: the quality of each
 * model's ranking by exact cosine, alone and fused with a lexical run by reciprocal rank (the
 * stand-in for the product's hybrid ranking), and each model's size, load time and speed.
 *
 * <p>Each article is embedded as the product embeds it ({@link NewsSchema#vectorText}), each topic
 * as the harness sends it to the product ({@link TopicText#plain}). Models are measured one after
 * the other in one process; the machine's other load changes the times, not the rankings. Not
 * thread-safe; it runs its own pools.
 */
public final class ModelComparison {

  private final ModelComparisonConfig config;

  /** A comparison with {@code config}'s settings. */
  public ModelComparison(ModelComparisonConfig config) {
    this.config = config;
  }

  /** Measures each of {@code models} on {@code collection}, fusing with {@code lexical}. */
  public ModelComparisonReport run(
      JudgedCollection collection, Run lexical, List<CandidateModel> models) throws IOException {
    List<ModelResult> results = new ArrayList<>();
    for (CandidateModel model : models) {
      results.add(measure(model, collection, lexical));
    }
    return new ModelComparisonReport(
        collection, config, Evaluation.of(collection.qrels(), lexical), results);
  }

  private ModelResult measure(CandidateModel candidate, JudgedCollection collection, Run lexical)
      throws IOException {
    long jarBytes = Files.size(candidate.jar());
    long start = System.nanoTime();
    EmbeddingModel model = candidate.create();
    double loadSeconds = (System.nanoTime() - start) / 1e9;

    List<String> texts = collection.articles().stream().map(NewsSchema::vectorText).toList();
    int warmUp = Math.min(config.warmUpTexts(), texts.size());
    EmbeddingPool.embed(model, texts.subList(0, warmUp), 1);
    List<String> timed =
        texts.size() > warmUp
            ? texts.subList(warmUp, Math.min(texts.size(), warmUp + config.speedTexts()))
            : texts;
    double oneThread = EmbeddingPool.rate(model, timed, 1);
    double pool = EmbeddingPool.rate(model, timed, config.threads());

    start = System.nanoTime();
    List<float[]> vectors = EmbeddingPool.embed(model, texts, config.threads());
    double collectionSeconds = (System.nanoTime() - start) / 1e9;
    Run semantic = semantic(model, candidate.label(), collection, vectors);
    Run hybrid =
        new ReciprocalRankFusion(config.rrfK(), config.depth())
            .fuse("hybrid-" + candidate.label(), List.of(lexical, semantic));
    return new ModelResult(
        candidate,
        jarBytes,
        loadSeconds,
        oneThread,
        pool,
        collectionSeconds,
        semantic,
        Evaluation.of(collection.qrels(), semantic),
        hybrid,
        Evaluation.of(collection.qrels(), hybrid));
  }

  /**
   * The run of {@code collection}'s topics ranked by exact cosine against {@code vectors}, the
   * vectors of its articles in order, tagged {@code semantic-<label>}.
   */
  public Run semantic(
      EmbeddingModel model, String label, JudgedCollection collection, List<float[]> vectors) {
    ExactCosineRanking ranking =
        new ExactCosineRanking(collection.articles().stream().map(Article::id).toList(), vectors);
    List<String> queries =
        collection.topics().stream().map(topic -> TopicText.plain(topic.text())).toList();
    List<float[]> queryVectors = EmbeddingPool.embed(model, queries, config.threads());
    Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
    for (int i = 0; i < queries.size(); i++) {
      Topic topic = collection.topics().get(i);
      rankings.put(topic.id(), ranking.rank(queryVectors.get(i), config.depth()));
    }
    return new Run("semantic-" + label, rankings);
  }
}
