/**
 * Writing the index: {@link newsearch.indexer.NewsIndexer} owns the Lucene {@code IndexWriter},
 * {@link newsearch.indexer.ReindexJob} builds a complete index from input files, and {@link
 * newsearch.indexer.IndexGenerations} keeps the generations of an index directory.
 */
package newsearch.indexer;
