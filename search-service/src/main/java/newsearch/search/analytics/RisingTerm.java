package newsearch.search.analytics;

/**
 * A word or two-word phrase that is more frequent in the newest articles than in those before.
 *
 * @param term the word or phrase, lower-case and accent-folded as written
 * @param recent how many articles of the recent period hold it
 * @param before how many articles of the period before hold it
 * @param score its {@link JlhScore JLH} rise from the period before to the recent one
 */
public record RisingTerm(String term, long recent, long before, double score) {}
