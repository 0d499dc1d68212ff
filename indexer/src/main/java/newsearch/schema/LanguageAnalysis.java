package newsearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analysis chain of each language that has its own fields, and of the language-neutral field,
 * declared once by Lucene's factory names ({@code standard}, {@code stop}, {@code
 * spanishLightStem}...) so that a Solr configset can be written from the same declaration.
 *
 * <p>Each chain lower-cases, drops the language's stop words (the Snowball lists that ship with
 * Lucene), stems lightly and then folds accents, so that {@code elecciones} and {@code elección}
 * meet at {@code eleccion} and a query typed without accents still matches. Stop words are dropped
 * before folding because the lists are written with accents; French drops elided articles first
 * ({@code l'élection} is {@code élection}). Light stemmers rather than Snowball: they strip
 * inflection (plural, gender) and leave derivation alone, which suits names and news words.
 *
 * <p>English is not here: its fields are the default text fields, analysed by {@link NewsAnalyzer}.
 * Immutable and thread-safe.
 */
public final class LanguageAnalysis {

  /** The languages with fields of their own besides the default (English) ones. */
  public static final Set<String> OWN_FIELDS = Set.of("es", "pt", "fr", "de");

  /** The languages analysed as such: English in the default fields, the others in their own. */
  public static final List<String> ANALYSED = List.of("en", "es", "pt", "fr", "de");

  /**
   * Where the chains' stop-word files are: next to {@link SnowballFilter}, in the Snowball format.
   */
  public static final Class<?> WORD_LISTS_HOME = SnowballFilter.class;

  /** The stop-word files the chains read, by name (see {@link #WORD_LISTS_HOME}). */
  public static final List<String> WORD_LISTS =
      List.of(
          "english_stop.txt",
          "spanish_stop.txt",
          "portuguese_stop.txt",
          "french_stop.txt",
          "german_stop.txt");

  /**
   * The chain of each language with its own fields: its stop words, its light stemmer, elided
   * articles first for French, and German's normaliser before the stemmer ({@code ue} and {@code
   * ü}, {@code ss} and {@code ß} are written for one another).
   */
  private static final Map<String, AnalysisChain> CHAINS =
      Map.of(
          "es", chain("spanish_stop.txt", "spanishLightStem", false, null),
          "pt", chain("portuguese_stop.txt", "portugueseLightStem", false, null),
          "fr", chain("french_stop.txt", "frenchLightStem", true, null),
          "de", chain("german_stop.txt", "germanLightStem", false, "germanNormalization"));

  /**
   * The language-neutral chain: words lower-cased and accent-folded, not stemmed, since no one
   * language's rules fit every article; the stop words of every analysed language dropped, since
   * otherwise {@code the} or {@code de} would match nearly every article. A word that is a stop
   * word only in another language ({@code die}, {@code son}) is still found in the fields of its
   * own.
   */
  public static final AnalysisChain NEUTRAL_CHAIN =
      new AnalysisChain(
          AnalysisChain.Component.of("standard"),
          List.of(
              AnalysisChain.Component.of("lowercase"),
              stop(String.join(",", WORD_LISTS)),
              AnalysisChain.Component.of("asciiFolding")));

  private final Map<String, Analyzer> byLanguage = new LinkedHashMap<>();
  private final Analyzer neutral;

  /** Builds every chain; a missing factory or word list is a broken build, not a bad input. */
  LanguageAnalysis() {
    try {
      for (String language : List.of("es", "pt", "fr", "de")) {
        byLanguage.put(language, build(CHAINS.get(language)));
      }
      neutral = build(NEUTRAL_CHAIN);
    } catch (IOException e) {
      throw new UncheckedIOException("analysis chain could not be built", e);
    }
  }

  private static AnalysisChain chain(
      String stopWords, String stemmer, boolean elision, String normaliser) {
    List<AnalysisChain.Component> filters = new ArrayList<>();
    if (elision) {
      filters.add(new AnalysisChain.Component("elision", Map.of("ignoreCase", "true")));
    }
    filters.add(AnalysisChain.Component.of("lowercase"));
    filters.add(stop(stopWords));
    if (normaliser != null) {
      filters.add(AnalysisChain.Component.of(normaliser));
    }
    filters.add(AnalysisChain.Component.of(stemmer));
    filters.add(AnalysisChain.Component.of("asciiFolding"));
    return new AnalysisChain(AnalysisChain.Component.of("standard"), filters);
  }

  private static AnalysisChain.Component stop(String words) {
    return new AnalysisChain.Component("stop", Map.of("words", words, "format", "snowball"));
  }

  private static Analyzer build(AnalysisChain chain) throws IOException {
    CustomAnalyzer.Builder builder =
        CustomAnalyzer.builder(new ClasspathResourceLoader(WORD_LISTS_HOME))
            .withTokenizer(chain.tokenizer().name(), new HashMap<>(chain.tokenizer().args()));
    for (AnalysisChain.Component filter : chain.filters()) {
      builder.addTokenFilter(filter.name(), new HashMap<>(filter.args()));
    }
    return builder.build();
  }

  /** The declared chain of {@code language}, one of {@link #OWN_FIELDS}. */
  public static AnalysisChain chain(String language) {
    AnalysisChain chain = CHAINS.get(language);
    if (chain == null) {
      throw new IllegalArgumentException("no analysis chain for language " + language);
    }
    return chain;
  }

  /** The chain of {@code language}, one of {@link #OWN_FIELDS}. */
  Analyzer analyzer(String language) {
    Analyzer analyzer = byLanguage.get(language);
    if (analyzer == null) {
      throw new IllegalArgumentException("no analysis chain for language " + language);
    }
    return analyzer;
  }

  /**
   * The language-neutral chain: words lower-cased and accent-folded, not stemmed, since no one
   * language's rules fit every article; the stop words of every analysed language dropped.
   */
  Analyzer neutral() {
    return neutral;
  }
}
