/**
 * Facet counts: the searcher that carries an index's facet state, drill-sideways counting under
 * section and date filters, the section tree and date periods a response shows, and the search
 * within section names.
 */
package newsearch.search.facet;
