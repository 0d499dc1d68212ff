package newsearch.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as people write them: the first steps of {@link NewsAnalyzer} (possessives dropped,
 * lower-cased, accents folded) without stop words and stemming.
 *
 * <p>Spelling suggestions come from these words, so that a correction is a word a user would type
 * ({@code negotiations}) rather than a stem ({@code negotiation}). Search-box completion matches
 * typed prefixes against them, since a stemmer would cut a half-typed word unpredictably. Stop
 * words are kept: a completion may start with {@code the}, and a stop word is never "corrected".
 *
 * <p>Thread-safe, as every Lucene {@link Analyzer} is.
 */
final class SurfaceAnalyzer extends Analyzer {

  /** The shared start of both analysis chains. */
  static TokenStream words(Tokenizer source) {
    TokenStream chain = new EnglishPossessiveFilter(source);
    chain = new LowerCaseFilter(chain);
    return new ASCIIFoldingFilter(chain);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, words(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
