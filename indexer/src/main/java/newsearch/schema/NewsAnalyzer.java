package newsearch.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for news text: the same chain at index and query time, built from its
 * declaration by factory names, {@link AnalysisChain#TEXT}, which the Solr configset is written
 * from too.
 *
 * <p>Accents are folded so that {@code Kishída} finds {@code Kishida}. Stemming is KStem rather
 * than the Porter stemmer of Lucene's {@code EnglishAnalyzer}: Porter conflates {@code news} with
 * {@code new} and cuts {@code newspapers} to {@code newspap}, which floods news queries with {@code
 * New York}; KStem keeps dictionary words whole.
 *
 * <p>Thread-safe, as every Lucene {@link Analyzer} is.
 */
public final class NewsAnalyzer extends Analyzer {

  /** The words dropped as too common to search for; lower-case. The stop factory's default. */
  static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final AnalysisChain.Factories chain = AnalysisChain.TEXT.factories();
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
    Tokenizer source = chain.newTokenizer();
    TokenStream filtered = chain.filter(source);
    if (synonyms != null) {
      filtered = new SynonymGraphFilter(filtered, synonyms, true);
    }
    return new TokenStreamComponents(source, filtered);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return chain.normalize(in);
  }
}
