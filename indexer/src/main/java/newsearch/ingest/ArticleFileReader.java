package newsearch.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one input file of any supported kind and reports its articles and rejections: {@code .txt}
 * scraped article pages and {@code .jsonl} JSON Lines. Stateless and thread-safe.
 */
public final class ArticleFileReader {

  private final ArticlePageParser pages = new ArticlePageParser();
  private final JsonLinesReader jsonLines = new JsonLinesReader();

  /** Whether this reader knows how to read the file, judged by its name. */
  public boolean supports(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".jsonl");
  }

  /**
   * Reads the file. Problems with its content become rejections in the sink.
   *
   * @throws IOException when the file cannot be opened or read at all
   */
  public void read(Path file, ArticleSink sink) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        jsonLines.read(in, file, sink);
      }
    } else if (name.endsWith(".txt")) {
      readPage(file, sink);
    } else {
      sink.reject(new Rejection(file, 0, "unsupported file type (expected .txt or .jsonl)"));
    }
  }

  private void readPage(Path file, ArticleSink sink) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection(file, 0, "not UTF-8 text"));
      return;
    }
    try {
      sink.accept(pages.parse(text, null));
    } catch (RejectedInputException e) {
      sink.reject(new Rejection(file, 0, e.getMessage()));
    }
  }
}
