package newsearch.indexer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.FileSystems;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import java.util.Set;
import org.apache.lucene.tests.mockfile.FilterFileChannel;
import org.apache.lucene.tests.mockfile.FilterFileSystemProvider;

/**
 * The default file system, noting every fsync and rename in order as {@code "force NAME"} and
 * {@code "move FROM TO"}, so a test can tell whether a write was made durable before it was
 * published.
 */
final class SyncRecordingFileSystem extends FilterFileSystemProvider {

  private final List<String> events;

  SyncRecordingFileSystem(List<String> events) {
    super("syncrecording://", FileSystems.getDefault());
    this.events = events;
  }

  /** {@code path} as seen through this file system. */
  Path wrap(Path path) {
    return wrapPath(path);
  }

  @Override
  public FileChannel newFileChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    FileChannel channel = super.newFileChannel(path, options, attrs);
    String name = path.getFileName().toString();
    return new FilterFileChannel(channel) {
      @Override
      public void force(boolean metaData) throws IOException {
        super.force(metaData);
        events.add("force " + name);
      }
    };
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    super.move(source, target, options);
    events.add("move " + source.getFileName() + " " + target.getFileName());
  }
}
