package newsearch.relevance.knownitem;

/**
 * The id and title of one article of an archive, all the known-item generator reads.
 *
 * @param id the article's id
 * @param title its title, never blank
 */
public record TitledArticle(String id, String title) {}
