package newsearch.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import newsearch.schema.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding cache file: its format, what survives damage, saving, appending, threads. */
class EmbeddingCacheTest {

  /** The header the file format has always had, written here as the earlier code wrote it. */
  private static final String HEADER =
      "newsearch-embeddings 1 " + SentenceEncoder.MODEL + " " + SentenceEncoder.DIMENSIONS;

  private static final int HEADER_BYTES = 2 + HEADER.length();
  private static final int RECORD_BYTES = 16 + SentenceEncoder.DIMENSIONS * Float.BYTES;

  @TempDir Path dir;

  @Test
  void vectorsRoundTripExactlyThroughSaveAndOpen() throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      for (int i = 0; i < 3; i++) {
        cache.put(key(i), vector(i));
      }
      cache.save(Set.of(key(0), key(1), key(2)));
    }

    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(3, cache.size());
      for (int i = 0; i < 3; i++) {
        assertArrayEquals(vector(i), cache.get(key(i)), "vector " + i);
      }
      assertNull(cache.get(key(3)));
    }
  }

  @Test
  void readsAFileWrittenRecordByRecordInTheFormat() throws IOException {
    writeFile(HEADER, 2, 0);

    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(2, cache.size());
      assertArrayEquals(vector(0), cache.get(key(0)));
      assertArrayEquals(vector(1), cache.get(key(1)));
    }
  }

  @Test
  void aCacheOfAnotherModelIsIgnoredAndStartedAgain() throws IOException {
    writeFile("newsearch-embeddings 1 another-model " + SentenceEncoder.DIMENSIONS, 2, 0);

    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(0, cache.size());
      assertNull(cache.get(key(0)));
    }
    assertEquals(HEADER_BYTES, Files.size(dir.resolve(EmbeddingCache.FILE)));
  }

  @Test
  void aTrailingPartialRecordIsIgnoredAndTheEarlierOnesKept() throws IOException {
    writeFile(HEADER, 2, RECORD_BYTES / 2);

    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(2, cache.size());
      assertArrayEquals(vector(1), cache.get(key(1)));
      cache.put(key(2), vector(2));
    }
    // The vector added after the cut record starts where a reader looks for it.
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(3, cache.size());
      assertArrayEquals(vector(0), cache.get(key(0)));
      assertArrayEquals(vector(2), cache.get(key(2)));
    }
  }

  @Test
  void saveKeepsOnlyTheKeptFingerprintsAndLeavesNoOtherFile() throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      for (int i = 0; i < 3; i++) {
        cache.put(key(i), vector(i));
      }
      cache.put(key(0), vector(10));
      cache.save(Set.of(key(0), key(2)));
    }

    assertEquals(List.of(EmbeddingCache.FILE), filesIn(dir));
    assertEquals(HEADER_BYTES + 2L * RECORD_BYTES, Files.size(dir.resolve(EmbeddingCache.FILE)));
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(2, cache.size());
      assertArrayEquals(vector(10), cache.get(key(0)));
      assertFalse(cache.contains(key(1)));
      assertArrayEquals(vector(2), cache.get(key(2)));
    }
  }

  @Test
  void concurrentPutsFromSeveralThreadsAllReadBack() throws Exception {
    int threads = 4;
    int each = 250;
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int first = t * each;
          done.add(
              pool.submit(
                  () -> {
                    for (int i = first; i < first + each; i++) {
                      cache.put(key(i), vector(i));
                      assertArrayEquals(vector(i), cache.get(key(i)), "vector " + i);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
    }

    assertEquals(
        HEADER_BYTES + (long) threads * each * RECORD_BYTES,
        Files.size(dir.resolve(EmbeddingCache.FILE)));
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(threads * each, cache.size());
      for (int i = 0; i < threads * each; i++) {
        assertArrayEquals(vector(i), cache.get(key(i)), "vector " + i);
      }
    }
  }

  @Test
  void appendingAddsToAnExistingFileWithoutLosingItsRecords() throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      cache.put(key(0), vector(0));
      cache.put(key(1), vector(1));
      cache.save(Set.of(key(0), key(1)));
    }

    try (EmbeddingCache update = EmbeddingCache.appendingTo(dir)) {
      // An update does not read what the file holds.
      assertNull(update.get(key(0)));
      update.put(key(2), vector(2));
      update.put(key(1), vector(11));
    }

    assertEquals(HEADER_BYTES + 4L * RECORD_BYTES, Files.size(dir.resolve(EmbeddingCache.FILE)));
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertEquals(3, cache.size());
      assertArrayEquals(vector(0), cache.get(key(0)));
      assertArrayEquals(vector(11), cache.get(key(1)), "the last vector of a text wins");
      assertArrayEquals(vector(2), cache.get(key(2)));
    }
  }

  @Test
  void appendingToNoFileStartsOne() throws IOException {
    try (EmbeddingCache update = EmbeddingCache.appendingTo(dir)) {
      update.put(key(0), vector(0));
    }

    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertTrue(cache.contains(key(0)));
      assertArrayEquals(vector(0), cache.get(key(0)));
    }
  }

  @Test
  void aFingerprintIsTheFirstSixteenBytesOfTheSha256OfTheText() {
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 ...
    assertEquals(new Fingerprint(0xba7816bf8f01cfeaL, 0x414140de5dae2223L), Fingerprint.of("abc"));
  }

  private static Fingerprint key(int i) {
    return Fingerprint.of("text " + i);
  }

  /** A vector of exact, distinct floats for {@code i}, negative zero and extremes among them. */
  private static float[] vector(int i) {
    float[] v = new float[SentenceEncoder.DIMENSIONS];
    for (int j = 0; j < v.length; j++) {
      v[j] = (float) Math.sin(i * 1000.0 + j);
    }
    v[0] = -0.0f;
    v[1] = Float.MIN_VALUE;
    v[2] = i;
    return v;
  }

  /**
   * Writes a cache file with {@code header} and the vectors 0 to {@code records - 1} as the earlier
   * code did, with {@link DataOutputStream}, then {@code partial} bytes of one more record.
   */
  private void writeFile(String header, int records, int partial) throws IOException {
    try (OutputStream file = Files.newOutputStream(dir.resolve(EmbeddingCache.FILE));
        DataOutputStream out = new DataOutputStream(file)) {
      out.writeUTF(header);
      for (int i = 0; i < records; i++) {
        out.write(HexFormat.of().parseHex(Digest.sha256Hex("text " + i, 16)));
        for (float f : vector(i)) {
          out.writeFloat(f);
        }
      }
      out.write(new byte[partial]);
    }
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
