package newsearch.bench.report;

import static newsearch.bench.report.ResultFiles.number;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code RESULTS.md} from the result files of one suite run: the machine, every target
 * marked met or not met, the measurements behind them, and the exact commands.
 */
public final class ResultsReport {

  static final String META = "meta.json";
  static final String MACHINE = "machine.txt";
  static final String COMMANDS = "commands.txt";
  static final String NOTES = "notes.md";

  /** The Solr comparison of {@code run.sh --backend solr}, when it ran. */
  static final String BACKENDS_SOLR = "backends-solr.md";

  static final String CRASH = "crash.json";
  static final String LOAD = "load.txt";
  static final String INDEX_ROUNDS = "index-rounds.txt";

  /** Profile views that the suite writes, and what each recorded. */
  static final List<Map.Entry<String, String>> PROFILES =
      List.of(
          Map.entry("profile-serve.txt", "Service under the mix at 4 clients: hot methods"),
          Map.entry(
              "profile-serve-alloc.txt", "Service under the mix at 4 clients: allocation by class"),
          Map.entry("profile-index-newsearch.txt", "Indexing, newsearch reindex job: hot methods"),
          Map.entry("profile-index-plain.txt", "Indexing, plain IndexWriter loop: hot methods"));

  private static final int PROFILE_LINES = 30;

  /** The service's JFR recording under the mix, which {@link ServiceProfile} breaks down. */
  static final String SERVICE_RECORDING = "serve-mix.jfr";

  private final ResultFiles files;
  private final IndexingResults indexing;
  private final QueryResults queries;
  private final PeerResults peers;

  /** A report over the result files in {@code dir}. */
  public ResultsReport(Path dir) {
    this.files = new ResultFiles(dir);
    this.indexing = new IndexingResults(files);
    this.queries = new QueryResults(files);
    this.peers = new PeerResults(files);
  }

  /** The whole report as Markdown. */
  public String markdown() {
    JsonObject meta = files.object(META).orElseGet(JsonObject::new);
    double oursOneClientQps =
        queries.wrk(QueryResults.WRK_PLAIN_ONE).map(w -> number(w, "qps")).orElse(Double.NaN);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "# newsearch benchmark results: %s generated articles%n%n"
                + "Written by `bench/run.sh` on %s (corpus seed %s, %s queries in the mix; corpus"
                + " %s MB of JSON Lines). Every JVM (indexing, JMH forks, the service) ran with"
                + " `--add-modules jdk.incubator.vector`, so Lucene decodes postings with SIMD on"
                + " MMapDirectory.%n%n",
            Numbers.f0(number(meta, "size")),
            ResultFiles.string(meta, "date"),
            ResultFiles.string(meta, "seed"),
            Numbers.f0(number(meta, "queries")),
            Numbers.f0(number(meta, "corpus_bytes") / 1e6)));
    out.append("## Targets\n\n").append(targets(oursOneClientQps)).append('\n');
    section(
        out,
        "Indexing",
        String.format(
                Locale.ROOT,
                "Each engine's fastest of %s round(s), the engines taking turns; the one-thread run"
                    + " is a single round.%n%n",
                files.text(INDEX_ROUNDS).orElse("1").strip())
            + indexing.markdown());
    section(out, "Queries in-process (JMH)", queries.jmhMarkdown());
    section(out, "Queries over HTTP (wrk, loopback)", queries.httpMarkdown());
    section(out, "Service start-up and memory", queries.serveMarkdown());
    section(out, "Against plain Lucene", LuceneComparison.markdown(files));
    section(out, "Peer engines", peers.peersMarkdown(indexing.oursRate(), oursOneClientQps));
    section(out, "Index size and build time per article", IndexFootprint.markdown(files, peers));
    section(out, "Relevance on judged collections", peers.relevanceMarkdown());
    files
        .text(BACKENDS_SOLR)
        .ifPresent(
            solr ->
                section(
                    out,
                    "Local and Solr side by side (plain queries, top ten, one thread)",
                    solr
                        + "\n"
                        + "One Solr node on the same two cores as the client: the cost of the Solr"
                        + " path, not a cluster's throughput (see `bench/RESULTS-solr.md`).\n"));
    section(out, "Crash safety (kill -9)", crash());
    section(out, "Profiles (JFR)", profiles());
    files.text(NOTES).ifPresent(notes -> section(out, "Notes", notes));
    section(out, "Method", Method.TEXT);
    files.text(MACHINE).ifPresent(m -> section(out, "Machine", "```\n" + m.strip() + "\n```\n"));
    files
        .text(LOAD)
        .ifPresent(
            load ->
                section(
                    out,
                    "Load average at each step (2 cores, shared with other users)",
                    "```\n" + load.strip() + "\n```\n"));
    files.text(COMMANDS).ifPresent(c -> section(out, "Commands", "```\n" + c.strip() + "\n```\n"));
    return out.toString();
  }

  private String targets(double oursOneClientQps) {
    List<Target> all = new ArrayList<>();
    all.add(indexing.target());
    all.addAll(queries.targets());
    all.addAll(new SpeedTargets(files, queries, peers).targets());
    all.addAll(peers.targets(indexing.oursRate(), indexing.oursOneThreadRate(), oursOneClientQps));
    all.add(crashTarget());
    MarkdownTable table = new MarkdownTable("target", "measured", "verdict");
    all.forEach(t -> table.row(t.goal(), t.measured(), t.verdict()));
    return table.toString();
  }

  private Target crashTarget() {
    Optional<JsonObject> crash = files.object(CRASH);
    return new Target(
        "kill -9 crash test (CrashSafetyIT) passes with 20 trials",
        crash
            .map(
                c ->
                    String.format(
                        Locale.ROOT,
                        "%s trials, %s in %s s",
                        Numbers.f0(number(c, "trials")),
                        ResultFiles.string(c, "result"),
                        Numbers.f0(number(c, "seconds"))))
            .orElse("not run"),
        crash.map(c -> ResultFiles.string(c, "result").equals("passed")).orElse(null));
  }

  private String crash() {
    return files
        .object(CRASH)
        .map(
            c ->
                String.format(
                    Locale.ROOT,
                    "`CrashSafetyIT` with `-Dnewsearch.crash.trials=%s`: **%s** in %s s.%n",
                    Numbers.f0(number(c, "trials")),
                    ResultFiles.string(c, "result"),
                    Numbers.f0(number(c, "seconds"))))
        .orElse("Not run.\n");
  }

  /** The hottest methods of each recorded profile, as {@code jfr view hot-methods} lists them. */
  private String profiles() {
    StringBuilder out = new StringBuilder();
    files
        .path(SERVICE_RECORDING)
        .ifPresent(
            jfr ->
                out.append("**Service under the mix at 4 clients: CPU samples by search step**\n\n")
                    .append(ServiceProfile.markdown(jfr))
                    .append('\n'));
    PROFILES.forEach(
        profile ->
            files
                .text(profile.getKey())
                .ifPresent(
                    text ->
                        out.append("**")
                            .append(profile.getValue())
                            .append("**\n\n```\n")
                            .append(head(text, PROFILE_LINES))
                            .append("```\n\n")));
    return out.isEmpty() ? "Not recorded.\n" : out.toString();
  }

  private static String head(String text, int lines) {
    StringBuilder out = new StringBuilder();
    text.lines().limit(lines).forEach(line -> out.append(line.stripTrailing()).append('\n'));
    return out.toString();
  }

  private static void section(StringBuilder out, String title, String body) {
    out.append("## ").append(title).append("\n\n").append(body.strip()).append("\n\n");
  }
}
