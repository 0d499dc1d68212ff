package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file stays one flat object of snake_case keys over the grouped records. */
class SearchConfigFileTest {

  /**
   * Every key a configuration file may hold, in file order: those read before the settings were
   * grouped, and {@code page_size} and {@code related_count} since.
   */
  private static final List<String> KEYS =
      List.of(
          "title_boost",
          "summary_boost",
          "body_boost",
          "neutral_boost",
          "k1",
          "b",
          "tie_breaker",
          "phrase_boost",
          "phrase_slop",
          "proximity_max_words",
          "proximity_window",
          "min_should_match",
          "relax_below",
          "recency_weight",
          "recency_half_life_days",
          "synonyms",
          "synonyms_file",
          "max_page_size",
          "max_depth",
          "max_query_chars",
          "max_query_terms",
          "max_sections",
          "search_timeout_millis",
          "exact_total_up_to",
          "count_cache_entries",
          "search_threads",
          "page_size",
          "related_count",
          "facet_values",
          "snippets",
          "highlight_max_chars",
          "max_suggestions",
          "phrase_min_titles",
          "spelling",
          "ranking",
          "knn_candidates",
          "lexical_candidates",
          "rrf_k",
          "knn_scope",
          "related_ranking");

  @TempDir Path dir;

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void theDefaultsAreWrittenAsOneFlatObjectOfEverySetting() throws IOException {
    Path file = dir.resolve("config.json");
    SearchConfigFile.write(SearchConfig.DEFAULTS, file);
    JsonObject written = json(Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(KEYS, List.copyOf(written.keySet()));
    assertEquals(
        "{\"title_boost\":1.0,\"summary_boost\":1.0,\"body_boost\":1.0,\"neutral_boost\":0.001,"
            + "\"k1\":2.0,\"b\":0.75,"
            + "\"tie_breaker\":0.5,\"phrase_boost\":1.0,\"phrase_slop\":3,"
            + "\"proximity_max_words\":4,\"proximity_window\":30,\"min_should_match\":\"3<-25%\","
            + "\"relax_below\":10,"
            + "\"recency_weight\":0.0,\"recency_half_life_days\":365.0,\"synonyms\":true,"
            + "\"synonyms_file\":null,\"max_page_size\":100,\"max_depth\":10000,"
            + "\"max_query_chars\":1000,\"max_query_terms\":64,\"max_sections\":20,"
            + "\"search_timeout_millis\":2000,\"exact_total_up_to\":1000,"
            + "\"count_cache_entries\":512,\"search_threads\":"
            + LimitsConfig.DEFAULT_SEARCH_THREADS
            + ",\"page_size\":10,"
            + "\"related_count\":5,\"facet_values\":20,"
            + "\"snippets\":3,\"highlight_max_chars\":1000000,\"max_suggestions\":20,"
            + "\"phrase_min_titles\":2,\"spelling\":true,\"ranking\":\"hybrid\","
            + "\"knn_candidates\":100,\"lexical_candidates\":1000,\"rrf_k\":60,"
            + "\"knn_scope\":\"long_queries_only\",\"related_ranking\":\"hybrid\"}",
        written.toString());
    assertEquals(SearchConfig.DEFAULTS, SearchConfigFile.read(file));
  }

  @Test
  void aFileNamingSettingsOfEveryGroupChangesEachOfThemAndNothingElse() throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(
        file,
        "{\"recency_weight\": 0.5, \"max_depth\": 500, \"facet_values\": 7,"
            + " \"snippets\": 1, \"spelling\": false, \"synonyms_file\": \"syn.txt\"}",
        StandardCharsets.UTF_8);
    SearchConfig expected =
        SearchConfig.builder()
            .ranking(r -> r.recencyWeight(0.5).synonymsFile("syn.txt"))
            .limits(l -> l.maxDepth(500))
            .page(p -> p.facetValues(7))
            .highlighting(h -> h.snippets(1))
            .suggestions(s -> s.spelling(false))
            .build();
    assertEquals(expected, SearchConfigFile.read(file));
  }

