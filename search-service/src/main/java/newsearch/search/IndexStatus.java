package newsearch.search;

import java.time.Instant;

/**
 * What is being served, for health checks and metrics.
 *
 * @param generation the served generation's directory name, such as {@code gen-000003}
 * @param documents live articles in it
 * @param bytesOnDisk the size of the files of its served commit
 * @param committedAt when that commit was written: by the reindex that built the generation, or by
 *     the last update since
 */
public record IndexStatus(
    String generation, int documents, long bytesOnDisk, Instant committedAt) {}
