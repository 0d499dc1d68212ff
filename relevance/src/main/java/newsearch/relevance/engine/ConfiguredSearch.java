package newsearch.relevance.engine;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import newsearch.indexer.IndexGenerations;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.Topic;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.retrieval.RunBuilder;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;

/**
 * Evaluates search configurations over one index and one set of judged topics: each configuration
 * opens its own searcher (BM25's k1 and b are fixed per searcher), runs every topic to the given
 * depth, and scores the run.
 */
public final class ConfiguredSearch {

  private final IndexGenerations index;
  private final List<Topic> topics;
  private final Qrels qrels;
  private final int depth;
  private final boolean operators;

  /**
   * @param index the index to search
   * @param topics the queries
   * @param qrels their judgments
   * @param depth results per topic, such as 1000
   * @param operators whether topics use the search syntax
   */
  public ConfiguredSearch(
      IndexGenerations index, List<Topic> topics, Qrels qrels, int depth, boolean operators) {
    this.index = index;
    this.topics = List.copyOf(topics);
    this.qrels = qrels;
    this.depth = depth;
    this.operators = operators;
  }

  /** The run of every topic under {@code config}, tagged {@code tag}. */
  public Run run(SearchConfig config, String tag) throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(index, new NewsSchema(), config)) {
      return new RunBuilder(TopicText.reading(new CoreRetrieval(searcher), operators), tag, depth)
          .build(topics);
    }
  }

  /** The evaluation of {@code config}. */
  public Evaluation evaluate(SearchConfig config, String tag) throws IOException {
    return Evaluation.of(qrels, run(config, tag));
  }

  /** {@code base} with the knobs named in {@code knobs} (snake_case setting names) replaced. */
  public static SearchConfig withKnobs(SearchConfig base, Map<String, Double> knobs) {
    JsonObject changes = new JsonObject();
    knobs.forEach(changes::addProperty);
    return SearchConfigFile.merge(base, changes);
  }
}
