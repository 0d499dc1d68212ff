package newsearch.bench.corpus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One query of the benchmark mix.
 *
 * @param id stable id, {@code q0001}
 * @param kind its shape
 * @param section a section filter as displayed ({@code News > World} or {@code News}), or empty
 * @param text the query as a user types it, in newsearch syntax
 */
public record BenchQuery(String id, QueryKind kind, String section, String text) {

  /** Normalises an absent section to empty. */
  public BenchQuery {
    section = section == null ? "" : section;
  }

  /** The service's search URL path for this query, without host. */
  public String urlPath() {
    String path = "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return section.isEmpty()
        ? path
        : path + "&section=" + URLEncoder.encode(section, StandardCharsets.UTF_8);
  }
}
