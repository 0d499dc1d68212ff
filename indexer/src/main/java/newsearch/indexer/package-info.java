/**
 * Writing the index: {@link newsearch.indexer.IndexStore} is the one way in, for the commands and
 * the service alike. It holds the writer lock ({@link newsearch.indexer.IndexLock}) for each write
 * and hands the work to workers of the package that take no lock of their own: {@link
 * newsearch.indexer.ReindexJob}, which builds a complete generation from input files, {@link
 * newsearch.indexer.LiveIndexUpdater}, which adds, replaces and deletes articles in the served one,
 * and {@link newsearch.indexer.IndexGenerations}, which keeps the generations of an index
 * directory; {@link newsearch.indexer.NewsIndexer} owns the Lucene {@code IndexWriter}. Every write
 * answers with a typed report ({@link newsearch.indexer.ReindexReport}, {@link
 * newsearch.indexer.UpdateReport}) that counts what was not indexed by reason.
 */
package newsearch.indexer;
