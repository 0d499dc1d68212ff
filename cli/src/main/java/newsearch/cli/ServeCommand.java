package newsearch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexerConfig;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import newsearch.server.SearchServer;
import newsearch.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch serve}: serves the index over HTTP, first building it from the bundled sample
 * when the index directory holds none.
 */
@Command(name = "serve", description = "Serve the search API and page over HTTP.")
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "${env:NEWSEARCH_PORT:-8080}",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "${env:NEWSEARCH_HOST:-0.0.0.0}",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Mixin IndexOption index;

  @Option(
      names = "--sample",
      paramLabel = "DIR",
      defaultValue = "${env:NEWSEARCH_HOME:-.}/index-data/articles",
      description = "Articles to index when the index is empty (default: ${DEFAULT-VALUE}).")
  Path sample;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Ranking and limits as JSON; unnamed settings keep their defaults.")
  Path config;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchConfig searchConfig =
        config == null ? SearchConfig.DEFAULTS : SearchConfigFile.read(config);
    IndexGenerations generations = index.generations();
    if (generations.current().isEmpty()) {
      spec.commandLine()
          .getOut()
          .println("no index at " + generations.root() + ": indexing " + sample);
      spec.commandLine()
          .getOut()
          .println(
              ReindexCommand.summary(
                  ReindexCommand.reindex(List.of(sample), generations, IndexerConfig.DEFAULTS)));
    }
    ServerConfig serverConfig = new ServerConfig(host, port, ServerConfig.DEFAULTS.refreshMillis());
    try (NewsSearcher searcher = NewsSearcher.open(generations, new NewsSchema(), searchConfig);
        SearchServer server = SearchServer.start(searcher, serverConfig)) {
      spec.commandLine()
          .getOut()
          .printf(
              "newsearch is serving %s at http://localhost:%d/%n",
              generations.root(), server.port());
      spec.commandLine().getOut().flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    stopped.countDown();
                  }));
      stopped.await();
    }
    return 0;
  }
}
