package newsearch.bench.corpus;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a seeded, deterministic news corpus as JSON Lines, one article at a time: memory use does
 * not grow with the size, so a million articles (about 3.5 GB) stream straight to disk. The same
 * seed and size always give the same bytes.
 */
public final class CorpusGenerator {

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private final ArticleGenerator articles;

  /** A generator of the corpus with this seed. */
  public CorpusGenerator(long seed) {
    this.articles = new ArticleGenerator(seed);
  }

  /**
   * Writes articles 0 to {@code size - 1} to {@code out}, replacing it.
   *
   * @return the bytes written
   */
  public long write(long size, Path out) throws IOException {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, got " + size);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
      for (long n = 0; n < size; n++) {
        GSON.toJson(articles.article(n), writer);
        writer.write('\n');
      }
    }
    return Files.size(out);
  }
}
