/**
 * Measures how well page extraction works: a set of pages, each with a file of the fields a reader
 * should take from it ({@link newsearch.extraction.ExpectedPage}), is read with the same {@link
 * newsearch.ingest.ArticleFileReader} the indexer uses, and every expected field is checked ({@link
 * newsearch.extraction.ExtractionReport}), so the accuracy per field is a number that changes only
 * when extraction does.
 */
package newsearch.extraction;
