package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code newsearch} in a child JVM on the test's class path, as an operator would, so that
 * signals, exit statuses and what the process prints are the real ones.
 */
final class ChildCommand {

  /** How long a child may take to finish a command, or to build the sample and start serving. */
  static final long TIMEOUT_SECONDS = 120;

  private ChildCommand() {}

  /** A process builder for {@code newsearch args...}; the caller chooses where its output goes. */
  static ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path")));
    command.add(Newsearch.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /**
   * Runs {@code newsearch args...} to the end with both outputs sent to {@code output}, and returns
   * its exit status; fails the test if it does not finish within {@link #TIMEOUT_SECONDS}.
   */
  static int run(ProcessBuilder.Redirect output, String... args) throws Exception {
    Process process = builder(args).redirectErrorStream(true).redirectOutput(output).start();
    try {
      assertTrue(
          process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS),
          "newsearch " + List.of(args) + " hung");
      return process.exitValue();
    } finally {
      process.destroyForcibly();
    }
  }

  /**
   * Waits until {@code output} holds text matching {@code pattern} and returns the match; fails the
   * test, showing the text of {@code shown}, if the process ends or {@link #TIMEOUT_SECONDS} pass
   * first.
   */
  static Matcher awaitOutput(Process process, Path output, Pattern pattern, Path shown)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline && process.isAlive()) {
      Matcher match = pattern.matcher(read(output));
      if (match.find()) {
        return match;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("newsearch never printed " + pattern + ":\n" + read(shown));
  }

  /** Kills {@code process} and waits a little for it to be gone. */
  static void stop(Process process) throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /**
   * The arguments of {@code serve} over {@code index} on loopback ports the system picks, with the
   * bundled sample to build from, followed by {@code more}.
   */
  static String[] serveArgs(Path index, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--admin-port",
                "0",
                "--index",
                index.toString(),
                "--sample",
                sampleArticles().toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** The bundled sample articles, in {@code index-data/articles} above the working directory. */
  static Path sampleArticles() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path articles = d.resolve("index-data").resolve("articles");
      if (Files.isDirectory(articles)) {
        return articles;
      }
    }
    throw new IllegalStateException("no index-data/articles above " + Path.of("").toAbsolutePath());
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
