/**
 * The saved-search benchmark: matching new articles against many saved searches with the service's
 * presearcher, against running every search, and what an incremental update adds.
 */
package newsearch.bench.alert;
