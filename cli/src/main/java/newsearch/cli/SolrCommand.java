package newsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsearch solr ...}: the SolrCloud backend's own commands. */
@Command(
    name = "solr",
    description = "Run newsearch on SolrCloud: a dev cluster, the configset, collections.",
    subcommands = {
      SolrDevClusterCommand.class,
      SolrConfigsetCommand.class,
      SolrCreateCommand.class,
      CommandLine.HelpCommand.class
    })
final class SolrCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a solr subcommand");
  }
}
