/**
 * Readers that turn input files (scraped article pages, JSON Lines) into {@link
 * newsearch.schema.Article} records.
 *
 * <p>A reader never throws on bad content: every article it cannot take is reported to the {@link
 * newsearch.ingest.ArticleSink} as a {@link newsearch.ingest.Rejection} naming the file, the line
 * and the reason, and reading goes on with the rest of the file.
 */
package newsearch.ingest;
