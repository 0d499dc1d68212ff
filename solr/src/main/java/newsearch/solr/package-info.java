/**
 * The SolrCloud backend: the configset generated from {@code newsearch.schema}, collections and
 * aliases, and the launcher of the dev cluster's JVM. Everything here talks to Solr with SolrJ, so
 * Solr's own Lucene never shares a classpath with ours.
 */
package newsearch.solr;
