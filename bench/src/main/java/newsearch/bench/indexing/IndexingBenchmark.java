package newsearch.bench.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.ReindexReport;
import newsearch.schema.NewsSchema;

/**
 * Times one engine indexing one JSON Lines file into a fresh directory, and measures memory and the
 * size of the result. Run each engine in its own JVM, so that JIT state, heap and peak RSS are its
 * own.
 */
public final class IndexingBenchmark {

  /** What is measured. */
  public enum Engine {
    /** {@code newsearch reindex}: its write path, {@link IndexStore#reindex}, in-process. */
    NEWSEARCH("newsearch"),
    /** A bare IndexWriter loop over the same documents ({@link NewsSchema#toDocument}). */
    PLAIN("plain"),
    /** The bare loop without the spelling field and the title doc values. */
    PLAIN_MINIMAL("plain-minimal");

    private final String label;

    Engine(String label) {
      this.label = label;
    }

    /** The name in results. */
    public String label() {
      return label;
    }
  }

  private IndexingBenchmark() {}

  /** Indexes {@code input} with {@code engine} into {@code dir}, which is emptied first. */
  public static IndexRunResult run(
      Engine engine, Path input, Path dir, int threads, int ramBufferMb) throws IOException {
    deleteTree(dir);
    Files.createDirectories(dir);
    long start;
    long articles;
    double seconds;
    double cpuSeconds;
    PeakMemory memory = PeakMemory.start();
    try {
      long cpuStart = processCpuNanos();
      start = System.nanoTime();
      articles =
          switch (engine) {
            case NEWSEARCH -> reindex(input, dir, threads, ramBufferMb);
            case PLAIN -> new PlainLuceneIndexer(false).index(input, dir, threads, ramBufferMb);
            case PLAIN_MINIMAL ->
                new PlainLuceneIndexer(true).index(input, dir, threads, ramBufferMb);
          };
      seconds = (System.nanoTime() - start) / 1e9;
      cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    } finally {
      memory.close();
    }
    long inputBytes = Files.size(input);
    return new IndexRunResult(
        engine.label(),
        threads,
        ramBufferMb,
        articles,
        inputBytes,
        seconds,
        cpuSeconds,
        articles / seconds,
        articles / cpuSeconds,
        inputBytes / 1e6 / seconds,
        memory.peakHeapMib(),
        PeakMemory.peakRssMib(),
        treeSize(dir),
        jvm());
  }

  private static long reindex(Path input, Path dir, int threads, int ramBufferMb)
      throws IOException {
    IndexerConfig config =
        new IndexerConfig(
            threads,
            ramBufferMb,
            1,
            IndexerConfig.DEFAULTS.batchSize(),
            false,
            IndexerConfig.DEFAULT_SEGMENTS);
    ReindexReport report =
        new IndexStore(new IndexGenerations(dir), config).reindex(List.of(input), p -> {});
    return report.articlesIndexed();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String jvm() {
    return Runtime.version()
        + " "
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** Bytes of every file under {@code dir}. */
  static long treeSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
