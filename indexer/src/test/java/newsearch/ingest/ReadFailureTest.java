package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class ReadFailureTest {

  @TempDir Path dir;

  private static IOException failureOf(Executable read) {
    try {
      read.execute();
    } catch (IOException e) {
      return e;
    } catch (Throwable e) {
      throw new AssertionError("expected an IOException", e);
    }
    throw new AssertionError("the read succeeded");
  }

  @Test
  void saysAFileIsMissingRatherThanRepeatingItsPath() {
    Path missing = dir.resolve("gone.jsonl");

    IOException e = failureOf(() -> new ArticleFileReader().read(missing, new CollectingSink()));

    assertEquals("cannot read: no such file", ReadFailure.describe(e));
  }

  @Test
  void saysAFolderIsNotAFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.txt"));

    IOException e = failureOf(() -> new ArticleFileReader().read(folder, new CollectingSink()));

    assertEquals("cannot read: is a directory", ReadFailure.describe(e));
  }

  @Test
  void saysAPathRunsThroughAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "text");

    IOException e = failureOf(() -> Files.readAllBytes(file.resolve("child.txt")));

    assertEquals("cannot read: not a directory", ReadFailure.describe(e));
  }

  @Test
  void saysPermissionIsDenied() {
    assertEquals(
        "cannot read: permission denied",
        ReadFailure.describe(new AccessDeniedException("/srv/news/locked.jsonl")));
  }

  @Test
  void fallsBackToTheMessageOrTheKindOfFailure() {
    assertEquals(
        "cannot read: stream closed", ReadFailure.describe(new IOException("Stream closed")));
    assertEquals("cannot read: IOException", ReadFailure.describe(new IOException()));
  }
}
