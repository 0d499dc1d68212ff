package newsearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The disk space a reindex is expected to need, checked before it writes anything, so that a full
 * disk refuses the job up front instead of failing it half-way.
 *
 * <p>The estimate is {@value #INDEX_BYTES_PER_INPUT_BYTE} bytes per byte of input, a gzipped file
 * counting {@value #GZIP_EXPANSION} times its size. The benchmark corpora (100,000 and 1,000,000
 * generated articles of JSON Lines) index to 1.06 and 1.22 times their input; merging needs room
 * for the merged segment while the segments it replaces still exist, so the peak is higher than the
 * final size: the last merge, into segments of equal size, holds the whole index and the segments
 * being written at once; on two cores Lucene runs one merge at a time, so at 1,000,000 articles
 * merged into two that is about 1.8 times the input by arithmetic (5.35 GB of index and one 2.7 GB
 * segment), not measured. The served generation is already on disk and stays there, so it is not
 * counted again.
 */
final class ReindexSpace {

  /** Disk bytes a reindex may hold at its peak per byte of plain input. */
  static final double INDEX_BYTES_PER_INPUT_BYTE = 2.0;

  /**
   * How much larger than its file a gzipped input is once read; news text compresses 3 to 4 to 1.
   */
  static final int GZIP_EXPANSION = 4;

  private ReindexSpace() {}

  /** The bytes a reindex of {@code inputs} is expected to need. */
  static long needed(InputFiles inputs) throws IOException {
    double plain = 0;
    for (Path file : inputs.files()) {
      long size = Files.size(file);
      boolean gzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
      plain += gzipped ? (double) size * GZIP_EXPANSION : size;
    }
    return (long) Math.ceil(plain * INDEX_BYTES_PER_INPUT_BYTE);
  }

  /**
   * Refuses a reindex of {@code inputs} into {@code root}, which exists, when {@code free} says the
   * file system has less usable space than it needs.
   *
   * @throws NotEnoughSpaceException naming both sizes
   */
  static void ensure(Path root, InputFiles inputs, FreeSpace free) throws IOException {
    long needed = needed(inputs);
    long usable = free.usableBytes(root);
    if (usable < needed) {
      throw new NotEnoughSpaceException(
          String.format(
              Locale.ROOT,
              "not enough free space for a reindex at %s: it needs about %s for %s of input,"
                  + " and %s is free; nothing was written",
              root,
              size(needed),
              size(inputs.totalBytes()),
              size(usable)));
    }
  }

  /** A size as a person reads it: bytes up to a megabyte, then megabytes, then gigabytes. */
  static String size(long bytes) {
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
    return bytes < 1_000_000_000
        ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
        : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }
}
