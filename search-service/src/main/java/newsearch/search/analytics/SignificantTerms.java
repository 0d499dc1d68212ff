package newsearch.search.analytics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import newsearch.schema.NewsSchema;
import org.apache.lucene.search.IndexSearcher;

/**
 * The words and two-word phrases that a sample of a query's top-ranked matches holds significantly
 * more often than the archive does: the foreground is the number of sample articles holding a term,
 * the background the number of archive articles holding it, and the score {@link JlhScore}. Words
 * come from the sample's stored text; every word's archive count is a document frequency, while
 * phrases, whose counts are phrase searches, are looked up only for the sample's {@link
 * AnalyticsConfig#phraseCandidates} most frequent. Thread-safe.
 */
public final class SignificantTerms {

  /** Best first; equal scores by term, so that answers are reproducible. */
  static final Comparator<SignificantTerm> BEST_FIRST =
      Comparator.comparingDouble(SignificantTerm::score)
          .reversed()
          .thenComparing(SignificantTerm::term);

  private final NewsSchema schema;
  private final AnalyticsConfig config;

  public SignificantTerms(NewsSchema schema, AnalyticsConfig config) {
    this.schema = schema;
    this.config = config;
  }

  /**
   * The {@code size} most significant terms of the articles {@code sample} of {@code searcher},
   * best first, leaving out the words of {@code query} and those sharing their stems.
   */
  public List<SignificantTerm> find(IndexSearcher searcher, int[] sample, String query, int size)
      throws IOException {
    SampleTerms terms = new SampleTerms(schema, query);
    Scoring scoring = new Scoring(searcher, new TermCounts(terms), sample.length);
    List<Map.Entry<String, Integer>> phrases = new ArrayList<>();
    for (Map.Entry<String, Integer> entry :
        terms.count(searcher.getIndexReader(), sample).entrySet()) {
      if (entry.getValue() < config.minForeground()) {
        continue;
      }
      if (TermCounts.isPhrase(entry.getKey())) {
        phrases.add(entry);
      } else {
        scoring.add(entry.getKey(), entry.getValue());
      }
    }
    phrases.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Integer> phrase :
        phrases.subList(0, Math.min(phrases.size(), config.phraseCandidates()))) {
      scoring.add(phrase.getKey(), phrase.getValue());
    }
    List<SignificantTerm> found = scoring.found;
    found.sort(BEST_FIRST);
    return List.copyOf(found.subList(0, Math.min(size, found.size())));
  }

  /** Scores the terms of one sample against the archive, and keeps the significant ones. */
  private static final class Scoring {
    private final IndexSearcher searcher;
    private final TermCounts archive;
    private final int sampleSize;
    private final long archiveSize;
    private final List<SignificantTerm> found = new ArrayList<>();

    Scoring(IndexSearcher searcher, TermCounts archive, int sampleSize) {
      this.searcher = searcher;
      this.archive = archive;
      this.sampleSize = sampleSize;
      this.archiveSize = searcher.getIndexReader().numDocs();
    }

    void add(String term, int foreground) throws IOException {
      long background = archive.archive(searcher, term);
      double score = JlhScore.of(foreground, sampleSize, background, archiveSize);
      if (score > 0) {
        found.add(new SignificantTerm(term, foreground, background, score));
      }
    }
  }
}
