package newsearch.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.LanguageAnalysis;
import newsearch.schema.NewsSchema;
import newsearch.schema.Synonyms;
import newsearch.search.RankingConfig;

/**
 * The Solr configset of a newsearch collection, generated from the one schema: {@code
 * managed-schema.xml} (fields, types and analysis chains by factory names, BM25's k1 and b), {@code
 * solrconfig.xml} (global IDF, edismax with our field weights, unified highlighting) and the
 * bundled {@code synonyms.txt}, analysed as our query analyzer analyses it, and the stop-word files
 * of the language chains.
 */
public final class SolrConfigset {

  /** The files of a configset, as {@link #write} names them. */
  public static final List<String> FILES = files();

  private final RankingConfig ranking;
  private final NewsSchema schema;

  /** A configset with the ranking knobs of {@code ranking}. */
  public SolrConfigset(RankingConfig ranking, NewsSchema schema) {
    this.ranking = ranking;
    this.schema = schema;
  }

  /** The configset with the service's default ranking. */
  public static SolrConfigset defaults() {
    return new SolrConfigset(RankingConfig.DEFAULTS, new NewsSchema());
  }

  /** Writes the configset's files into {@code dir}, creating it; returns {@code dir}. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir, FILES.get(0), new ManagedSchemaXml(ranking).xml());
    write(dir, FILES.get(1), new SolrConfigXml(ranking).xml());
    write(dir, FILES.get(2), new SynonymRules(schema.analyzer()).analysed(Synonyms.bundledRules()));
    for (String list : LanguageAnalysis.WORD_LISTS) {
      try (InputStream in = LanguageAnalysis.WORD_LISTS_HOME.getResourceAsStream(list)) {
        if (in == null) {
          throw new IOException("stop-word file " + list + " is not on the class path");
        }
        Files.copy(in, dir.resolve(list), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }

  private static List<String> files() {
    List<String> files =
        new ArrayList<>(
            List.of("managed-schema.xml", "solrconfig.xml", ManagedSchemaXml.SYNONYMS_FILE));
    files.addAll(LanguageAnalysis.WORD_LISTS);
    return List.copyOf(files);
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
