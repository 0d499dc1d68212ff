package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsearch.indexer.IndexGenerations;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills writers with SIGKILL at random moments and checks that the served index is intact and the
 * next run succeeds; and a service started over a damaged index directory refuses to start rather
 * than rebuild or serve it. CI runs a few trials; the benchmark suite runs more with {@code
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

  /** Starts {@code newsearch args...} in a child JVM, its output discarded. */
  private static Process launch(String... args) throws IOException {
    return ChildCommand.builder(args)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /**
   * Runs {@code serve} over {@code index} in a child JVM, checks that it exits with 1, and returns
   * its output.
   */
  private String serveRefused(Path index) throws Exception {
    Path log = dir.resolve("serve.log");
    int status = ChildCommand.run(ProcessBuilder.Redirect.to(log.toFile()), serve(index));
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(1, status, output);
    return output;
  }

  /** {@code serve} on loopback ports the system picks, building the sample if it wants to. */
  private static String[] serve(Path index) {
    return ChildCommand.serveArgs(index);
  }

  private static List<String> generations(Path index) throws IOException {
    return new IndexGenerations(index)
        .generations().stream().map(p -> p.getFileName().toString()).toList();
  }

  private static Path largestFile(Path generation) throws IOException {
    try (Stream<Path> files = Files.list(generation)) {
      return files.max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
  }

  @Test
  void serveRefusesAnIndexWhoseCurrentIsLostAndBuildsNoSampleOverIt() throws Exception {
    Path index = dir.resolve("index");
    Path small = corpus("small.jsonl", "s", 50);
    assertEquals(
        0,
        run("reindex", "--no-vectors", "--input", small.toString(), "--index", index.toString()));
    assertEquals(
        0,
        run("reindex", "--no-vectors", "--input", small.toString(), "--index", index.toString()));
    Files.delete(index.resolve("CURRENT"));

    String output = serveRefused(index);

    assertTrue(
        output.contains(
            "newsearch serve: index at "
                + index
                + " has generations but no readable CURRENT (there is no CURRENT); the newest"
                + " complete generation is gen-000002: run './newsearch rollback --to gen-000002"
                + " --index "
                + index
                + "' to serve it"),
        output);
    assertEquals(List.of("gen-000001", "gen-000002"), generations(index));
    assertTrue(Files.notExists(index.resolve("CURRENT")), "nothing was published");
  }

  @Test
  void serveRefusesACorruptServedGenerationNamingItAndTheFile() throws Exception {
    Path index = dir.resolve("index");
    Path small = corpus("small.jsonl", "s", 200);
    assertEquals(
        0,
        run("reindex", "--no-vectors", "--input", small.toString(), "--index", index.toString()));
    Path damaged = largestFile(index.resolve("gen-000001"));
    try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
      long middle = raf.length() / 2;
      raf.seek(middle);
      int b = raf.read();
      raf.seek(middle);
      raf.write(~b & 0xff);
    }

    String output = serveRefused(index);

    assertTrue(
        output.contains(
            "newsearch serve: generation gen-000001 at "
                + index
                + " is corrupt: file "
                + damaged.getFileName()),
        output);
    assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
    assertEquals(List.of("gen-000001"), generations(index));
  }

  @Test
  void serveRefusesADamagedStoreOfSavedSearchesNamingTheFile() throws Exception {
    Path index = dir.resolve("index");
    Path small = corpus("small.jsonl", "s", 20);
    assertEquals(
        0,
        run("reindex", "--no-vectors", "--input", small.toString(), "--index", index.toString()));
    Path store = index.resolve("saved-searches.db");
    Files.writeString(store, "not a database\n".repeat(400), StandardCharsets.UTF_8);

    String output = serveRefused(index);

    assertTrue(
        output.contains("newsearch serve: saved searches at " + store + " cannot be read"), output);
    assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
  }

  private static int run(String... args) throws Exception {
    return ChildCommand.run(ProcessBuilder.Redirect.DISCARD, args);
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
    assertEquals(
        0, run("reindex", "--no-vectors", "--input", big.toString(), "--index", index.toString()));
    int served = servedArticles(index);
    assertEquals(ARTICLES, served);

    for (int trial = 0; trial < trials(); trial++) {
      boolean killReindex = random.nextBoolean();
      long delayMs = 200 + random.nextInt(2500);
      String[] args =
          killReindex
              ? new String[] {
                "reindex", "--no-vectors", "--input", big.toString(), "--index", index.toString()
              }
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
