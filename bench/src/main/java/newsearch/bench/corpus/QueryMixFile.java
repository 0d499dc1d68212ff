package newsearch.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The query files that every runner reads, written into one folder:
 *
 * <ul>
 *   <li>{@code queries.tsv}: the whole mix, {@code id<TAB>kind<TAB>section<TAB>text};
 *   <li>{@code plain.tsv}: the plain queries only ({@link QueryKind#plain()}), {@code id<TAB>text},
 *       the format the peer engines read;
 *   <li>{@code urls-mix.txt} and {@code urls-plain.txt}: the service's search paths, one a line,
 *       for the HTTP load generator; the plain ones ask for no facets ({@code facets=false}), as
 *       ranked queries on raw Lucene and on the peer engines count none.
 * </ul>
 */
public final class QueryMixFile {

  public static final String MIX = "queries.tsv";
  public static final String PLAIN = "plain.tsv";
  public static final String URLS_MIX = "urls-mix.txt";
  public static final String URLS_PLAIN = "urls-plain.txt";

  private QueryMixFile() {}

  /** Writes the four files for {@code queries} into {@code dir}. */
  public static void write(List<BenchQuery> queries, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> mix = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<String> urlsMix = new ArrayList<>();
    List<String> urlsPlain = new ArrayList<>();
    for (BenchQuery q : queries) {
      mix.add(String.join("\t", q.id(), q.kind().name(), q.section(), q.text()));
      urlsMix.add(q.urlPath());
      if (q.kind().plain()) {
        plain.add(q.id() + "\t" + q.text());
        urlsPlain.add(plainUrlPath(q));
      }
    }
    Files.write(dir.resolve(MIX), mix, StandardCharsets.UTF_8);
    Files.write(dir.resolve(PLAIN), plain, StandardCharsets.UTF_8);
    Files.write(dir.resolve(URLS_MIX), urlsMix, StandardCharsets.UTF_8);
    Files.write(dir.resolve(URLS_PLAIN), urlsPlain, StandardCharsets.UTF_8);
  }

  /**
   * The search path of {@code query} as in {@code urls-plain.txt}: no facets, as ranked queries on
   * raw Lucene and on the peer engines count none.
   */
  public static String plainUrlPath(BenchQuery query) {
    return query.urlPath() + "&facets=false";
  }

  /**
   * Reads {@code queries.tsv} or {@code plain.tsv}: a line of four columns is a mix entry, a line
   * of two a plain query.
   */
  public static List<BenchQuery> read(Path file) throws IOException {
    List<BenchQuery> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length == 4) {
        queries.add(new BenchQuery(cols[0], QueryKind.valueOf(cols[1]), cols[2], cols[3]));
      } else if (cols.length == 2) {
        queries.add(new BenchQuery(cols[0], QueryKind.WORDS, "", cols[1]));
      } else {
        throw new IOException(file + ": expected 2 or 4 tab-separated columns, got: " + line);
      }
    }
    if (queries.isEmpty()) {
      throw new IOException(file + " holds no queries");
    }
    return queries;
  }
}
