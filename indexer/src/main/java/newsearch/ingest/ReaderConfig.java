package newsearch.ingest;

import java.util.Locale;

/**
 * How much of an input the readers take at once: limits on what is held in memory while one record
 * is read, so that one oversized record is a rejection rather than the end of the job.
 *
 * @param maxRecordBytes the largest JSON Lines record (one line, in UTF-8 bytes); a longer line is
 *     skipped to its end without being kept, and rejected
 * @param maxPageBytes the largest page (a {@code .txt} or {@code .html} file, decompressed), which
 *     is read whole
 */
public record ReaderConfig(long maxRecordBytes, int maxPageBytes) {

  /**
   * Default largest JSON Lines record: 8 MiB. The longest records of the news corpora we index are
   * about 25 KB, and a long-form story with its metadata stays under 200 KB, so this is forty times
   * the longest article anyone writes; yet a record held as text and as parsed JSON takes a few
   * times its size, which 8 MiB keeps small beside a 1 GiB heap.
   */
  public static final long DEFAULT_MAX_RECORD_BYTES = 8L << 20;

  /**
   * Default largest page: 32 MiB. Pages carry their markup, scripts and inline images, often ten
   * times the article's text; a decompressed page beyond this is not an article but a mistake.
   */
  public static final int DEFAULT_MAX_PAGE_BYTES = 32 << 20;

  /** The smallest limit of either kind: a record that says anything needs more. */
  public static final int MIN_BYTES = 1 << 10;

  /** The largest record limit: a line is held as one string, which Java caps near 2 GiB. */
  public static final long MAX_RECORD_LIMIT = 1L << 30;

  /** The defaults. */
  public static final ReaderConfig DEFAULTS =
      new ReaderConfig(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_PAGE_BYTES);

  /** Rejects limits too small for any record or too large to hold. */
  public ReaderConfig {
    if (maxRecordBytes < MIN_BYTES || maxRecordBytes > MAX_RECORD_LIMIT) {
      throw new IllegalArgumentException(
          "maxRecordBytes must be between "
              + MIN_BYTES
              + " and "
              + MAX_RECORD_LIMIT
              + ", got "
              + maxRecordBytes);
    }
    if (maxPageBytes < MIN_BYTES || maxPageBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxPageBytes must be between "
              + MIN_BYTES
              + " and "
              + (Integer.MAX_VALUE - 8)
              + ", got "
              + maxPageBytes);
    }
  }

  /** {@code bytes} as people say it: {@code 8 MiB}, {@code 512 KiB}, or {@code 1500 bytes}. */
  static String describe(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return String.format(Locale.ROOT, "%d KiB", bytes >> 10);
    }
    return bytes + " bytes";
  }
}
