package newsearch.indexer;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Whether a generation can be served: its newest commit opens, was written with this schema
 * version, holds the expected number of articles, and every file of the commit passes its checksum.
 * A reindex checks its new generation with it before publishing, a rollback its target before
 * switching, and the service every generation it opens.
 *
 * <p>The checksums are verified with {@code LeafReader.checkIntegrity()} on every leaf of the
 * reader that will be served, rather than with {@code CodecUtil.checksumEntireFile} on each file
 * name of the commit: both read every byte once, but this reads through the files the reader
 * already holds open, so an update that commits meanwhile and deletes the files it replaced cannot
 * make a sound generation look broken. Opening the reader has already read the commit point and
 * every segment's info, field infos and deletions whole and checked their checksums; {@code
 * checkIntegrity} covers the rest. {@code CheckIndex} would decode every posting too, many times
 * slower, to find faults a checksum already rules out. Thread-safe.
 */
public final class GenerationCheck {

  /** Expected article count meaning "any number". */
  public static final long ANY_COUNT = -1;

  private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"");
  private static final Pattern RESOURCE_SLICE = Pattern.compile("\\[slice=([^\\]]+)\\]");

  private final NewsSchema schema;

  /** A check against {@code schema}'s version. */
  public GenerationCheck(NewsSchema schema) {
    this.schema = schema;
  }

  /**
   * Opens the newest commit of {@code generation} and checks it.
   *
   * @param expected the number of live articles it must hold, or {@link #ANY_COUNT}
   * @return the number of live articles it holds
   * @throws CorruptGenerationException when it cannot be served
   * @throws newsearch.schema.IncompatibleIndexException when another schema version wrote it
   */
  public int verify(Path generation, long expected) throws IOException {
    try (FSDirectory dir = FSDirectory.open(generation);
        DirectoryReader reader = open(dir, generation)) {
      verify(reader, generation, expected);
      return reader.numDocs();
    }
  }

  /**
   * Opens the newest commit in {@code dir}, the directory of {@code generation}, for reading; the
   * caller closes the reader and then the directory.
   *
   * @throws CorruptGenerationException when there is no commit or it cannot be read
   */
  public DirectoryReader open(Directory dir, Path generation) throws IOException {
    try {
      return DirectoryReader.open(dir);
    } catch (IOException e) {
      throw asCorrupt(e, generation).orElseThrow(() -> e);
    }
  }

  /**
   * Checks {@code reader}, open on the newest commit of {@code generation}: the schema version, the
   * count when one is expected, and the checksum of every file of the commit.
   */
  public void verify(DirectoryReader reader, Path generation, long expected) throws IOException {
    // Named by the index directory: the rebuild the message advises goes there, not into a
    // generation.
    schema.checkCompatible(
        reader.getIndexCommit().getUserData(), generation.getParent().toString());
    if (expected != ANY_COUNT && reader.numDocs() != expected) {
      throw new CorruptGenerationException(
          describe(generation) + " holds " + reader.numDocs() + " articles, expected " + expected,
          name(generation),
          null);
    }
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    } catch (IOException e) {
      throw asCorrupt(e, generation).orElseThrow(() -> e);
    }
  }

  /** Whether {@code generation} passes {@link #verify(Path, long)}; any failure means no. */
  public boolean isComplete(Path generation) {
    try {
      verify(generation, ANY_COUNT);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The failure of reading {@code generation} as a corrupt generation, naming the file, when it is
   * one: a failed checksum, a file cut short or missing, no commit, or a format this Lucene cannot
   * read. Other failures, such as a denied permission, say nothing about the generation itself.
   */
  private static Optional<CorruptGenerationException> asCorrupt(IOException e, Path generation) {
    String what = null;
    if (e instanceof CorruptIndexException c) {
      what =
          "is corrupt: file " + fileOf(c.getResourceDescription()) + ": " + c.getOriginalMessage();
    } else if (e instanceof IndexNotFoundException) {
      what = "holds no commit: " + e.getMessage();
    } else if (e instanceof EOFException
        || e instanceof FileNotFoundException
        || e instanceof NoSuchFileException) {
      what = "is incomplete: " + e.getMessage();
    } else if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      what = "cannot be read by this version: " + e.getMessage();
    }
    return Optional.ofNullable(what)
        .map(
            w ->
                new CorruptGenerationException(
                    describe(generation) + " " + w, name(generation), e));
  }

  /**
   * The file a resource description such as {@code MMapIndexInput(path="/x/_0.cfs") [slice=_0.fdt]}
   * names.
   */
  private static String fileOf(String resource) {
    Matcher m = RESOURCE_PATH.matcher(resource);
    if (!m.find()) {
      return resource;
    }
    String file = Path.of(m.group(1)).getFileName().toString();
    Matcher slice = RESOURCE_SLICE.matcher(resource);
    return slice.find() ? file + " (" + slice.group(1) + ")" : file;
  }

  private static String describe(Path generation) {
    return "generation " + name(generation) + " at " + generation.getParent();
  }

  private static String name(Path generation) {
    return generation.getFileName().toString();
  }
}
