/**
 * The served index: which generation of an index directory is served, its searchers, refreshes that
 * switch generations safely, and articles read from it with capped bodies.
 */
package newsearch.search.index;
