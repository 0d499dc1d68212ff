package newsearch.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsearch.schema.Json;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchBackend;
import newsearch.search.SearchConfig;
import newsearch.search.SearchParameters;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.solr.SolrSearchBackend;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch search QUERY...}: one search over the index in this process, or over a SolrCloud
 * collection with {@code --solr-zk} or {@code --solr-url}, through the same {@link
 * SearchBackend#search} as {@code GET /api/search}. The options are read as the HTTP parameters of
 * the same names are, by {@link SearchParameters}, so a value the service refuses is refused here
 * with the same sentence. It prints a list for people, or with {@code --json} the very JSON the
 * service answers.
 */
@Command(
    name = "search",
    description = {
      "Search the index and print the results: a list for people, or with --json the JSON that"
          + " GET /api/search answers.",
      "Without QUERY, lists the newest articles."
    })
final class SearchCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description =
          "What to look for, in the search box's syntax: words, \"a phrase\", -excluded, OR.")
  List<String> words;

  @Option(
      names = "--section",
      paramLabel = "SECTION",
      description = "Only this section and its subsections, like 'News > Japan' (repeatable).")
  List<String> sections;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Only articles published on this day or later.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Only articles published on this day or earlier.")
  String to;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (the default) or date (newest first).")
  String sort;

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Results to print (default: the service's page size).")
  String size;

  @Option(names = "--page", paramLabel = "N", description = "Which page of --size results.")
  String page;

  @Option(names = "--json", description = "Print the JSON GET /api/search answers, on one line.")
  boolean json;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Ranking and limits as JSON, as serve --config reads them.")
  Path config;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // What a search prints is its results; that the index was opened is news for a service's log.
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    SearchConfig searchConfig = SearchConfigOption.read(config);
    if (solr.enabled()) {
      try (CloudSolrClient client = solr.connection().client()) {
        return print(
            new SolrSearchBackend(client, solr.collection, searchConfig, Clock.systemUTC()));
      }
    }
    try (NewsSearcher searcher =
        NewsSearcher.open(index.generations(), new NewsSchema(), searchConfig)) {
      return print(searcher);
    }
  }

  /** Runs the search on {@code backend} and prints its answer. */
  private int print(SearchBackend backend) throws IOException {
    SearchRequest request =
        SearchParameters.parse(parameters(), backend.config().page().pageSize());
    SearchResponse response = backend.search(request);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.GSON.toJson(response));
    } else {
      ResultListing.print(request, response, out);
    }
    out.flush();
    return 0;
  }

  /** The options by the names of the HTTP parameters they stand for; absent ones left out. */
  private Map<String, List<String>> parameters() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (words != null) {
      params.put("q", List.of(String.join(" ", words)));
    }
    if (sections != null) {
      params.put("section", sections);
    }
    put(params, "from", from);
    put(params, "to", to);
    put(params, "sort", sort);
    put(params, "size", size);
    put(params, "page", page);
    return params;
  }

  private static void put(Map<String, List<String>> params, String name, String value) {
    if (value != null) {
      params.put(name, List.of(value));
    }
  }
}
