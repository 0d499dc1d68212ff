/**
 * The search core, plain Java with no HTTP in it: the facade {@link newsearch.search.NewsSearcher}
 * takes validated {@link newsearch.search.SearchRequest}s and answers {@link
 * newsearch.search.SearchResponse} records, configured by {@link newsearch.search.SearchConfig}.
 * The HTTP service, the relevance harness and the benchmarks all call it. The work is split by noun
 * into {@code query}, {@code rank}, {@code facet}, {@code highlight}, {@code suggest} and {@code
 * index}.
 */
package newsearch.search;
