package newsearch.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.engine.HttpRetrieval;
import newsearch.relevance.engine.TopicText;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.RunFile;
import newsearch.relevance.io.TopicsFile;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.retrieval.RankedRetrieval;
import newsearch.relevance.retrieval.RunBuilder;
import newsearch.solr.SolrRanking;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch eval}: runs judged topics through the search core (or a running service) and
 * prints trec_eval-exact metrics, one a line.
 */
@Command(
    name = "eval",
    description = "Score the ranking against judged queries: nDCG@10, MAP, MRR, P@10, recall.")
final class EvalCommand implements Callable<Integer> {

  @Mixin JudgedTopicsOptions topics;

  @Mixin SearchConfigOption config;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Query a running service at this address instead of the index in-process.")
  URI url;

  @Option(
      names = "--backend",
      paramLabel = "local|solr",
      defaultValue = "local",
      description =
          "Rank with the local index (default) or with a SolrCloud collection, named by --solr-zk"
              + " or --solr-url and --collection.")
  String backend;

  @Mixin SolrOption solr;

  @Option(names = "--run", paramLabel = "OUT", description = "Also write the TREC run file here.")
  Path runFile;

  @Option(names = "--per-query", description = "Print every query's values before the means.")
  boolean perQuery;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Run run;
    if (backend.equals("solr")) {
      run = solrRun();
    } else if (!backend.equals("local")) {
      throw new ParameterException(
          spec.commandLine(), "--backend must be local or solr, got '" + backend + "'");
    } else {
      run =
          url == null
              ? topics.search().run(config.read(), "newsearch")
              : new RunBuilder(
                      TopicText.reading(new HttpRetrieval(url), topics.operators),
                      "newsearch",
                      topics.depth)
                  .build(TopicsFile.read(topics.queries));
    }
    if (runFile != null) {
      RunFile.write(run, runFile);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(Evaluation.of(QrelsFile.read(topics.qrels), run).format(perQuery));
    out.flush();
    return 0;
  }

  /** The judged topics ranked by the collection, with the ranking knobs of {@code --config}. */
  private Run solrRun() throws Exception {
    if (!solr.enabled()) {
      throw new ParameterException(
          spec.commandLine(), "--backend solr needs --solr-zk or --solr-url");
    }
    try (CloudSolrClient client = solr.connection().client()) {
      SolrRanking ranking = new SolrRanking(client, solr.collection, config.read().ranking());
      RankedRetrieval retrieval =
          (qid, text, depth) ->
              ranking.rank(text, depth).stream()
                  .map(hit -> new ScoredDoc(hit.id(), hit.score()))
                  .toList();
      return new RunBuilder(
              TopicText.reading(retrieval, topics.operators), "newsearch-solr", topics.depth)
          .build(TopicsFile.read(topics.queries));
    }
  }
}
