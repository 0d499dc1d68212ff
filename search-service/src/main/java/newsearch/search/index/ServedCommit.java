package newsearch.search.index;

import java.time.Instant;

/**
 * The commit a searcher serves: what an answer that may be cached depends on, since the same
 * request over the same commit gets the same answer.
 *
 * @param generation the directory name of the served generation, such as {@code gen-000003}
 * @param commit the Lucene commit generation within it, which every update raises
 * @param committed when that commit was written
 */
public record ServedCommit(String generation, long commit, Instant committed) {}
