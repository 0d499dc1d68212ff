package newsearch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.indexer.IndexStore;
import newsearch.solr.SolrLoadConfig;
import newsearch.solr.SolrLoader;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch rollback [--to GEN]}: serves the previous index generation again, or a named
 * one. Either is checked first (it opens, has this schema version, and its files pass their
 * checksums); a generation that fails is refused and nothing changes.
 */
@Command(
    name = "rollback",
    description = {
      "Serve the previous index generation again and discard the current one.",
      "With --to, serve the named generation and discard nothing: the way back when CURRENT is"
          + " lost or damaged."
    })
final class RollbackCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Option(
      names = "--to",
      paramLabel = "GEN",
      description = "Generation to serve, such as gen-000004 (default: the previous one).")
  String to;

  @Mixin SolrOption solr;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (solr.enabled()) {
      try (CloudSolrClient client = solr.connection().client()) {
        String previous = new SolrLoader(client, SolrLoadConfig.DEFAULTS).rollback(solr.collection);
        spec.commandLine()
            .getOut()
            .println("alias " + solr.collection + " now points at " + previous);
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
    IndexStore store = new IndexStore(index.generations());
    Path now = to == null ? store.rollback() : store.rollbackTo(to);
    spec.commandLine().getOut().println("now serving " + now.getFileName());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
