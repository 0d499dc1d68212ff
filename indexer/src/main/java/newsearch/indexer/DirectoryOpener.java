package newsearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Opens the Lucene directory of a generation; the caller closes it. Writers and the service take
 * one so that tests can put a directory that fails, or that counts what is left open, in its place.
 */
@FunctionalInterface
public interface DirectoryOpener {

  /** The generation's directory on the file system. */
  DirectoryOpener FILE_SYSTEM = FSDirectory::open;

  /** Opens {@code generation}'s directory. */
  Directory open(Path generation) throws IOException;
}
