/**
 * Producing runs from a search system without depending on it: the system is seen only through
 * {@link newsearch.relevance.retrieval.RankedRetrieval}, and {@link
 * newsearch.relevance.retrieval.RunBuilder} turns its answers to a set of topics into a {@link
 * newsearch.relevance.Run} whose order no evaluation tool can read differently.
 */
package newsearch.relevance.retrieval;
