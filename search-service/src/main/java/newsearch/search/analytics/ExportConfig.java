package newsearch.search.analytics;

/**
 * The limits of an export of every match.
 *
 * @param maxRows the most articles one export may hold; a query matching more is refused before
 *     anything is written
 * @param batchSize how many matches are read per step of the walk through the ranking: memory is
 *     bounded by one batch, whatever the export's size
 */
public record ExportConfig(long maxRows, int batchSize) {

  /** A million articles: a whole large archive, some gigabytes of CSV with bodies. */
  public static final long DEFAULT_MAX_ROWS = 1_000_000;

  /** Five thousand matches per step: few passes over the matches, and a few MB of sort values. */
  public static final int DEFAULT_BATCH_SIZE = 5_000;

  /** The defaults. */
  public static final ExportConfig DEFAULTS =
      new ExportConfig(DEFAULT_MAX_ROWS, DEFAULT_BATCH_SIZE);

  /** Rejects limits that would export nothing. */
  public ExportConfig {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
  }

  /** A copy allowing at most {@code rows} articles. */
  public ExportConfig withMaxRows(long rows) {
    return new ExportConfig(rows, batchSize);
  }
}
