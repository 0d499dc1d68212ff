package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrConfigsetTest {

  private static final Article FULL =
      new Article(
          "a-1",
          "Ferries return to the strait",
          "Crossings resume after the storm.",
          "The ferries of the strait ran again on Monday after the storm that had kept every"
              + " boat in harbour for three days, and the first crossing of the morning carried"
              + " lorries, commuters and a school choir back to the island before seven.",
          LocalDate.of(2024, 3, 4),
          SectionPath.parse("World > Europe"),
          "https://news.example/a-1",
          "Harbour Post",
          "R. Quay",
          List.of("Storm closes the strait"),
          "en");

  @TempDir Path dir;

  @Test
  void everyFieldOfALuceneDocumentIsInTheConfigsetOrNamedLocalOnly() throws IOException {
    Set<String> lucene = new TreeSet<>();
    for (IndexableField field : new NewsSchema().toDocument(FULL, 1L)) {
      lucene.add(field.name());
    }
    lucene.removeAll(SolrFields.LOCAL_ONLY);
    Set<String> solr = new TreeSet<>(SolrFields.names());
    solr.removeAll(SolrFields.SOLR_ONLY);
    assertEquals(lucene, solr);
  }

  @Test
  void everySolrFieldOfAFullArticleIsFilledButSpellingWhichCopyFieldsFill() {
    Set<String> filled = new TreeSet<>(SolrDocuments.of(FULL, 1L).getFieldNames());
    Set<String> expected = new TreeSet<>(SolrFields.names());
    expected.removeAll(List.of(SolrFields.VERSION, NewsSchema.SPELLING));
    assertEquals(expected, filled);
  }

  @Test
  void schemaDeclaresTheTextChainByItsFactoryNamesAndQueriesAloneExpandSynonyms()
      throws IOException {
    String schema = read("managed-schema.xml");
    String index =
        "<analyzer type=\"index\">\n"
            + "      <tokenizer name=\"standard\"/>\n"
            + "      <filter name=\"englishPossessive\"/>\n"
            + "      <filter name=\"lowercase\"/>\n"
            + "      <filter name=\"asciiFolding\"/>\n"
            + "      <filter name=\"stop\"/>\n"
            + "      <filter name=\"kStem\"/>\n"
            + "    </analyzer>";
    assertTrue(schema.contains(index), schema);
    assertTrue(
        schema.contains(
            "      <filter name=\"kStem\"/>\n"
                + "      <filter name=\"synonymGraph\" expand=\"true\" ignoreCase=\"true\""
                + " synonyms=\"synonyms.txt\"/>\n"
                + "    </analyzer>"),
        schema);
    assertTrue(schema.contains("<float name=\"k1\">2.0</float>"), schema);
    assertTrue(schema.contains("<float name=\"b\">0.75</float>"), schema);
  }

  @Test
  void solrconfigAsksForGlobalStatisticsAndOurFieldWeights() throws IOException {
    String config = read("solrconfig.xml");
    assertTrue(config.contains("solr.search.stats.ExactStatsCache"), config);
    assertTrue(config.contains("<str name=\"qf\">title^1.0 summary^1.0 body^1.0</str>"), config);
    assertTrue(config.contains("<str name=\"tie\">0.5</str>"), config);
  }

  @Test
  void synonymEntriesAreWrittenAsTheIndexAnalyzerMakesThem() throws IOException {
    String synonyms = read("synonyms.txt");
    assertTrue(synonyms.contains("\nev, electric vehicle\n"), synonyms);
    assertTrue(synonyms.contains("\nuk, united kingdom, britain, great britain\n"), synonyms);
  }

  private String read(String file) throws IOException {
    SolrConfigset.defaults().write(dir);
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }
}
