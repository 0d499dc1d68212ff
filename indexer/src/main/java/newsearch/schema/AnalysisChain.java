package newsearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * An analysis chain declared by factory names (Lucene's SPI names, which Solr's schema uses too):
 * one tokenizer and its filters in order. Our analyzers are built from these declarations, and the
 * Solr configset is written from the same ones, so the two cannot drift.
 *
 * @param tokenizer the tokenizer's factory
 * @param filters the token filters' factories, first applied first
 */
public record AnalysisChain(Component tokenizer, List<Component> filters) {

  /**
   * One factory by its SPI name ({@code standard}, {@code lowercase}) with its arguments.
   *
   * @param name the SPI name, as {@code TokenizerFactory.forName} and Solr's schema take it
   * @param args the factory's arguments; empty for its defaults
   */
  public record Component(String name, Map<String, String> args) {
    public Component {
      args = Map.copyOf(args);
    }

    static Component of(String name) {
      return new Component(name, Map.of());
    }
  }

  /**
   * Words as written: possessives dropped, lower-cased, accents folded; neither stop words nor
   * stemming. Fills the spelling field; see {@link SurfaceAnalyzer}.
   */
  public static final AnalysisChain SURFACE =
      new AnalysisChain(
          Component.of("standard"),
          List.of(
              Component.of("englishPossessive"),
              Component.of("lowercase"),
              Component.of("asciiFolding")));

  /**
   * The text fields' chain: {@link #SURFACE}, then English stop words (the stop factory's default
   * list, Lucene's {@code EnglishAnalyzer.ENGLISH_STOP_WORDS_SET}) and KStem; see {@link
   * NewsAnalyzer}.
   */
  public static final AnalysisChain TEXT =
      new AnalysisChain(
          SURFACE.tokenizer(),
          concat(SURFACE.filters(), List.of(Component.of("stop"), Component.of("kStem"))));

  public AnalysisChain {
    filters = List.copyOf(filters);
  }

  private static List<Component> concat(List<Component> first, List<Component> then) {
    List<Component> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  /** The chain's factories, created and loaded once; thread-safe, as Lucene's factories are. */
  Factories factories() {
    return new Factories(
        load(TokenizerFactory.forName(tokenizer.name(), new HashMap<>(tokenizer.args()))),
        filters.stream()
            .map(f -> load(TokenFilterFactory.forName(f.name(), new HashMap<>(f.args()))))
            .toList());
  }

  private static <T> T load(T factory) {
    if (factory instanceof ResourceLoaderAware aware) {
      try {
        aware.inform(new ClasspathResourceLoader(AnalysisChain.class));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the resources of " + factory, e);
      }
    }
    return factory;
  }

  /** A chain's factories, ready to build token streams. */
  record Factories(TokenizerFactory tokenizer, List<TokenFilterFactory> filters) {

    Tokenizer newTokenizer() {
      return tokenizer.create();
    }

    TokenStream filter(TokenStream in) {
      TokenStream chain = in;
      for (TokenFilterFactory filter : filters) {
        chain = filter.create(chain);
      }
      return chain;
    }

    /** The normalising filters only (lower-casing, folding), for wildcard and fuzzy terms. */
    TokenStream normalize(TokenStream in) {
      TokenStream chain = in;
      for (TokenFilterFactory filter : filters) {
        chain = filter.normalize(chain);
      }
      return chain;
    }
  }
}
