package newsearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import newsearch.indexer.IndexStore;
import newsearch.indexer.UpdateReport;
import newsearch.solr.SolrLoadConfig;
import newsearch.solr.SolrUpdater;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsearch index --input PATH...}: adds or replaces articles in the served index. */
@Command(
    name = "index",
    description =
        "Add or replace articles (by id) in the served index; a running service shows them within a second.")
final class IndexCommand implements Callable<Integer> {

  @Mixin InputsOption inputs;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    UpdateReport report;
    if (solr.enabled()) {
      try (CloudSolrClient client = solr.connection().client()) {
        report =
            new SolrUpdater(client, SolrLoadConfig.DEFAULTS).update(inputs.paths, solr.collection);
      }
    } else {
      report = new IndexStore(index.generations()).update(inputs.paths);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: %d added, %d replaced, %d rejected%n",
        report.generation(), report.added(), report.replaced(), report.rejected().size());
    ReportLines.print(out, report.rejected(), report.warnings());
    return report.added() + report.replaced() > 0 || report.rejected().isEmpty() ? 0 : 1;
  }
}
