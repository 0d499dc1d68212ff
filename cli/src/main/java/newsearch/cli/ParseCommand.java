package newsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.CollectingSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.schema.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsearch parse FILE...}: shows what the indexer would store for each file. */
@Command(
    name = "parse",
    description =
        "Print what the indexer would store for each file, as JSON (one object per article).")
final class ParseCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Article pages (.txt) or JSON Lines (.jsonl).")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleFileReader reader = new ArticleFileReader();
    List<Rejection> rejections = new ArrayList<>();
    List<InputWarning> warnings = new ArrayList<>();
    int articles = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        rejections.add(
            Files.exists(file)
                ? new Rejection(file, 0, Rejection.Reason.UNREADABLE, "not a readable file")
                : new Rejection(file, 0, Rejection.Reason.NO_SUCH_FILE, "no such file"));
        continue;
      }
      CollectingSink parsed = new CollectingSink();
      reader.readOrReject(file, parsed, bytes -> {});
      rejections.addAll(parsed.rejections());
      warnings.addAll(parsed.warnings());
      for (Article article : parsed.articles()) {
        out.println(Json.PRETTY.toJson(article));
      }
      articles += parsed.articles().size();
    }
    out.flush();
    rejections.forEach(r -> err.println("newsearch parse: " + r));
    warnings.forEach(w -> err.println("newsearch parse: warning: " + w));
    return rejections.isEmpty() || articles > 0 && rejections.stream().allMatch(r -> r.line() > 0)
        ? 0
        : 1;
  }
}
