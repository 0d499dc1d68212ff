package newsearch.relevance.knownitem;

/**
 * One article to find and the two queries that look for it.
 *
 * @param id the article's id
 * @param title its title as written
 * @param query a few of its title's most distinctive words, lower case, in title order
 * @param misspelt the same query with one letter of one word dropped, doubled or swapped
 */
public record KnownItem(String id, String title, String query, String misspelt) {}