  @Test
  void theTunersKnobsAreTheFileKeys() {
    JsonObject knobs = json("{\"k1\": 1.2, \"phrase_slop\": 2.0, \"max_query_terms\": 100}");
    SearchConfig tuned = SearchConfigFile.merge(SearchConfig.DEFAULTS, knobs);
    assertEquals(
        SearchConfig.DEFAULTS.toBuilder()
            .ranking(r -> r.k1(1.2).phraseSlop(2))
            .limits(l -> l.maxQueryTerms(100))
            .build(),
        tuned);
  }

  @Test
  void theRankingIsReadByItsName() {
    SearchConfig hybrid =
        SearchConfigFile.merge(SearchConfig.DEFAULTS, json("{\"ranking\": \"hybrid\"}"));

    assertEquals(Ranking.HYBRID, hybrid.fusion().ranking());
    assertEquals("hybrid", SearchConfigFile.settings(hybrid).get("ranking").getAsString());
  }

  @Test
  void theRelatedRankingIsReadByItsNameAndAnUnknownOneIsRefused() {
    SearchConfig byVector =
        SearchConfigFile.merge(SearchConfig.DEFAULTS, json("{\"related_ranking\": \"semantic\"}"));
    assertEquals(Ranking.SEMANTIC, byVector.fusion().relatedRanking());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SearchConfigFile.merge(
                    SearchConfig.DEFAULTS, json("{\"related_ranking\": \"x\"}")));
    assertEquals("related_ranking must be lexical, semantic or hybrid", unknown.getMessage());
  }

  @Test
  void anUnknownKeyIsRefusedListingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchConfigFile.merge(SearchConfig.DEFAULTS, json("{\"k_one\": 0.9}")));
    assertEquals("unknown setting 'k_one'; known: " + KEYS, e.getMessage());
  }

  @Test
  void aValueOutOfRangeInAFileIsRefusedWithTheValidationMessage() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"k1\": -1}", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SearchConfigFile.read(file));
    assertEquals(
        file + ": not a valid search configuration: k1 must not be negative, got -1.0",
        e.getMessage());
  }

  @Test
  void theBuilderValidatesWithTheSameMessages() {
    IllegalArgumentException b =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchConfig.builder().ranking(r -> r.b(1.5)).build());
    assertEquals("b must be between 0 and 1, got 1.5", b.getMessage());
    IllegalArgumentException timeout =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchConfig.builder().limits(l -> l.searchTimeoutMillis(0)).build());
    assertEquals("searchTimeoutMillis must be at least 1, got 0", timeout.getMessage());
    IllegalArgumentException halfLife =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchConfig.builder().ranking(r -> r.recencyHalfLifeDays(0)).build());
    assertEquals("recencyHalfLifeDays must be positive, got 0.0", halfLife.getMessage());
  }

  @Test
  void aDefaultSizeBeyondTheLargestPageIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchConfig.builder().page(p -> p.relatedCount(200)).build());
    assertEquals("relatedCount must be at most maxPageSize (100), got 200", e.getMessage());
    assertEquals(
        50,
        SearchConfig.builder()
            .page(p -> p.pageSize(50))
            .limits(l -> l.maxPageSize(50))
            .build()
            .page()
            .pageSize());
  }

  @Test
  void toBuilderKeepsEveryValueItIsNotToldToChange() {
    SearchConfig changed =
        SearchConfig.builder().ranking(r -> r.k1(1.1)).limits(l -> l.maxDepth(300)).build();
    assertEquals(changed, changed.toBuilder().build());
    SearchConfig again = changed.toBuilder().highlighting(h -> h.snippets(2)).build();
    assertEquals(1.1, again.ranking().k1());
    assertEquals(300, again.limits().maxDepth());
    assertEquals(2, again.highlighting().snippets());
    assertEquals(SearchConfig.DEFAULTS.suggestions(), again.suggestions());
  }
}
