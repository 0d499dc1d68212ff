package newsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import newsearch.relevance.io.ArchiveArticles;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.related.RelatedArticlesBenchmark;
import newsearch.relevance.related.RelatedJudgments;
import newsearch.relevance.related.RelatedScores;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.Ranking;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch related-eval}: how many of the related articles of seed articles belong with
 * them (judged relevant to a query the seed is relevant to, or filed in its section), for each
 * ranking of related articles, through the same call as {@code GET /api/articles/{id}/related}.
 */
@Command(
    name = "related-eval",
    description =
        "Score the related articles of seed articles by each ranking: the share that were judged"
            + " relevant to one query with the seed (--qrels), or share its section (--input).")
final class RelatedEvalCommand implements Callable<Integer> {

  /** Seed of the significance test, fixed so that a run repeats exactly. */
  private static final long TEST_SEED = 42;

  @Mixin IndexOption index;

  @Mixin SearchConfigOption config;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Judged judged;

  /** Where the judgments come from: one of the two. */
  static final class Judged {
    @Option(
        names = "--qrels",
        paramLabel = "FILE",
        description = "TREC qrels: articles relevant to one query belong together.")
    Path qrels;

    @Option(
        names = "--input",
        arity = "1..*",
        paramLabel = "PATH",
        description = "Archive files of the index: articles of one section belong together.")
    List<Path> input;
  }

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Seed articles to draw (default: ${DEFAULT-VALUE}).")
  int count = RelatedArticlesBenchmark.DEFAULT_COUNT;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Related articles asked for each seed (default: ${DEFAULT-VALUE}).")
  int size = RelatedArticlesBenchmark.DEFAULT_SIZE;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (count < 1 || size < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--count and --size must be at least 1, got " + count + " and " + size);
    }
    PrintWriter out = spec.commandLine().getOut();
    RelatedJudgments judgments =
        judged.qrels != null
            ? RelatedJudgments.ofQrels(QrelsFile.read(judged.qrels))
            : RelatedJudgments.ofSections(ArchiveArticles.read(judged.input));
    try (NewsSearcher searcher =
        NewsSearcher.open(index.generations(), new NewsSchema(), config.read())) {
      Set<String> indexed = new HashSet<>();
      for (String id : judgments.groupsOf().keySet()) {
        if (searcher.article(id).isPresent()) {
          indexed.add(id);
        }
      }
      List<String> seeds = judgments.seeds(indexed, count, seed);
      out.printf(
          "related articles: %d seeds (seed %d) of %d judged articles in the index, top %d%n",
          seeds.size(), seed, indexed.size(), size);
      out.printf("%-9s %11s %11s %8s %8s%n", "ranking", "precision", "any_related", "ms", "p");
      out.printf("%-9s %11.4f%n", "chance", judgments.chance(seeds, indexed));
      RelatedArticlesBenchmark benchmark = new RelatedArticlesBenchmark(searcher, judgments, size);
      List<RelatedScores> scores = new ArrayList<>();
      for (Ranking ranking : Ranking.values()) {
        scores.add(benchmark.measure(seeds, ranking));
      }
      for (RelatedScores score : scores) {
        out.println(score.row(scores.get(0), TEST_SEED));
      }
    }
    out.flush();
    return 0;
  }
}
