package newsearch.relevance.precision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.Hit;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchRequest;
import newsearch.search.SortOrder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * For each query, how many of the first {@code depth} hits hold every one of its words, by
 * relevance and newest first, searched through {@link NewsSearcher#search} as {@code /api/search}
 * searches. A hit holds a word when its title, lede or body has the word's indexed form (after the
 * schema's analysis, so {@code rates} holds for {@code rate}). Thread-safe.
 */
public final class AllWordsPrecision {

  /**
   * One query's figures.
   *
   * @param query the query
   * @param total how many articles the search found
   * @param byRelevance how many of the top hits by relevance hold every word
   * @param newestFirst how many of the top hits newest first hold every word
   * @param shown how many hits each order showed (at most the depth)
   */
  public record Line(String query, long total, int byRelevance, int newestFirst, int shown) {}

  private final NewsSearcher searcher;
  private final Analyzer analyzer;
  private final int depth;

  /** Measures {@code searcher}'s top {@code depth} hits, reading words as {@code schema} does. */
  public AllWordsPrecision(NewsSearcher searcher, NewsSchema schema, int depth) {
    this.searcher = searcher;
    this.analyzer = schema.analyzer();
    this.depth = depth;
  }

  /** The figures of {@code query}. */
  public Line measure(String query) throws IOException {
    Set<String> words = tokens(query);
    SearchRequest relevance =
        new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 1, depth, null, false);
    SearchRequest newest =
        new SearchRequest(query, List.of(), null, null, SortOrder.DATE, 1, depth, null, false);
    var byRelevance = searcher.search(relevance);
    var byDate = searcher.search(newest);
    return new Line(
        query,
        byRelevance.total(),
        holding(byRelevance.hits(), words),
        holding(byDate.hits(), words),
        Math.min(byRelevance.hits().size(), byDate.hits().size()));
  }

  private int holding(List<Hit> hits, Set<String> words) throws IOException {
    int holding = 0;
    for (Hit hit : hits) {
      Article article = searcher.article(hit.id()).orElseThrow();
      String text =
          String.join(
              " ", nonNull(article.title()), nonNull(article.summary()), nonNull(article.body()));
      if (tokens(text).containsAll(words)) {
        holding++;
      }
    }
    return holding;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private Set<String> tokens(String text) {
    Set<String> tokens = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream(NewsSchema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The figures as a table, one query a line, then the queries that reach {@code atLeast}. */
  public static String format(List<Line> lines, int atLeast) {
    StringBuilder out = new StringBuilder("query\ttotal\trelevance\tnewest\n");
    int passing = 0;
    for (Line line : lines) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%d/%d\t%d/%d%n",
              line.query(),
              line.total(),
              line.byRelevance(),
              line.shown(),
              line.newestFirst(),
              line.shown()));
      passing += line.byRelevance() >= atLeast && line.newestFirst() >= atLeast ? 1 : 0;
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d of %d queries hold every word in at least %d of their top hits in both orders%n",
            passing,
            lines.size(),
            atLeast));
    return out.toString();
  }

  /** The figures of each query. */
  public List<Line> measureAll(List<String> queries) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (String q : queries) {
      lines.add(measure(q));
    }
    return lines;
  }
}
