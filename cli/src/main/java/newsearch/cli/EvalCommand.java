package newsearch.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.relevance.Run;
import newsearch.relevance.engine.HttpRetrieval;
import newsearch.relevance.engine.TopicText;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.RunFile;
import newsearch.relevance.io.TopicsFile;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.retrieval.RunBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--run", paramLabel = "OUT", description = "Also write the TREC run file here.")
  Path runFile;

  @Option(names = "--per-query", description = "Print every query's values before the means.")
  boolean perQuery;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Run run =
        url == null
            ? topics.search().run(config.read(), "newsearch")
            : new RunBuilder(
                    TopicText.reading(new HttpRetrieval(url), topics.operators),
                    "newsearch",
                    topics.depth)
                .build(TopicsFile.read(topics.queries));
    if (runFile != null) {
      RunFile.write(run, runFile);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(Evaluation.of(QrelsFile.read(topics.qrels), run).format(perQuery));
    out.flush();
    return 0;
  }
}
