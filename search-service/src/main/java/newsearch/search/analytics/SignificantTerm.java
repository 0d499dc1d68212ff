package newsearch.search.analytics;

/**
 * A word or two-word phrase that is more frequent in a query's matches than in the archive.
 *
 * @param term the word or phrase, lower-case and accent-folded as written
 * @param foreground how many articles of the sample of top-ranked matches hold it
 * @param background how many articles of the whole archive hold it
 * @param score its {@link JlhScore JLH} significance; higher is more telling
 */
public record SignificantTerm(String term, long foreground, long background, double score) {}
