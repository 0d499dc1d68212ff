package newsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsearch.bench.alert.AlertMatchingBenchmark;
import newsearch.bench.corpus.BenchQuery;
import newsearch.bench.corpus.CorpusGenerator;
import newsearch.bench.corpus.QueryKind;
import newsearch.bench.corpus.QueryMixFile;
import newsearch.bench.corpus.QueryMixGenerator;
import newsearch.bench.indexing.IndexRunResult;
import newsearch.bench.indexing.IndexingBenchmark;
import newsearch.bench.query.BackendComparison;
import newsearch.bench.query.FixedCostQueries;
import newsearch.bench.report.ResultFileException;
import newsearch.bench.report.ResultsReport;
import newsearch.bench.report.ScalePage;
import newsearch.bench.vector.CandidateModel;
import newsearch.bench.vector.JudgedCollection;
import newsearch.bench.vector.ModelComparison;
import newsearch.bench.vector.ModelComparisonConfig;
import newsearch.bench.vector.ModelComparisonReport;
import newsearch.bench.vector.RankingLatency;
import newsearch.bench.vector.StandInVectors;
import newsearch.relevance.Run;
import newsearch.relevance.io.MalformedLineException;
import newsearch.relevance.io.RunFile;
import newsearch.schema.Json;
import newsearch.search.Ranking;
import newsearch.solr.DevClusterConfig;
import org.apache.solr.client.solrj.SolrServerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The benchmark tools behind {@code bench/run.sh}: {@code generate} a corpus, draw its {@code
 * queries}, time one {@code index} run, compare the embedding {@code models}, and write the {@code
 * report}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      BenchCli.Generate.class,
      BenchCli.Queries.class,
      BenchCli.QueriesFrom.class,
      BenchCli.FixedQueries.class,
      BenchCli.Index.class,
      BenchCli.Alerts.class,
      BenchCli.Backends.class,
      BenchCli.StandIn.class,
      BenchCli.Latency.class,
      BenchCli.Models.class,
      BenchCli.Report.class,
      BenchCli.Scale.class
    },
    description = "newsearch benchmark tools (see bench/run.sh).")
public final class BenchCli {

  private BenchCli() {}

