/**
 * The {@code newsearch} command line: one picocli command per subcommand, each translating its
 * flags into calls of the indexer, the search service or the relevance harness.
 */
package newsearch.cli;
