package newsearch.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Override
  public void close() throws IOException {
    try {
      lock.close();
    } finally {
      directory.close();
    }
  }
}
