/**
 * Reading and writing the plain-text formats of a relevance experiment: topics ({@code
 * queries.tsv}), TREC qrels and TREC run files.
 *
 * <p>Files are UTF-8. Blank lines and lines starting with {@code #} are skipped, as trec_eval skips
 * them in runs. Any other line that does not parse stops reading with a {@link
 * newsearch.relevance.io.MalformedLineException} naming the file and the line: a judgment or a
 * result silently dropped would change every metric computed from the file.
 */
package newsearch.relevance.io;
