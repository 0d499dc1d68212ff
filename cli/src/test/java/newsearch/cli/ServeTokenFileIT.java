package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsearch serve} in a child JVM warns, on its error output and in its log, when the admin
 * token file can be read by users other than its owner, and says how to fix it.
 */
class ServeTokenFileIT {

  @TempDir Path dir;

  private static Path sampleArticles() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path articles = d.resolve("index-data").resolve("articles");
      if (Files.isDirectory(articles)) {
        return articles;
      }
    }
    throw new IllegalStateException("no index-data/articles above " + Path.of("").toAbsolutePath());
  }

  @Test
  void aTokenFileOthersCanReadIsWarnedAboutWithTheFix() throws Exception {
    Path token = dir.resolve("admin.token");
    Files.writeString(token, "token-for-the-warning-test-0123\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
    Path errors = dir.resolve("serve.err");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path")));
    command.add(Newsearch.class.getName());
    command.addAll(
        List.of(
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--admin-port",
            "0",
            "--admin-token-file",
            token.toString(),
            "--index",
            dir.resolve("index").toString(),
            "--sample",
            sampleArticles().toString()));
    Process serve =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("serve.out").toFile())
            .redirectError(errors.toFile())
            .start();
    try {
      String expected =
          "the admin token file "
              + token
              + " can be read by users other than its owner (permissions rw-r--r--);"
              + " restrict it: chmod 600 "
              + token;
      String seen = awaitServing(serve, dir.resolve("serve.out"), errors);
      assertTrue(seen.contains("warning: " + expected), seen);
      assertTrue(seen.contains("WARN  n.cli.ServeCommand - " + expected), seen);
    } finally {
      serve.destroyForcibly();
      serve.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The error output once the standard output says the service listens. */
  private static String awaitServing(Process serve, Path out, Path errors) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && serve.isAlive()) {
      if (Files.exists(out)
          && Files.readString(out, StandardCharsets.UTF_8).contains("newsearch is serving")) {
        return Files.readString(errors, StandardCharsets.UTF_8);
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "serve never said it listens:\n" + Files.readString(errors, StandardCharsets.UTF_8));
  }
}
