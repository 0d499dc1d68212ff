/**
 * The bridge from the harness to newsearch itself: topics run through the same search core the
 * service uses (in-process), or through a running service over HTTP, under a configuration the
 * harness can vary.
 */
package newsearch.relevance.engine;
