package newsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.indexer.IndexStore;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.NothingIndexedException;
import newsearch.indexer.ReindexReport;
import newsearch.solr.SolrCollections;
import newsearch.solr.SolrConfigset;
import newsearch.solr.SolrLoadConfig;
import newsearch.solr.SolrLoader;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch reindex --input PATH...}: builds a complete new index generation and publishes
 * it, then prints the report, which {@link IndexStore} has saved next to the index. With {@code
 * --solr-zk} or {@code --solr-url} it builds a new SolrCloud collection instead and switches the
 * alias {@code --collection} to it once it is complete and verified.
 */
@Command(
    name = "reindex",
    description = "Build a complete new index from files and folders (.txt pages, .jsonl).")
final class ReindexCommand implements Callable<Integer> {

  /** The name the generated configset is uploaded as. */
  static final String CONFIGSET = "newsearch";

  @Mixin InputsOption inputs;

  @Mixin IndexOption index;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--keep",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Published generations to keep for rollback, the new one included (default: ${DEFAULT-VALUE}).")
  int keep;

  @Option(
      names = "--segments",
      paramLabel = "N",
      description =
          "Segments of about equal size to merge the new index into before it is published, one"
              + " slice of a search each (default: one per core; 0 leaves them as writing left"
              + " them).")
  Integer segments;

  @Mixin SolrOption solr;

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "1",
      description = "With --solr-zk: shards of the new collection (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "M",
      defaultValue = "1",
      description = "With --solr-zk: replicas of each shard (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(
      names = "--no-vectors",
      description =
          "Build without the sentence vectors of semantic and hybrid ranking: faster; a later"
              + " reindex without this flag adds them.")
  boolean noVectors;

  @Spec CommandSpec spec;

  @ParentCommand Newsearch parent;

  @Override
  public Integer call() throws Exception {
    if (solr.enabled()) {
      return reindexSolr();
    }
    if (segments != null && segments < 0) {
      throw new ParameterException(
          spec.commandLine(), "--segments must be 0 or more, got " + segments);
    }
    IndexerConfig config =
        (threads == null ? IndexerConfig.DEFAULTS : IndexerConfig.DEFAULTS.withThreads(threads))
            .withKeepGenerations(keep)
            .withVectors(!noVectors);
    if (segments != null) {
      config = config.withSegments(segments);
    }
    IndexStore store = new IndexStore(index.generations(), config);
    ReindexReport report;
    try (ProgressDisplay display =
        new ProgressDisplay(spec.commandLine().getErr(), parent.statusLine())) {
      report = store.reindex(inputs.paths, display);
    } catch (NothingIndexedException e) {
      spec.commandLine().getErr().println("newsearch reindex: " + e.getMessage());
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.summary());
    out.println("report: " + store.root().resolve(IndexStore.REPORT_FILE));
    ReportLines.print(out, report.rejected(), report.warnings());
    return 0;
  }

  /**
   * Builds a new collection, verifies it and switches the alias; the configset is uploaded first.
   */
  private Integer reindexSolr() throws Exception {
    Path conf = Files.createTempDirectory("newsearch-configset");
    ReindexReport report;
    try (CloudSolrClient client = solr.connection().client()) {
      new SolrCollections(client).uploadConfigset(CONFIGSET, SolrConfigset.defaults().write(conf));
      SolrLoadConfig config = SolrLoadConfig.DEFAULTS.withLayout(shards, replicas);
      report = new SolrLoader(client, config).reindex(inputs.paths, solr.collection, CONFIGSET);
    } catch (NothingIndexedException e) {
      spec.commandLine().getErr().println("newsearch reindex: " + e.getMessage());
      return 1;
    } finally {
      for (String file : SolrConfigset.FILES) {
        Files.deleteIfExists(conf.resolve(file));
      }
      Files.deleteIfExists(conf);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.summary());
    out.println("alias " + solr.collection + " now points at " + report.generation());
    ReportLines.print(out, report.rejected(), report.warnings());
    return 0;
  }
}
