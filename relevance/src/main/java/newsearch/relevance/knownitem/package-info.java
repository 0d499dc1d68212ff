/**
 * The known-item benchmark: short queries a person would type to find one article they remember (a
 * few distinctive words of its title), each with a misspelt twin, scored by success@10 and MRR
 * through the same search the service answers. The queries are derived from the archives with a
 * seed each time; only the generator and the seed live in the repository.
 */
package newsearch.relevance.knownitem;
