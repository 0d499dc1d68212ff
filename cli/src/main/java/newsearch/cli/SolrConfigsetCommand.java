package newsearch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.solr.SolrConfigset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsearch solr configset --out DIR}: writes the configset generated from the schema. */
@Command(
    name = "configset",
    description =
        "Write the Solr configset (schema, solrconfig, synonyms) generated from the schema.")
final class SolrConfigsetCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the configset into.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path dir = SolrConfigset.defaults().write(out);
    for (String file : SolrConfigset.FILES) {
      spec.commandLine().getOut().println("wrote " + dir.resolve(file));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
