package newsearch.bench.corpus;

/**
 * One generated article, in the JSON Lines layout that {@code newsearch reindex} and the peer
 * engines read.
 *
 * @param id unique and stable: the same seed and number give the same id
 * @param title headline
 * @param summary the lede, one sentence
 * @param body paragraphs separated by blank lines
 * @param date {@code yyyy-mm-dd}
 * @param section {@code Top > Sub}
 * @param url address on a reserved example domain
 * @param source the generated publication's name
 * @param author byline
 */
public record GeneratedArticle(
    String id,
    String title,
    String summary,
    String body,
    String date,
    String section,
    String url,
    String source,
    String author) {}
