package newsearch.search;

import newsearch.search.query.UserQuery;

/**
 * The configured bounds on what one request may ask, checked before any work is done, so that no
 * request costs more than the bounds allow. Each failure is an {@link InvalidRequestException}
 * whose message names the limit and the value sent. Thread-safe.
 */
public final class RequestLimits {

  private final SearchConfig config;

  public RequestLimits(SearchConfig config) {
    this.config = config;
  }

  /** Checks the page, the filters and the length of the query text of a search. */
  public void checkSearch(SearchRequest request) {
    checkSize(request.size(), config.limits().maxPageSize());
    long depth = (long) request.page() * request.size();
    if (depth > config.limits().maxDepth()) {
      throw new InvalidRequestException(
          "too_deep",
          "page × size must be at most " + config.limits().maxDepth() + ", got " + depth);
    }
    checkText("q", request.query());
    if (request.sections().size() > config.limits().maxSections()) {
      throw new InvalidRequestException(
          "too_many_sections",
          "section may be given at most "
              + config.limits().maxSections()
              + " times, got "
              + request.sections().size());
    }
  }

  /** Checks the number of words and phrases of a parsed query. */
  public void checkParsed(UserQuery query) {
    int terms = query.exclusions().size();
    for (var group : query.groups()) {
      terms += group.size();
    }
    if (terms > config.limits().maxQueryTerms()) {
      throw new InvalidRequestException(
          "too_many_terms",
          "q may hold at most "
              + config.limits().maxQueryTerms()
              + " words and phrases, got "
              + terms);
    }
  }

  /**
   * Checks the length of the typed text of a request: a search's or a suggest request's {@code q},
   * a section search's {@code prefix}; the message names {@code parameter}.
   */
  public void checkText(String parameter, String text) {
    int chars = text == null ? 0 : text.codePointCount(0, text.length());
    if (chars > config.limits().maxQueryChars()) {
      throw new InvalidRequestException(
          "query_too_long",
          parameter
              + " must be at most "
              + config.limits().maxQueryChars()
              + " characters long, got "
              + chars);
    }
  }

  /** Checks a page or list size against its maximum. */
  public static void checkSize(int size, int max) {
    if (size < 1 || size > max) {
      throw new InvalidRequestException(
          "invalid_size", "size must be between 1 and " + max + ", got " + size);
    }
  }
}
