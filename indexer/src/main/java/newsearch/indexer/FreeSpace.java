package newsearch.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many bytes the file system holding a directory can still give this process. */
@FunctionalInterface
public interface FreeSpace {

  /** The file store's usable space, as the operating system reports it. */
  FreeSpace FILE_STORE = dir -> Files.getFileStore(dir).getUsableSpace();

  /** Usable bytes on the file system of {@code dir}, which exists. */
  long usableBytes(Path dir) throws IOException;
}
