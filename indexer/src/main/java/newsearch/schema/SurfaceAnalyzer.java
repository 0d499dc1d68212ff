package newsearch.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Words as people write them, built from {@link AnalysisChain#SURFACE}: the first steps of {@link
 * NewsAnalyzer} (possessives dropped, lower-cased, accents folded) without stop words and stemming.
 *
 * <p>Spelling suggestions come from these words, so that a correction is a word a user would type
 * ({@code negotiations}) rather than a stem ({@code negotiation}). Search-box completion matches
 * typed prefixes against them, since a stemmer would cut a half-typed word unpredictably. Stop
 * words are kept: a completion may start with {@code the}, and a stop word is never "corrected".
 *
 * <p>Thread-safe, as every Lucene {@link Analyzer} is.
 */
final class SurfaceAnalyzer extends Analyzer {

  private final AnalysisChain.Factories chain = AnalysisChain.SURFACE.factories();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = chain.newTokenizer();
    return new TokenStreamComponents(source, chain.filter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return chain.normalize(in);
  }
}
