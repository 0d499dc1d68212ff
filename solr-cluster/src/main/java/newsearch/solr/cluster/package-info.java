/**
 * A SolrCloud of a few nodes on one machine, started in a JVM of its own: Solr's own test cluster
 * with an embedded ZooKeeper, for trying and testing the SolrCloud backend. Nothing in the product
 * depends on this package; the {@code newsearch.solr} launcher starts it as a child process.
 */
package newsearch.solr.cluster;
