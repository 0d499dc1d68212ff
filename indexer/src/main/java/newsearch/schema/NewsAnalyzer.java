package newsearch.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for news text: the same chain at index and query time.
 *
 * <p>Accents are folded so that {@code Kishída} finds {@code Kishida}. Stemming is KStem rather
 * than the Porter stemmer of Lucene's {@code EnglishAnalyzer}: Porter conflates {@code news} with
 * {@code new} and cuts {@code newspapers} to {@code newspap}, which floods news queries with {@code
 * New York}; KStem keeps dictionary words whole.
 *
 * <p>Thread-safe, as every Lucene {@link Analyzer} is.
 */
public final class NewsAnalyzer extends Analyzer {

  /** The words dropped as too common to search for; lower-case. */
  static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final SynonymMap synonyms;

  /** The index analyzer: no synonyms, so the index holds only the words articles use. */
  public NewsAnalyzer() {
    this(null);
  }

  /**
   * A query analyzer that also expands {@code synonyms} (may be null for none). The expansion comes
   * last, after stemming, because the rules were analysed by the index analyzer.
   */
  NewsAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream chain = SurfaceAnalyzer.words(source);
    chain = new StopFilter(chain, STOP_WORDS);
    chain = new KStemFilter(chain);
    if (synonyms != null) {
      chain = new SynonymGraphFilter(chain, synonyms, true);
    }
    return new TokenStreamComponents(source, chain);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