  /** Runs one subcommand and exits with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCli()).execute(args));
  }

  /** {@code generate --size N --seed S --out FILE}. */
  @Command(name = "generate", description = "Write a seeded news corpus as JSON Lines.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--size", required = true, description = "Articles to write.")
    long size;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: 42).")
    long seed;

    @Option(names = "--out", required = true, description = "The .jsonl file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
      long start = System.nanoTime();
      long bytes = new CorpusGenerator(seed).write(size, out);
      System.out.printf(
          Locale.ROOT,
          "wrote %,d articles (%,.1f MB) to %s in %.1f s%n",
          size,
          bytes / 1e6,
          out,
          (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  /** {@code standin-vectors --corpus FILE --index DIR}. */
  @Command(
      name = "standin-vectors",
      description =
          "Write stand-in vectors (no model, no meaning) of a corpus as the embedding cache of an"
              + " index folder, so that a reindex into it builds a vector index of the real size.")
  static final class StandIn implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "The corpus (.jsonl).")
    Path corpus;

    @Option(names = "--index", required = true, description = "The index folder to reindex into.")
    Path index;

    @Override
    public Integer call() throws IOException {
      long start = System.nanoTime();
      long n = StandInVectors.writeCache(corpus, index);
      System.out.printf(
          Locale.ROOT,
          "wrote %,d stand-in vectors to %s in %.1f s%n",
          n,
          index,
          (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  /** {@code latency --index DIR --queries FILE --ranking R [--count N]}. */
  @Command(name = "latency", description = "Time first pages of the plain queries, one ranking.")
  static final class Latency implements Callable<Integer> {
    @Option(names = "--index", required = true, description = "The index folder.")
    Path index;

    @Option(names = "--queries", required = true, description = "plain.tsv of the query mix.")
    Path queries;

    @Option(names = "--ranking", required = true, description = "lexical, semantic or hybrid.")
    String ranking;

    @Option(names = "--count", defaultValue = "300", description = "Queries (default: 300).")
    int count;

    @Override
    public Integer call() throws IOException {
      System.out.println(RankingLatency.measure(index, queries, Ranking.parse(ranking), count));
      return 0;
    }
  }

  /**
   * {@code models --articles FILE --queries FILE --qrels FILE --lexical-run FILE [--out FILE.md]}.
   */
  @Command(
      name = "models",
      description =
          "Compare the sentence-embedding models on a judged collection: exact-cosine and fused"
              + " rankings scored as eval scores them, paired tests, size, load time and speed;"
              + " write Markdown.")
  static final class Models implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", required = true, description = "The articles (.jsonl).")
    Path articles;

    @Option(names = "--queries", required = true, description = "The topics (queries.tsv).")
    Path queries;

    @Option(names = "--qrels", required = true, description = "The judgments (TREC qrels).")
    Path qrels;

    @Option(
        names = "--lexical-run",
        required = true,
        description = "The words' run to fuse with (TREC run, from eval --run).")
    Path lexicalRun;

    @Option(names = "--name", description = "The collection's name (default: the folder's).")
    String name;

    @Option(
        names = "--models",
        split = ",",
        description =
            "Models to compare, first the reference: ${COMPLETION-CANDIDATES}"
                + " (default: all, in that order).")
    List<CandidateModel> models = List.of(CandidateModel.values());

    @Option(
        names = "--warm-up",
        description = "Texts embedded before timing (default: ${DEFAULT-VALUE}).")
    int warmUp = ModelComparisonConfig.DEFAULT_WARM_UP_TEXTS;

    @Option(
        names = "--speed-texts",
        description = "Texts of each timed pass (default: ${DEFAULT-VALUE}).")
    int speedTexts = ModelComparisonConfig.DEFAULT_SPEED_TEXTS;

    @Option(
        names = "--threads",
        description = "The pool timed besides one thread (default: ${DEFAULT-VALUE}).")
    int threads = ModelComparisonConfig.DEFAULT_THREADS;

    @Option(names = "--out", description = "Also write the Markdown to this file.")
    Path out;

    @Override
    public Integer call() throws IOException {
      for (Path file : List.of(articles, queries, qrels, lexicalRun)) {
        if (!Files.isRegularFile(file)) {
          throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
      }
      ModelComparisonConfig config;
      try {
        config =
            new ModelComparisonConfig(
                ModelComparisonConfig.DEFAULT_DEPTH,
                ModelComparisonConfig.DEFAULT_RRF_K,
                warmUp,
                speedTexts,
                threads);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      Path folder = articles.toAbsolutePath().getParent();
      JudgedCollection collection;
      Run lexical;
      try {
        collection =
            JudgedCollection.read(
                name != null ? name : String.valueOf(folder.getFileName()),
                articles,
                queries,
                qrels);
        lexical = RunFile.read(lexicalRun);
      } catch (MalformedLineException e) {
        spec.commandLine().getErr().println("bench models: " + e.getMessage());
        return 1;
      }
      ModelComparisonReport report = new ModelComparison(config).run(collection, lexical, models);
      String markdown = report.markdown();
      System.out.print(markdown);
      if (out != null) {
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
      }
      return 0;
    }
  }

  /** {@code queries --corpus FILE --count N --seed S --out DIR}. */
  @Command(name = "queries", description = "Draw the query mix from a corpus.")
  static final class Queries implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "The corpus (.jsonl).")
    Path corpus;

    @Option(names = "--count", defaultValue = "1000", description = "Queries (default: 1000).")
    int count;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default: 7).")
    long seed;

    @Option(names = "--out", required = true, description = "Folder for the query files.")
    Path out;

    @Override
    public Integer call() throws IOException {
      List<BenchQuery> queries = new QueryMixGenerator(seed).generate(corpus, count);
      QueryMixFile.write(queries, out);
      System.out.printf(Locale.ROOT, "wrote %d queries to %s%n", queries.size(), out);
      return 0;
    }
  }

  /** {@code queries-from --text FILE --out DIR}. */
  @Command(
      name = "queries-from",
      description =
          "Write the query files of a text file of queries (one a line, all plain words), as"
              + " `queries` writes those of the mix.")
  static final class QueriesFrom implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--text", required = true, description = "Queries, one a line.")
    Path text;

    @Option(names = "--out", required = true, description = "Folder for the query files.")
    Path out;

    @Override
    public Integer call() throws IOException {
      List<String> lines =
          Files.readAllLines(text, StandardCharsets.UTF_8).stream()
              .filter(line -> !line.isBlank())
              .toList();
      if (lines.isEmpty()) {
        throw new ParameterException(spec.commandLine(), text + " holds no queries");
      }
      List<BenchQuery> queries = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        queries.add(
            new BenchQuery(
                String.format(Locale.ROOT, "q%04d", i + 1), QueryKind.WORDS, "", lines.get(i)));
      }
      QueryMixFile.write(queries, out);
      System.out.printf(Locale.ROOT, "wrote %d queries to %s%n", queries.size(), out);
      return 0;
    }
  }

  /** {@code fixed-queries --index DIR --out DIR [--count N]}. */
  @Command(
      name = "fixed-queries",
      description =
          "Write search paths that match no article and paths that match exactly one, checked"
              + " on the index.")
  static final class FixedQueries implements Callable<Integer> {
    @Option(names = "--index", required = true, description = "The index folder.")
    Path index;

    @Option(names = "--out", required = true, description = "Folder for the path files.")
    Path out;

    @Option(
        names = "--count",
        defaultValue = "" + FixedCostQueries.DEFAULT_COUNT,
        description = "Paths of each kind (default: ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() throws IOException {
      FixedCostQueries.Written written = FixedCostQueries.write(index, out, count);
      System.out.printf(
          Locale.ROOT,
          "wrote %d no-match and %d one-hit paths to %s%n",
          written.noMatch(),
          written.oneHit(),
          out);
      return written.noMatch() > 0 && written.oneHit() > 0 ? 0 : 1;
    }
  }

  /** {@code index --engine E --input FILE --dir DIR [--threads N] [--ram-mb M] --out FILE}. */
  @Command(name = "index", description = "Time one indexing run; write its result as JSON.")
  static final class Index implements Callable<Integer> {
    @Option(names = "--engine", required = true, description = "NEWSEARCH, PLAIN or PLAIN_MINIMAL.")
    IndexingBenchmark.Engine engine;

    @Option(names = "--input", required = true, description = "The corpus (.jsonl).")
    Path input;

    @Option(names = "--dir", required = true, description = "Index folder (emptied first).")
    Path dir;

    @Option(
        names = "--threads",
        defaultValue = "2",
        description = "Indexing threads (default: 2, one per core here).")
    int threads;

    @Option(names = "--ram-mb", defaultValue = "256", description = "RAM buffer (default: 256).")
    int ramMb;

    @Option(names = "--out", required = true, description = "Where to write the result.")
    Path out;

    @Override
    public Integer call() throws IOException {
      IndexRunResult result = IndexingBenchmark.run(engine, input, dir, threads, ramMb);
      String json = Json.PRETTY.toJson(result);
      Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
      System.out.println(json);
      return 0;
    }
  }

  /**
   * {@code alerts --corpus FILE [--searches N] [--articles N] [--all-words] --work DIR --out FILE}.
   */
  @Command(
      name = "alerts",
      description = "Time matching new articles against many saved searches; write Markdown.")
  static final class Alerts implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "The corpus (.jsonl).")
    Path corpus;

    @Option(
        names = "--searches",
        defaultValue = "10000",
        description = "Saved searches from the query mix (default: 10000).")
    int searches;

    @Option(
        names = "--articles",
        defaultValue = "5000",
        description = "New articles to match (default: 5000).")
    int articles;

    @Option(
        names = "--all-words",
        description = "Require every word of a saved search (min_should_match all), not any.")
    boolean allWords;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default: 7).")
    long seed;

    @Option(names = "--work", required = true, description = "Folder for the index (new).")
    Path work;

    @Option(names = "--out", required = true, description = "The Markdown file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
      String results =
          new AlertMatchingBenchmark().run(corpus, searches, articles, allWords, seed, work);
      Files.writeString(out, results, StandardCharsets.UTF_8);
      return 0;
    }
  }

  /** {@code backends --backend solr --corpus FILE --queries FILE --work DIR --out FILE}. */
  @Command(
      name = "backends",
      description =
          "Rank the same plain queries on the local index and on a one-node Solr collection;"
              + " write Markdown.")
  static final class Backends implements Callable<Integer> {
    /** The backends measured beside the local one. */
    enum Backend {
      solr
    }

    @Option(
        names = "--backend",
        defaultValue = "solr",
        description = "The backend beside the local one: ${COMPLETION-CANDIDATES}.")
    Backend backend;

    @Option(names = "--corpus", required = true, description = "The corpus (.jsonl).")
    Path corpus;

    @Option(names = "--queries", required = true, description = "The plain queries (plain.tsv).")
    Path queries;

    @Option(
        names = "--limit",
        defaultValue = "1000",
        description = "The first N queries only (default: 1000).")
    int limit;

    @Option(
        names = "--cluster-target",
        description = "The built solr-cluster/target folder (default: under NEWSEARCH_HOME or .).")
    Path clusterTarget;

    @Option(names = "--work", required = true, description = "Folder for the indexes (new).")
    Path work;

    @Option(names = "--out", required = true, description = "The Markdown file to write.")
    Path out;

    @Override
    public Integer call() throws IOException, SolrServerException {
      List<BenchQuery> plain = QueryMixFile.read(queries);
      List<BenchQuery> measured = plain.subList(0, Math.min(limit, plain.size()));
      Path target =
          clusterTarget != null
              ? clusterTarget
              : DevClusterConfig.of(1, work, System.getenv()).clusterTarget();
      BackendComparison.Result result = new BackendComparison().run(corpus, measured, work, target);
      String markdown = result.markdown();
      Files.writeString(out, markdown, StandardCharsets.UTF_8);
      System.out.print(markdown);
      return 0;
    }
  }

  /** {@code report --work DIR --out FILE}. */
  @Command(name = "report", description = "Write RESULTS.md from a run's result files.")
  static final class Report implements Callable<Integer> {
    @Option(names = "--work", required = true, description = "The run's results folder.")
    Path work;

    @Option(names = "--out", required = true, description = "The Markdown file to write.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      String markdown;
      try {
        markdown = new ResultsReport(work).markdown();
      } catch (ResultFileException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
      Files.writeString(out, markdown, StandardCharsets.UTF_8);
      System.out.println("wrote " + out);
      return 0;
    }
  }

  /** {@code scale --runs DIR[,DIR...] --out FILE.md --svg FILE.svg [--notes FILE.md]}. */
  @Command(
      name = "scale",
      description = "Write the scale page and its chart from runs at several corpus sizes.")
  static final class Scale implements Callable<Integer> {
    @Option(
        names = "--runs",
        required = true,
        split = ",",
        description = "The runs' results folders, one per corpus size.")
    List<Path> runs;

    @Option(names = "--out", required = true, description = "The Markdown file to write.")
    Path out;

    @Option(names = "--svg", required = true, description = "The SVG chart to write.")
    Path svg;

    @Option(
        names = "--notes",
        description = "Markdown appended verbatim: the reasons behind each curve.")
    Path notes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      for (Path run : runs) {
        if (!Files.isDirectory(run)) {
          throw new ParameterException(spec.commandLine(), "no results folder: " + run);
        }
      }
      if (notes != null && !Files.isRegularFile(notes)) {
        throw new ParameterException(spec.commandLine(), "no notes file: " + notes);
      }
      Optional<String> text =
          notes == null ? Optional.empty() : Optional.of(Files.readString(notes));
      // The page links the chart relative to itself, so the two can move together.
      Path parent = out.toAbsolutePath().getParent();
      String link = parent.relativize(svg.toAbsolutePath()).toString();
      String markdown;
      String chart;
      try {
        ScalePage page = new ScalePage(runs);
        markdown = page.markdown(link, text);
        chart = page.svg();
      } catch (ResultFileException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.createDirectories(svg.toAbsolutePath().getParent());
      Files.writeString(out, markdown, StandardCharsets.UTF_8);
      Files.writeString(svg, chart, StandardCharsets.UTF_8);
      System.out.println("wrote " + out + " and " + svg);
      return 0;
    }
  }
}
