package newsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsearch.search.Hit;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.search.highlight.Highlights;

/**
 * A search response as a terminal shows it to people: how many articles matched and how long it
 * took, then each hit's title, its date, section and id, and its snippet as plain text, without the
 * page's markup. Stateless.
 */
final class ResultListing {

  private static final String INDENT = "    ";

  private ResultListing() {}

  /** Prints {@code response}, the answer to {@code request}, to {@code out}. */
  static void print(SearchRequest request, SearchResponse response, PrintWriter out) {
    out.println(heading(request, response));
    if (response.correctedQuery() != null) {
      out.println(
          "showing results for: "
              + response.correctedQuery()
              + " (search instead for: "
              + response.originalQuery()
              + ")");
    }
    if (response.suggestion() != null) {
      out.println("did you mean: " + response.suggestion());
    }
    int rank = (response.page() - 1) * response.size();
    for (Hit hit : response.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%2d. %s%n", ++rank, hit.title());
      out.println(INDENT + details(hit));
      for (String fragment : hit.highlights().body()) {
        out.println(INDENT + Highlights.plain(fragment).strip());
      }
    }
    if (response.partial()) {
      out.println();
      out.println("the search ran out of time: these are the articles found until then");
    }
  }

  /**
   * {@code 1,234 articles for "oil prices", showing 1-10 (12 ms)}; without query words {@code 48
   * articles, newest first, showing 1-10 (3 ms)}.
   */
  static String heading(SearchRequest request, SearchResponse response) {
    String count =
        String.format(
            Locale.ROOT,
            "%s%,d %s",
            response.totalExact() ? "" : "at least ",
            response.total(),
            response.total() == 1 ? "article" : "articles");
    String what = request.isBrowse() ? ", newest first" : " for \"" + request.query() + "\"";
    String shown =
        response.hits().isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                ", showing %,d-%,d",
                (long) (response.page() - 1) * response.size() + 1,
                (long) (response.page() - 1) * response.size() + response.hits().size());
    return String.format(Locale.ROOT, "%s%s%s (%,d ms)", count, what, shown, response.tookMs());
  }

  /** {@code 1987-10-20 | Business > Energy | id 12345 | +3 similar}, leaving out what is absent. */
  static String details(Hit hit) {
    List<String> parts =
        Stream.of(
                hit.date(),
                hit.section(),
                "id " + hit.id(),
                hit.duplicates() > 0 ? "+" + hit.duplicates() + " similar" : null)
            .filter(part -> part != null && !part.isBlank())
            .toList();
    return String.join(" | ", parts);
  }
}
