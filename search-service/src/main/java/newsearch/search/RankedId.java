package newsearch.search;

/**
 * One ranked result without its text: what the relevance harness needs.
 *
 * @param id the article's id
 * @param score its relevance score
 */
public record RankedId(String id, float score) {}
