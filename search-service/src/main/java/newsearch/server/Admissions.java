package newsearch.server;

import java.util.Map;

/**
 * The admissions of a server, one per kind of request that reads the index, so that no kind can
 * crowd out another: a flood of searches leaves completions and articles their own permits.
 *
 * @param searches searches, related articles and the section search: the costly requests
 * @param suggestions completions of what the user types
 * @param articles article look-ups by id
 */
record Admissions(SearchAdmission searches, SearchAdmission suggestions, SearchAdmission articles) {

  /** The admissions {@code config} describes. */
  static Admissions of(ServerConfig config) {
    return new Admissions(
        new SearchAdmission("searches", config.searches()),
        new SearchAdmission("completions", config.suggestions()),
        new SearchAdmission("article requests", config.articles()));
  }

  /** Each admission by the name its metrics carry in their {@code pool} tag. */
  Map<String, SearchAdmission> byPool() {
    return Map.of("searches", searches, "suggestions", suggestions, "articles", articles);
  }
}
