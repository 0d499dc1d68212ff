package newsearch.search.analytics;

import java.io.IOException;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Counts the archive's articles that hold a word or a two-word phrase of {@link SampleTerms}. A
 * word is looked up in {@link NewsSchema#SPELLING}, which holds every word as written, so its count
 * is a document frequency and costs nothing. A phrase needs positions, which only the stemmed text
 * fields have, so it is a phrase search of its two stems over them: it also counts the phrase's
 * other inflections ({@code oil prices} finds {@code oil price}), a small overcount. Not
 * thread-safe, as {@link SampleTerms} is not.
 */
final class TermCounts {

  private final SampleTerms sample;

  TermCounts(SampleTerms sample) {
    this.sample = sample;
  }

  /** Whether {@code term} is a two-word phrase rather than a word. */
  static boolean isPhrase(String term) {
    return term.indexOf(' ') >= 0;
  }

  /** The articles of {@code searcher} that hold {@code term}. */
  long archive(IndexSearcher searcher, String term) throws IOException {
    if (isPhrase(term)) {
      return searcher.count(query(term));
    }
    return searcher.getIndexReader().docFreq(new Term(NewsSchema.SPELLING, term));
  }

  /** The articles of {@code searcher} that hold {@code term} and match {@code filter}. */
  long within(IndexSearcher searcher, String term, Query filter) throws IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(query(term), BooleanClause.Occur.FILTER)
            .add(filter, BooleanClause.Occur.FILTER)
            .build());
  }

  /** The query that matches the articles holding {@code term}. */
  Query query(String term) throws IOException {
    if (!isPhrase(term)) {
      return new TermQuery(new Term(NewsSchema.SPELLING, term));
    }
    String[] words = term.split(" ", 2);
    String first = sample.stem(words[0]);
    String second = sample.stem(words[1]);
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    for (String field : NewsSchema.TEXT_FIELDS) {
      anyField.add(new PhraseQuery(field, first, second), BooleanClause.Occur.SHOULD);
    }
    return anyField.build();
  }
}
