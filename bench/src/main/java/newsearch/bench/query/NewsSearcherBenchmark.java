package newsearch.bench.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsearch.bench.corpus.BenchQuery;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.NewsSearcher;
import newsearch.search.RankedId;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.search.SortOrder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The search core in-process, as the service calls it: {@link NewsSearcher#search} (first page of
 * ten, with facets and highlights, as every HTTP search returns) and {@link NewsSearcher#rank} (ids
 * and scores only). Besides the {@linkplain QueryMixBenchmark shared parameters}, {@code facets}
 * says whether searches count facets, and {@code config} names a search configuration file (as
 * {@code serve --config} reads it) to measure instead of the defaults, such as {@code
 * bench/configs/words-only.json}, which turns off what reads a query the way a person means it.
 * {@code typing} says how much of each query is sent: {@code whole}, or its last word cut to its
 * first {@value #TYPED_CHARS} letters, as the page sends it while the user types, searched either
 * as a finished word ({@code cut}) or as the beginning of a word ({@code prefix}, {@code
 * partial=true}).
 *
 * <p>Public and not final: JMH generates subclasses of its benchmark classes.
 */
public class NewsSearcherBenchmark extends QueryMixBenchmark {

  /** Whether searches count facets: {@code false} for the plain queries, as over HTTP. */
  @Param("true")
  public boolean facets;

  /** A search configuration file, or {@code defaults} for {@link SearchConfig#DEFAULTS}. */
  @Param("defaults")
  public String config;

  /** How much of each query is sent: {@code whole}, {@code cut} or {@code prefix}. */
  @Param("whole")
  public String typing;

  /** How many letters of the last word a query being typed has. */
  static final int TYPED_CHARS = 3;

  private NewsSearcher searcher;
  private List<BenchQuery> mix;
  private List<SearchRequest> requests;

  /** Opens the index and reads the queries. */
  @Setup
  public void open() throws IOException, InterruptedException {
    SearchConfig settings =
        config.equals("defaults") ? SearchConfig.DEFAULTS : SearchConfigFile.read(Path.of(config));
    searcher = NewsSearcher.open(generations(), new NewsSchema(), settings);
    mix = readMix();
    requests = mix.stream().map(q -> typed(request(q, facets), typing)).toList();
    awaitCompletions(searcher);
  }

  /**
   * Waits until the search-box suggester, which builds in the background, answers, so that its
   * build does not share the cores with the measurement. {@code gov} completes {@code government},
   * the most frequent content word of the generated headlines.
   */
  static void awaitCompletions(NewsSearcher searcher) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (searcher.suggest("gov", 1).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }

  /**
   * A first-page relevance search, with the query's section filter if it has one, counting facets
   * when {@code facets} says so.
   */
  static SearchRequest request(BenchQuery query, boolean facets) {
    List<SectionPath> sections =
        query.section().isEmpty() ? List.of() : List.of(SectionPath.parse(query.section()));
    return new SearchRequest(
        query.text(), sections, null, null, SortOrder.RELEVANCE, 1, 10, null, facets);
  }

  /**
   * The request as sent while typing: {@code whole} leaves it; {@code cut} and {@code prefix} cut a
   * last word longer than {@value #TYPED_CHARS} letters to its start, {@code prefix} marking it as
   * still being typed.
   */
  static SearchRequest typed(SearchRequest whole, String typing) {
    if (typing.equals("whole")) {
      return whole;
    }
    if (!typing.equals("cut") && !typing.equals("prefix")) {
      throw new IllegalArgumentException("typing must be whole, cut or prefix, got " + typing);
    }
    String text = whole.query();
    int last = text.lastIndexOf(' ') + 1;
    String word = text.substring(last);
    // Operators, quotes and field names stay whole: a half-typed word is plain letters.
    boolean plain = word.length() > TYPED_CHARS && word.chars().allMatch(Character::isLetter);
    String cut = plain ? text.substring(0, last + TYPED_CHARS) : text;
    return whole.withQuery(cut).withPartial(typing.equals("prefix"));
  }

  /** Closes the index. */
  @TearDown
  public void close() throws IOException {
    searcher.close();
  }

  /** One search as the service runs it: ranked page, facets (unless turned off), highlights. */
  @Benchmark
  public SearchResponse search(QueryCursor cursor) throws IOException {
    return searcher.search(requests.get(cursor.next(requests.size())));
  }

  /** The top ten ids and scores, ranked as search ranks them, without facets or highlights. */
  @Benchmark
  public List<RankedId> rank(QueryCursor cursor) throws IOException {
    return searcher.rank(mix.get(cursor.next(mix.size())).text(), 10);
  }
}
