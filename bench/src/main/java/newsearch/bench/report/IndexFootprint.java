package newsearch.bench.report;

import static newsearch.bench.report.Numbers.f0;
import static newsearch.bench.report.Numbers.f3;
import static newsearch.bench.report.ResultFiles.number;
import static newsearch.bench.report.ResultFiles.string;

import com.google.gson.JsonObject;

/**
 * Index size and build time per article, newsearch beside every peer: not a target, since the
 * engines store very different things, which the last column says.
 */
final class IndexFootprint {

  /** What newsearch's index holds per article (see {@code newsearch.schema.NewsSchema}). */
  static final String NEWSEARCH_STORES =
      "stored id, title, lede, body, date, section, language, url, source, author, related"
          + " headlines; title, lede and body with positions and offsets, again language-neutral"
          + " (and in the article's own language) with positions; the spelling field; doc values"
          + " for the facets (language, year, month, section), title and copy detection";

  /** What every peer holds, per {@code ../shared/peers/README.md}. */
  static final String PEER_STORES = "id + inverted index of title and body with positions";

  private IndexFootprint() {}

  static String markdown(ResultFiles files, PeerResults peers) {
    MarkdownTable table =
        new MarkdownTable(
                "engine", "what it stores", "articles", "bytes/article", "ms/article", "articles/s")
            .numbersFrom(2);
    files
        .object(IndexingResults.NEWSEARCH)
        .ifPresent(
            r ->
                row(
                    table,
                    "newsearch (" + f0(number(r, "threads")) + " threads)",
                    number(r, "articles"),
                    number(r, "index_bytes"),
                    number(r, "seconds"),
                    NEWSEARCH_STORES));
    for (JsonObject p : peers.all()) {
      row(
          table,
          string(p, "peer"),
          number(p, "docs"),
          number(p, "index MB") * 1e6,
          number(p, "index s"),
          PEER_STORES);
    }
    return table.isEmpty() ? "Not measured.\n" : table.toString();
  }

  private static void row(
      MarkdownTable table,
      String engine,
      double articles,
      double bytes,
      double seconds,
      String stores) {
    table.row(
        engine,
        stores,
        f0(articles),
        f0(bytes / articles),
        f3(seconds * 1000 / articles),
        f0(articles / seconds));
  }
}
