package newsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.extraction.ExtractionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch extraction-report --set DIR}: how many of the fields expected of a set of pages
 * the readers get right.
 */
@Command(
    name = "extraction-report",
    description =
        "Read every page of an extraction set (pages with a .expected file beside them) and print"
            + " the share of expected fields read right, per field and overall, then every miss.")
final class ExtractionReportCommand implements Callable<Integer> {

  @Option(
      names = "--set",
      required = true,
      paramLabel = "DIR",
      description = "Folder of pages, each with NAME.expected beside it.")
  Path set;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(set)) {
      throw new ParameterException(spec.commandLine(), "--set: no such folder: " + set);
    }
    PrintWriter out = spec.commandLine().getOut();
    ExtractionReport.of(set).lines().forEach(out::println);
    out.flush();
    return 0;
  }
}
