/**
 * Readers that turn input files (scraped article pages as text or HTML, JSON Lines, each possibly
 * gzipped) into {@link newsearch.schema.Article} records.
 *
 * <p>A reader never throws on bad content: every article it cannot take is reported to the {@link
 * newsearch.ingest.ArticleSink} as a {@link newsearch.ingest.Rejection} naming the file, the line,
 * the kind of problem ({@link newsearch.ingest.Rejection.Reason}, which reports count) and the
 * details, and reading goes on with the rest of the file. That includes a record or page larger
 * than the limits of {@link newsearch.ingest.ReaderConfig}, which is never held whole in memory, a
 * binary file under a page's name, and an article with a field beyond what the index takes ({@link
 * newsearch.schema.ArticleLimits}), so that such an article never reaches the writer. An article
 * kept with a gap, such as a date that is no date, comes with a {@link
 * newsearch.ingest.InputWarning}.
 *
 * <p>Pages are read by what their lines say rather than by per-site rules, in English, Spanish,
 * Portuguese, French and German: {@code PageLineClassifier} tells headlines, bylines, date lines,
 * breadcrumbs, captions and site furniture apart, {@code PageAssembler} puts the article together,
 * and {@code BlockScore} keeps the paragraphs that score as article text (length, function-word
 * density in the block's best language, sentence shape, neighbours). The HTML reader finds the main
 * text in the markup, marks blocks that are mostly link text as links to other stories, and then
 * reads it with the same rules. {@code NotAnArticle} rejects error pages, lists of headlines,
 * paywall teasers and pages of notices and menus, each under its own reason.
 */
package newsearch.ingest;
