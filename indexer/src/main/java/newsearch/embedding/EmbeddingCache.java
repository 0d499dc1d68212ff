package newsearch.embedding;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vectors by the {@link Fingerprint} of the text they were made of, kept in one file next to an
 * index's generations so that a reindex embeds only text it has not embedded before.
 *
 * <p>The file holds a header naming the model and the number of dimensions, then one record per
 * text: the 16 bytes of the fingerprint and the floats, big-endian. A file of another model, or one
 * whose header is damaged, is started again (the vectors are made again), never an error. A record
 * cut short at the end, by a crash while it was written, is dropped; the records before it are
 * kept.
 *
 * <p>The vectors stay on disk: the heap holds only each fingerprint and where its record starts
 * (about 100 bytes a text, where a vector takes 1.5 KB), and {@link #get} reads the vector back. A
 * new vector is appended to the same file at once rather than to a side file: one file, one offset
 * per fingerprint, and a reindex that fails after hours of embedding leaves what it embedded to the
 * next one, where a side file would have to be merged or thrown away. {@link #save} then rewrites
 * the file with only the vectors still indexed.
 *
 * <p>Thread-safe: the indexing threads look up and add at once (appends are serialised, reads are
 * positional and run in parallel); {@link #save} runs after them. One cache per file at a time: the
 * index's lock keeps reindexes and updates apart. The caller closes the cache.
 */
public final class EmbeddingCache implements Closeable {

  /** Name of the cache file in the index directory. */
  public static final String FILE = "embeddings.cache";

  private static final String HEADER =
      "newsearch-embeddings 1 " + SentenceEncoder.MODEL + " " + SentenceEncoder.DIMENSIONS;

  /** The header as {@link DataOutputStream#writeUTF} writes it, as files of earlier versions do. */
  private static final byte[] HEADER_BYTES = utf(HEADER);

  private static final int VECTOR_BYTES = SentenceEncoder.DIMENSIONS * Float.BYTES;
  private static final int RECORD_BYTES = Fingerprint.BYTES + VECTOR_BYTES;

  /** Records read at once when the file is scanned: about 400 KB, few reads and little heap. */
  private static final int RECORDS_PER_READ = 256;

  private final Path file;
  private final FileChannel channel;
  private final Map<Fingerprint, Long> offsets;
  private final boolean complete;

  /** Where the next record goes; guarded by this. */
  private long end;

  private EmbeddingCache(
      Path file, FileChannel channel, Map<Fingerprint, Long> offsets, boolean complete, long end) {
    this.file = file;
    this.channel = channel;
    this.offsets = offsets;
    this.complete = complete;
    this.end = end;
  }

  /**
   * Opens the cache in {@code dir} for a reindex: every vector the file holds can be looked up, and
   * new ones are added to its end. Starts the file when there is none or it cannot be used.
   */
  public static EmbeddingCache open(Path dir) throws IOException {
    return open(dir, true);
  }

  /**
   * Opens the cache in {@code dir} to add vectors to the end of its file without reading the
   * records it holds, for a live update of a few articles: a lookup finds only vectors added since.
   * Starts the file when there is none or it cannot be used.
   */
  public static EmbeddingCache appendingTo(Path dir) throws IOException {
    return open(dir, false);
  }

  private static EmbeddingCache open(Path dir, boolean lookUp) throws IOException {
    Path file = dir.resolve(FILE);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
    try {
      long records = 0;
      if (hasHeader(channel)) {
        records = (channel.size() - HEADER_BYTES.length) / RECORD_BYTES;
        // Drops a record cut short, so that the next one starts where a reader looks for it.
        channel.truncate(HEADER_BYTES.length + records * RECORD_BYTES);
      } else {
        // None yet, another model's, or damaged: a cache is only a saving, and the vectors are made
        // again.
        channel.truncate(0);
        writeFully(channel, ByteBuffer.wrap(HEADER_BYTES), 0);
      }
      long end = HEADER_BYTES.length + records * RECORD_BYTES;
      Map<Fingerprint, Long> offsets = new ConcurrentHashMap<>(lookUp ? (int) records : 16);
      if (lookUp) {
        // The last record of a text wins: an update appends over an older vector.
        scan(channel, end, (fingerprint, offset, chunk, at) -> offsets.put(fingerprint, offset));
      }
      return new EmbeddingCache(file, channel, offsets, lookUp, end);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static boolean hasHeader(FileChannel channel) throws IOException {
    if (channel.size() < HEADER_BYTES.length) {
      return false;
    }
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES.length);
    readFully(channel, header, 0);
    return Arrays.equals(header.array(), HEADER_BYTES);
  }

  /** The vector kept for {@code fingerprint}, read from the file, or null. */
  public float[] get(Fingerprint fingerprint) throws IOException {
    Long offset = offsets.get(fingerprint);
    if (offset == null) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.allocate(VECTOR_BYTES);
    readFully(channel, bytes, offset + Fingerprint.BYTES);
    float[] vector = new float[SentenceEncoder.DIMENSIONS];
    bytes.asFloatBuffer().get(vector);
    return vector;
  }

  /** Whether a vector is kept for {@code fingerprint}. */
  public boolean contains(Fingerprint fingerprint) {
    return offsets.containsKey(fingerprint);
  }

  /** Appends {@code vector} to the file under {@code fingerprint}; later lookups find it there. */
  public void put(Fingerprint fingerprint, float[] vector) throws IOException {
    if (vector.length != SentenceEncoder.DIMENSIONS) {
      throw new IllegalArgumentException(
          "vector must have " + SentenceEncoder.DIMENSIONS + " dimensions, got " + vector.length);
    }
    ByteBuffer record = ByteBuffer.allocate(RECORD_BYTES);
    fingerprint.writeTo(record);
    record.asFloatBuffer().put(vector);
    record.clear();
    synchronized (this) {
      writeFully(channel, record, end);
      offsets.put(fingerprint, end);
      end += RECORD_BYTES;
    }
  }

  /** How many texts the cache holds vectors of. */
  public int size() {
    return offsets.size();
  }

  /**
   * Rewrites the file with the last vector of each fingerprint of {@code keep} only, so that texts
   * no longer indexed drop out, and closes the cache. The new file is written next to the old one
   * and replaces it at once, so that a reader never sees half of it.
   *
   * @throws IllegalStateException for a cache opened by {@link #appendingTo}, which does not know
   *     the records it did not read
   */
  public void save(Set<Fingerprint> keep) throws IOException {
    if (!complete) {
      throw new IllegalStateException("a cache opened to append cannot rewrite " + file);
    }
    long written;
    synchronized (this) {
      written = end;
    }
    Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        out.write(HEADER_BYTES);
        scan(
            channel,
            written,
            (fingerprint, offset, chunk, at) -> {
              if (keep.contains(fingerprint) && Objects.equals(offsets.get(fingerprint), offset)) {
                out.write(chunk.array(), at, RECORD_BYTES);
              }
            });
      }
      close();
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Closes the file. */
  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** What {@link #scan} shows each record: it lies in {@code chunk} from {@code at}. */
  private interface RecordVisitor {
    void visit(Fingerprint fingerprint, long offset, ByteBuffer chunk, int at) throws IOException;
  }

  /** Shows {@code visitor} every record before {@code end}, in file order. */
  private static void scan(FileChannel channel, long end, RecordVisitor visitor)
      throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(RECORDS_PER_READ * RECORD_BYTES);
    for (long start = HEADER_BYTES.length; start < end; start += chunk.capacity()) {
      chunk.clear().limit((int) Math.min(chunk.capacity(), end - start));
      readFully(channel, chunk, start);
      for (int at = 0; at < chunk.limit(); at += RECORD_BYTES) {
        visitor.visit(Fingerprint.read(chunk.position(at)), start + at, chunk, at);
      }
    }
  }

  /** Fills {@code buffer} from {@code position} on, then flips it for reading. */
  private static void readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        throw new EOFException("cache file ends before its last record");
      }
      position += n;
    }
    buffer.flip();
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
  }

  private static byte[] utf(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(text);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
