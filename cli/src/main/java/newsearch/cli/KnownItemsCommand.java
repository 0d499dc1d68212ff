package newsearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsearch.relevance.knownitem.ArchiveTitles;
import newsearch.relevance.knownitem.KnownItem;
import newsearch.relevance.knownitem.KnownItemBenchmark;
import newsearch.relevance.knownitem.KnownItemGenerator;
import newsearch.relevance.knownitem.KnownItemScores;
import newsearch.relevance.knownitem.TitledArticle;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch known-items}: draws known-item queries from archive files with a seed, asks them
 * and their misspelt twins of an index of those files, and prints success@10 and MRR for each.
 */
@Command(
    name = "known-items",
    description =
        "Find articles by a few words of their titles, as typed and with one typo: success@10, MRR.")
final class KnownItemsCommand implements Callable<Integer> {

  @Mixin InputsOption inputs;

  @Mixin IndexOption index;

  @Mixin SearchConfigOption config;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
  long seed = KnownItemGenerator.DEFAULT_SEED;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Articles to draw (default: ${DEFAULT-VALUE}).")
  int count = KnownItemGenerator.DEFAULT_COUNT;

  @Option(names = "--misses", description = "Also list every query whose article was not found.")
  boolean misses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (NewsSearcher searcher =
        NewsSearcher.open(index.generations(), new NewsSchema(), config.read())) {
      List<TitledArticle> indexed = new ArrayList<>();
      for (TitledArticle article : ArchiveTitles.read(inputs.paths)) {
        if (searcher.article(article.id()).isPresent()) {
          indexed.add(article);
        }
      }
      List<KnownItem> items = new KnownItemGenerator(seed).generate(indexed, count);
      KnownItemBenchmark benchmark = new KnownItemBenchmark(searcher);
      List<Integer> clean = benchmark.ranks(items, false);
      List<Integer> misspelt = benchmark.ranks(items, true);
      out.printf(
          "known items: seed %d, %d of %d titled articles%n", seed, items.size(), indexed.size());
      out.printf("%-9s %7s %10s %6s%n", "queries", "n", "success@10", "MRR");
      out.println(KnownItemScores.of(clean).row("clean"));
      out.println(KnownItemScores.of(misspelt).row("misspelt"));
      if (misses) {
        printMisses(out, items, clean, misspelt);
      }
    }
    out.flush();
    return 0;
  }

  private static void printMisses(
      PrintWriter out, List<KnownItem> items, List<Integer> clean, List<Integer> misspelt) {
    for (int i = 0; i < items.size(); i++) {
      KnownItem item = items.get(i);
      if (clean.get(i) == 0) {
        out.printf("miss clean    %s [%s] %s%n", item.query(), item.id(), item.title());
      }
      if (misspelt.get(i) == 0) {
        out.printf("miss misspelt %s [%s] %s%n", item.misspelt(), item.id(), item.title());
      }
    }
  }
}
