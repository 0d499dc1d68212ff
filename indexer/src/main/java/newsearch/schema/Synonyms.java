package newsearch.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Loads synonym lists in the Solr format (one group of equivalent words or phrases a line). The
 * rules are analysed with the index analyzer, so that a rule matches the tokens a query produces.
 */
public final class Synonyms {

  private static final String BUNDLED = "synonyms.txt";

  private Synonyms() {}

  /** The bundled news synonyms. */
  public static SynonymMap bundled(Analyzer analyzer) {
    try (Reader in = new StringReader(bundledRules())) {
      return parse(in, analyzer, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled synonyms", e);
    }
  }

  /** The bundled synonym list as written, in the Solr format: for a Solr configset. */
  public static String bundledRules() {
    try (InputStream in = Synonyms.class.getResourceAsStream(BUNDLED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled synonyms", e);
    }
  }

  /**
   * Reads a synonym file.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed rule
   */
  public static SynonymMap read(Path file, Analyzer analyzer) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in, analyzer, file.toString());
    }
  }

  private static SynonymMap parse(Reader in, Analyzer analyzer, String name) throws IOException {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
    try {
      parser.parse(in);
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }
}
