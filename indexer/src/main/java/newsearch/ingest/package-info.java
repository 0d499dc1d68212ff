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
 * <p>Pages are read by what their lines say rather than by per-site rules: {@code
 * PageLineClassifier} tells headlines, bylines, date lines, breadcrumbs, captions and site
 * furniture apart, and {@code PageAssembler} puts the article together. The HTML reader finds the
 * main text in the markup and then reads it with the same rules.
 */
package newsearch.ingest;
