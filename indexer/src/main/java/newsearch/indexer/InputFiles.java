package newsearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.ArticleSink;
import newsearch.ingest.Rejection;

/**
 * The files a job reads: every supported file in the given files and folders, in a stable order,
 * with their total size for progress; inputs that do not exist are rejections. Every backend's
 * loading reads its inputs through this, so a Solr collection gets the same articles as an index.
 *
 * @param files the supported files, sorted by path within each input
 * @param totalBytes their size on disk
 * @param missing the inputs that do not exist
 */
public record InputFiles(List<Path> files, long totalBytes, List<Rejection> missing) {

  /** Checked after each file; a failure ends the reading, such as a failed indexing thread. */
  public interface AfterFile {
    void check() throws IOException;
  }

  /** Lists what {@code reader} can read under {@code inputs}. */
  public static InputFiles list(List<Path> inputs, ArticleFileReader reader) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Rejection> missing = new ArrayList<>();
    long bytes = 0;
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        missing.add(
            new Rejection(input, 0, Rejection.Reason.NO_SUCH_FILE, "no such file or directory"));
        continue;
      }
      try (Stream<Path> walk = Files.walk(input)) {
        for (Path file :
            walk.filter(Files::isRegularFile).filter(reader::supports).sorted().toList()) {
          files.add(file);
          bytes += Files.size(file);
        }
      }
    }
    return new InputFiles(List.copyOf(files), bytes, List.copyOf(missing));
  }

  /**
   * Sends the missing inputs and then everything {@code reader} makes of each file to {@code sink},
   * telling {@code progress} the bytes read and running {@code afterFile} after each file. A file
   * that cannot be read is a rejection; only {@code afterFile} ends the loop early.
   */
  public void read(
      ArticleFileReader reader, ArticleSink sink, LongConsumer progress, AfterFile afterFile)
      throws IOException {
    missing.forEach(sink::reject);
    for (Path file : files) {
      reader.readOrReject(file, sink, progress);
      afterFile.check();
    }
  }
}
