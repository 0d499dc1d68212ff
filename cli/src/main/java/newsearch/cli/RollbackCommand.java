package newsearch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsearch rollback}: serves the previous index generation again. */
@Command(
    name = "rollback",
    description = "Serve the previous index generation again and discard the current one.")
final class RollbackCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path now = index.generations().rollback();
    spec.commandLine().getOut().println("now serving " + now.getFileName());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
