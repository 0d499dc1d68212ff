package newsearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
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
   * One chain: its stop-word file (Snowball format, next to {@link SnowballFilter}), its stemmer,
   * whether elided articles go first (French), and a normaliser before the stemmer, or null
   * (German: {@code ue} and {@code ü}, {@code ss} and {@code ß} are written for one another).
   */
  private record Chain(String stopWords, String stemmer, boolean elision, String normaliser) {}

  private static final Map<String, Chain> CHAINS =
      Map.of(
          "es", new Chain("spanish_stop.txt", "spanishLightStem", false, null),
          "pt", new Chain("portuguese_stop.txt", "portugueseLightStem", false, null),
          "fr", new Chain("french_stop.txt", "frenchLightStem", true, null),
          "de", new Chain("german_stop.txt", "germanLightStem", false, "germanNormalization"));

  /**
   * The stop words of every analysed language, which the neutral field drops: otherwise {@code the}
   * or {@code de} would match nearly every article. A word that is a stop word only in another
   * language ({@code die}, {@code son}) is still found in the fields of its own.
   */
  private static final String NEUTRAL_STOP_WORDS =
      "english_stop.txt,spanish_stop.txt,portuguese_stop.txt,french_stop.txt,german_stop.txt";

  private final Map<String, Analyzer> byLanguage = new LinkedHashMap<>();
  private final Analyzer neutral;

  /** Builds every chain; a missing factory or word list is a broken build, not a bad input. */
  LanguageAnalysis() {
    try {
      for (String language : List.of("es", "pt", "fr", "de")) {
        byLanguage.put(language, build(CHAINS.get(language)));
      }
      neutral =
          CustomAnalyzer.builder(new ClasspathResourceLoader(SnowballFilter.class))
              .withTokenizer("standard")
              .addTokenFilter("lowercase")
              .addTokenFilter("stop", "words", NEUTRAL_STOP_WORDS, "format", "snowball")
              .addTokenFilter("asciiFolding")
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis chain could not be built", e);
    }
  }

  private static Analyzer build(Chain chain) throws IOException {
    CustomAnalyzer.Builder builder =
        CustomAnalyzer.builder(new ClasspathResourceLoader(SnowballFilter.class))
            .withTokenizer("standard");
    if (chain.elision()) {
      builder.addTokenFilter("elision", "ignoreCase", "true");
    }
    builder
        .addTokenFilter("lowercase")
        .addTokenFilter("stop", "words", chain.stopWords(), "format", "snowball");
    if (chain.normaliser() != null) {
      builder.addTokenFilter(chain.normaliser());
    }
    return builder.addTokenFilter(chain.stemmer()).addTokenFilter("asciiFolding").build();
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
