/**
 * The search core, plain Java with no HTTP in it: search requests are validated, turned into Lucene
 * queries, run with facets and highlights, and answered as {@link newsearch.search.SearchResponse}
 * records. The HTTP service and the relevance harness both call {@link
 * newsearch.search.NewsSearcher}.
 */
package newsearch.search;
