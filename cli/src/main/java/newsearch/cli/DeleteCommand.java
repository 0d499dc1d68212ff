package newsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import newsearch.indexer.IndexStore;
import newsearch.indexer.UpdateReport;
import newsearch.solr.SolrLoadConfig;
import newsearch.solr.SolrUpdater;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch delete --id ID...}: removes articles from the served index. An id the index does
 * not have is named on standard error and the exit status is 1, the others being deleted all the
 * same: a script that deletes what is not there most likely holds a wrong id, and should hear it.
 */
@Command(name = "delete", description = "Remove articles by id from the served index.")
final class DeleteCommand implements Callable<Integer> {

  @Option(
      names = "--id",
      arity = "1..*",
      required = true,
      paramLabel = "ID",
      description = "Ids of the articles to remove.")
  List<String> ids;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    UpdateReport report;
    if (solr.enabled()) {
      try (CloudSolrClient client = solr.connection().client()) {
        report = new SolrUpdater(client, SolrLoadConfig.DEFAULTS).delete(ids, solr.collection);
      }
    } else {
      report = new IndexStore(index.generations()).delete(ids);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s: %d deleted%n", report.generation(), report.deleted());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    report.notFound().forEach(id -> err.println("newsearch delete: no article with id " + id));
    err.flush();
    return report.notFound().isEmpty() ? 0 : 1;
  }
}
