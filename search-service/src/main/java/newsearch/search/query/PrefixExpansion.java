package newsearch.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The words of one field that begin with a prefix, at most {@code maxExpansions} of them: those in
 * the most articles (ties by the word), so that {@code bl} after {@code tony} means {@code blair}
 * before any rare word. Lucene's capped rewrites keep the first words in alphabetical order
 * instead. The words are scored as one blended term (each with the largest document frequency among
 * them), so that a rare expansion gains nothing from its rarity, and an article counts once however
 * many of them it holds. Immutable.
 */
public final class PrefixExpansion extends Query {

  private record Candidate(BytesRef term, int docFreq) {}

  private static final Comparator<Candidate> MOST_FREQUENT_FIRST =
      Comparator.comparingInt(Candidate::docFreq)
          .reversed()
          .thenComparing(Candidate::term, Comparator.naturalOrder());

  private final String field;
  private final BytesRef prefix;
  private final int maxExpansions;

  PrefixExpansion(String field, BytesRef prefix, int maxExpansions) {
    this.field = field;
    this.prefix = BytesRef.deepCopyOf(prefix);
    this.maxExpansions = maxExpansions;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    List<Candidate> kept = mostFrequent(searcher.getIndexReader());
    if (kept.isEmpty()) {
      return new MatchNoDocsQuery("no word begins with " + prefix.utf8ToString());
    }
    BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder();
    kept.forEach(c -> blended.add(new Term(field, c.term())));
    blended.setRewriteMethod(BlendedTermQuery.DISJUNCTION_MAX_REWRITE);
    return blended.build();
  }

  private List<Candidate> mostFrequent(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return List.of();
    }
    PriorityQueue<Candidate> best = new PriorityQueue<>(MOST_FREQUENT_FIRST.reversed());
    TermsEnum words = terms.iterator();
    if (words.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    for (BytesRef word = words.term();
        word != null && StringHelper.startsWith(word, prefix);
        word = words.next()) {
      best.add(new Candidate(BytesRef.deepCopyOf(word), words.docFreq()));
      if (best.size() > maxExpansions) {
        best.poll();
      }
    }
    List<Candidate> kept = new ArrayList<>(best);
    kept.sort(MOST_FREQUENT_FIRST);
    return kept;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      new PrefixQuery(new Term(field, prefix)).visit(visitor.getSubVisitor(Occur.SHOULD, this));
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":") + prefix.utf8ToString() + "*";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && field.equals(((PrefixExpansion) other).field)
        && prefix.equals(((PrefixExpansion) other).prefix)
        && maxExpansions == ((PrefixExpansion) other).maxExpansions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, prefix, maxExpansions);
  }
}
