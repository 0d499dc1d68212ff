package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import newsearch.indexer.IndexGenerations;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills writers with SIGKILL at random moments and checks that the served index is intact and the
 * next run succeeds. CI runs a few trials; the benchmark suite runs more with {@code
 * -Dnewsearch.crash.trials=20}. The seed is printed so that a failure can be replayed.
 */
class CrashSafetyIT {

  private static final int ARTICLES = 20_000;

  @TempDir Path dir;

  private static int trials() {
    return Integer.getInteger("newsearch.crash.trials", 3);
  }

  private static long seed() {
    return Long.getLong("newsearch.crash.seed", System.nanoTime());
  }

  private Path corpus(String name, String prefix, int count) throws IOException {
    Path file = dir.resolve(name);
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(
          String.format(
              "{\"id\":\"%s%d\",\"title\":\"Report %d on the harbour\",\"body\":\"%s\"}",
              prefix, i, i, ("The harbour board met again on day " + i + ". ").repeat(12)));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** Runs {@code newsearch args...} in a child JVM. */
  private static Process launch(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Newsearch.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int run(String... args) throws Exception {
    Process p = launch(args);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "newsearch " + List.of(args) + " hung");
    return p.exitValue();
  }

  private static int servedArticles(Path index) throws IOException {
    Path current = new IndexGenerations(index).current().orElseThrow();
    try (FSDirectory d = FSDirectory.open(current);
        DirectoryReader reader = DirectoryReader.open(d)) {
      return reader.numDocs();
    }
  }

  @Test
  void killedReindexOrUpdateLeavesTheServedIndexIntactAndTheNextRunSucceeds() throws Exception {
    long seed = seed();
    System.out.println("CrashSafetyIT seed " + seed + ", trials " + trials());
    Random random = new Random(seed);
    Path index = dir.resolve("index");
    Path big = corpus("big.jsonl", "a", ARTICLES);
    Path update = corpus("update.jsonl", "u", 2_000);
    assertEquals(0, run("reindex", "--input", big.toString(), "--index", index.toString()));
    int served = servedArticles(index);
    assertEquals(ARTICLES, served);

    for (int trial = 0; trial < trials(); trial++) {
      boolean killReindex = random.nextBoolean();
      long delayMs = 200 + random.nextInt(2500);
      String[] args =
          killReindex
              ? new String[] {"reindex", "--input", big.toString(), "--index", index.toString()}
              : new String[] {"index", "--input", update.toString(), "--index", index.toString()};
      Process writer = launch(args);
      boolean finished = writer.waitFor(delayMs, TimeUnit.MILLISECONDS);
      if (!finished) {
        writer.destroyForcibly().waitFor();
      }
      String what =
          (killReindex ? "reindex" : "index")
              + " killed after "
              + delayMs
              + " ms (seed "
              + seed
              + ")";
      int now = servedArticles(index);
      assertTrue(
          now == ARTICLES || now == ARTICLES + 2_000,
          what + ": served index holds " + now + " articles");
      assertEquals(0, run(args), what + ": the next run failed");
      int after = servedArticles(index);
      assertEquals(killReindex ? ARTICLES : ARTICLES + 2_000, after, what);
      assertTrue(
          new IndexGenerations(index).generations().size() <= 3,
          what + ": abandoned generations were not cleaned up");
    }
  }
}
