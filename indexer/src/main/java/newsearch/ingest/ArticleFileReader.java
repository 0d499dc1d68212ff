package newsearch.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import newsearch.schema.Article;
import newsearch.schema.ArticleLimits;

/**
 * Reads one input file of any supported kind and reports its articles and rejections: {@code .txt}
 * scraped article pages, {@code .html} and {@code .htm} pages, and {@code .jsonl} JSON Lines, each
 * of them possibly gzipped ({@code .jsonl.gz}) and then decompressed as it is read.
 *
 * <p>Content never stops a batch: an unsupported name, a damaged gzip stream, an oversized page or
 * record ({@link ReaderConfig}), a binary file under a page's name, a field beyond the index's
 * limits or a page that is not an article is a rejection with its reason. A gzipped JSON Lines file
 * that breaks off keeps the articles read before the damage. Pages are decoded leniently ({@code
 * LenientText}: UTF-8, else a declared charset, else windows-1252); JSON Lines are UTF-8, as JSON
 * must be, with undecodable bytes replaced by U+FFFD. Stateless and thread-safe.
 */
public final class ArticleFileReader {

  private static final int GZIP_BUFFER_BYTES = 64 * 1024;

  private final ReaderConfig config;
  private final ArticlePageParser pages = new ArticlePageParser();
  private final HtmlArticleParser htmlPages = new HtmlArticleParser();
  private final JsonLinesReader jsonLines;

  /** A reader with the default limits. */
  public ArticleFileReader() {
    this(ReaderConfig.DEFAULTS);
  }

  /** A reader with the limits of {@code config}. */
  public ArticleFileReader(ReaderConfig config) {
    this.config = config;
    this.jsonLines = new JsonLinesReader(config);
  }

  /** Whether this reader knows how to read the file, judged by its name. */
  public boolean supports(Path file) {
    return InputFormat.of(file).isPresent();
  }

  /**
   * Reads the file. Problems with its content become rejections in the sink.
   *
   * @throws IOException when the file cannot be opened or read at all
   */
  public void read(Path file, ArticleSink sink) throws IOException {
    read(file, sink, bytes -> {});
  }

  /**
   * Reads the file as {@link #read(Path, ArticleSink, LongConsumer)} does, after telling {@code
   * sink} which file it is; a file that cannot be opened or read to its end is a rejection too
   * ({@link ReadFailure}), so nothing about one file stops the files after it. The one read loop of
   * every caller that reads files.
   */
  public void readOrReject(Path file, ArticleSink sink, LongConsumer progress) {
    sink.startFile(file);
    try {
      read(file, sink, progress);
    } catch (IOException e) {
      sink.reject(ReadFailure.rejection(file, e));
    } catch (UncheckedIOException e) {
      sink.reject(ReadFailure.rejection(file, e.getCause()));
    }
  }

  /**
   * Reads the file, telling {@code progress} how many bytes of the file (as stored, compressed or
   * not) each read consumed, so a caller can show progress through large files.
   *
   * @throws IOException when the file cannot be opened or read at all
   */
  public void read(Path file, ArticleSink sink, LongConsumer progress) throws IOException {
    Optional<InputFormat> format = InputFormat.of(file);
    if (format.isEmpty()) {
      sink.reject(
          new Rejection(
              file,
              0,
              Rejection.Reason.UNSUPPORTED_TYPE,
              "unsupported file type (expected .txt, .html, .htm or .jsonl, or .gz)"));
      return;
    }
    boolean gzipped = InputFormat.isGzipped(file);
    try (InputStream raw = new CountingInputStream(Files.newInputStream(file), progress);
        InputStream in = gzipped ? new GZIPInputStream(raw, GZIP_BUFFER_BYTES) : raw) {
      switch (format.get()) {
        case JSON_LINES -> readJsonLines(in, file, gzipped, sink);
        case TEXT_PAGE, HTML_PAGE -> readPage(in, file, format.get(), sink);
      }
    } catch (ZipException | EOFException e) {
      if (!gzipped) {
        throw e;
      }
      sink.reject(new Rejection(file, 0, Rejection.Reason.DAMAGED_GZIP, damagedGzip(e)));
    }
  }

  private void readJsonLines(InputStream in, Path file, boolean gzipped, ArticleSink sink)
      throws IOException {
    BoundedLineReader lines =
        new BoundedLineReader(
            new InputStreamReader(in, StandardCharsets.UTF_8), config.maxRecordBytes());
    try {
      jsonLines.read(lines, file, sink);
    } catch (ZipException | EOFException e) {
      if (!gzipped) {
        throw e;
      }
      sink.reject(
          new Rejection(
              file, lines.lineNumber() + 1, Rejection.Reason.DAMAGED_GZIP, damagedGzip(e)));
    }
  }

  private void readPage(InputStream in, Path file, InputFormat format, ArticleSink sink)
      throws IOException {
    byte[] bytes = in.readNBytes(config.maxPageBytes() + 1);
    if (bytes.length > config.maxPageBytes()) {
      sink.reject(
          new Rejection(
              file,
              0,
              Rejection.Reason.TOO_LARGE,
              "page larger than " + ReaderConfig.describe(config.maxPageBytes())));
      return;
    }
    boolean html = format == InputFormat.HTML_PAGE;
    String text = LenientText.decode(bytes, html);
    try {
      Optional<String> notText = TextSniffer.notText(text);
      if (notText.isPresent()) {
        throw new RejectedInputException(Rejection.Reason.NOT_TEXT, notText.get());
      }
      Article article = html ? htmlPages.parse(text, null) : pages.parse(text, null);
      Optional<String> problem = ArticleLimits.problem(article);
      if (problem.isPresent()) {
        throw new RejectedInputException(Rejection.Reason.FIELD_OVER_LIMIT, problem.get());
      }
      sink.accept(article);
    } catch (RejectedInputException e) {
      sink.reject(e.at(file, 0));
    }
  }

  private static String damagedGzip(IOException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "damaged gzip data: " + detail;
  }

  /** Reports every byte read through it. */
  private static final class CountingInputStream extends FilterInputStream {
    private final LongConsumer progress;

    CountingInputStream(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        progress.accept(n);
      }
      return n;
    }
  }
}
