package newsearch.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The single-writer rule of an index directory: whoever holds this lock may build, update, swap or
 * roll back generations; everyone else gets {@link IndexBusyException} at once.
 *
 * <p>It is an operating-system file lock, so a writer killed with {@code kill -9} releases it with
 * its process and the next writer can start.
 */
public final class IndexLock implements Closeable {

  private static final String LOCK_NAME = "newsearch-writer.lock";

  private final FSDirectory directory;
  private final Lock lock;

  private IndexLock(FSDirectory directory, Lock lock) {
    this.directory = directory;
    this.lock = lock;
  }

  /**
   * Takes the writer lock of the index at {@code root}, creating the directory if needed.
   *
   * @throws IndexBusyException when another writer holds it
   */
  public static IndexLock acquire(Path root) throws IOException {
    Files.createDirectories(root);
    FSDirectory directory = FSDirectory.open(root);
    try {
      return new IndexLock(directory, directory.obtainLock(LOCK_NAME));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexBusyException(
          "another writer (a reindex, index, delete or rollback, in a command or the service) is"
              + " working on "
              + root
              + "; try again when it has finished");
    }
  }

  /**
   * Deletes the lock file, and then the index directory, when the directory holds nothing else:
   * what a writer that created the directory and then failed would leave behind. Called while the
   * lock is held, so the file deleted is this lock's own; a directory holding anything more is left
   * as it is.
   */
  public void removeIfUnused() throws IOException {
    Path root = directory.getDirectory();
    try (Stream<Path> entries = Files.list(root)) {
      if (!entries.allMatch(entry -> entry.getFileName().toString().equals(LOCK_NAME))) {
        return;
      }
    }
    Files.deleteIfExists(root.resolve(LOCK_NAME));
    try {
      Files.deleteIfExists(root);
    } catch (DirectoryNotEmptyException e) {
      // Another writer has just created its own lock file there; the directory is its now.
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.close();
    } finally {
      directory.close();
    }
  }
}
