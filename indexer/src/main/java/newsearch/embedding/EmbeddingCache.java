package newsearch.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsearch.schema.Digest;

/**
 * Vectors by the fingerprint of the text they were made of (SHA-256, 16 bytes), kept in one file
 * next to an index's generations so that a reindex embeds only text it has not embedded before.
 *
 * <p>The file holds a header naming the model and the number of dimensions, then one record per
 * text: the fingerprint and the floats. A file of another model, or a damaged one, is ignored (the
 * vectors are made again), never an error. Thread-safe: the indexing threads look up and add at
 * once; {@link #save} runs after them.
 */
public final class EmbeddingCache {

  /** Name of the cache file in the index directory. */
  public static final String FILE = "embeddings.cache";

  private static final String HEADER =
      "newsearch-embeddings 1 " + SentenceEncoder.MODEL + " " + SentenceEncoder.DIMENSIONS;

  private final Map<String, float[]> vectors;

  private EmbeddingCache(Map<String, float[]> vectors) {
    this.vectors = vectors;
  }

  /** An empty cache. */
  public static EmbeddingCache empty() {
    return new EmbeddingCache(new ConcurrentHashMap<>());
  }

  /** The cache saved in {@code dir}; empty when there is none or it cannot be used. */
  public static EmbeddingCache load(Path dir) {
    Map<String, float[]> read = new ConcurrentHashMap<>();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(FILE))))) {
      if (!HEADER.equals(in.readUTF())) {
        return empty();
      }
      readRecords(in, read);
    } catch (IOException e) {
      // None yet, or damaged: a cache is only a saving, and the vectors are made again.
      return empty();
    }
    return new EmbeddingCache(read);
  }

  private static void readRecords(DataInputStream in, Map<String, float[]> into)
      throws IOException {
    byte[] key = new byte[16];
    while (true) {
      try {
        in.readFully(key);
      } catch (EOFException end) {
        return;
      }
      float[] vector = new float[SentenceEncoder.DIMENSIONS];
      for (int i = 0; i < vector.length; i++) {
        vector[i] = in.readFloat();
      }
      into.put(HexFormat.of().formatHex(key), vector);
    }
  }

  /** The fingerprint of {@code text} that vectors are kept under. */
  public static String fingerprint(String text) {
    return Digest.sha256Hex(text, 16);
  }

  /** The vector kept for {@code fingerprint}, or null. */
  public float[] get(String fingerprint) {
    return vectors.get(fingerprint);
  }

  /** Keeps {@code vector} for {@code fingerprint}. */
  public void put(String fingerprint, float[] vector) {
    vectors.put(fingerprint, vector);
  }

  /** How many vectors the cache holds. */
  public int size() {
    return vectors.size();
  }

  /**
   * Adds the vectors of this cache to the end of {@link #FILE} in {@code dir}, starting the file
   * when there is none: a live update keeps what it embedded without reading or rewriting the rest.
   * A later load takes the last vector of a fingerprint; a full reindex rewrites the file.
   */
  public void appendTo(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    boolean start = Files.notExists(file);
    try (OutputStream stream =
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
      if (start) {
        out.writeUTF(HEADER);
      }
      for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
        write(out, entry.getKey(), entry.getValue());
      }
    }
  }

  private static void write(DataOutputStream out, String key, float[] vector) throws IOException {
    out.write(HexFormat.of().parseHex(key));
    for (float f : vector) {
      out.writeFloat(f);
    }
  }

  /**
   * Writes the vectors of {@code keep} (all when null) to {@link #FILE} in {@code dir}, replacing
   * the file at once, so that a reader never sees half of it and texts no longer indexed drop out.
   */
  public void save(Path dir, Set<String> keep) throws IOException {
    Path temp = Files.createTempFile(dir, FILE, ".tmp");
    try {
      try (OutputStream file = Files.newOutputStream(temp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
        out.writeUTF(HEADER);
        for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
          if (keep == null || keep.contains(entry.getKey())) {
            write(out, entry.getKey(), entry.getValue());
          }
        }
      }
      Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
