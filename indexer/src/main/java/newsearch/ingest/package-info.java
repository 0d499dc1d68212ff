/**
 * Readers that turn input files (scraped article pages as text or HTML, JSON Lines, each possibly
 * gzipped) into {@link newsearch.schema.Article} records.
 *
 * <p>A reader never throws on bad content: every article it cannot take is reported to the {@link
 * newsearch.ingest.ArticleSink} as a {@link newsearch.ingest.Rejection} naming the file, the line
 * and the reason, and reading goes on with the rest of the file.
 *
 * <p>Pages are read by what their lines say rather than by per-site rules: {@code
 * PageLineClassifier} tells headlines, bylines, date lines, breadcrumbs, captions and site
 * furniture apart, and {@code PageAssembler} puts the article together. The HTML reader finds the
 * main text in the markup and then reads it with the same rules.
 */
package newsearch.ingest;
