package newsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsearch.schema.NewsSchema;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.highlight.HitAssembler;
import newsearch.search.rank.FusedScores;
import newsearch.search.rank.RankingOrder;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the stories most like a given article, without it, by one of three rankings:
 *
 * <ul>
 *   <li>{@link Ranking#LEXICAL}: Lucene's {@link MoreLikeThis}: the article's most distinctive
 *       title and body words (by tf-idf, analysed as at index time) become a query over the title
 *       and the body;
 *   <li>{@link Ranking#SEMANTIC}: the articles whose sentence vectors are nearest the article's own
 *       (the one stored in the index: nothing is embedded);
 *   <li>{@link Ranking#HYBRID}: both lists, {@value #FUSED_CANDIDATES} deep, fused by reciprocal
 *       rank.
 * </ul>
 *
 * Ties are broken by id. Where the index or the article has no vector, every ranking is lexical.
 *
 * <p>Thread-safe: a {@code MoreLikeThis}, which is not, is made for each call.
 */
final class RelatedArticles {

  /** How many of the article's words the query is made of. */
  private static final int QUERY_WORDS = 25;

  /** How deep each list of a hybrid ranking is before the fusion. */
  static final int FUSED_CANDIDATES = 100;

  private static final String[] FIELDS = {NewsSchema.TITLE, NewsSchema.BODY};

  private final NewsSchema schema;
  private final HitAssembler hitAssembler;
  private final FusionConfig fusion;

  RelatedArticles(NewsSchema schema, HitAssembler hitAssembler, FusionConfig fusion) {
    this.schema = schema;
    this.hitAssembler = hitAssembler;
    this.fusion = fusion;
  }

  /**
   * The top {@code size} related articles by {@code ranking} (the configured related ranking when
   * null), best first, or empty when no article has {@code id}. Their highlights mark nothing: they
   * are the title and the start of the body.
   */
  Optional<List<Hit>> find(FacetedSearcher searcher, String id, int size, Ranking ranking)
      throws IOException {
    Query self = new TermQuery(schema.idTerm(id));
    TopDocs found = searcher.search(self, 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = found.scoreDocs[0].doc;
    Ranking chosen = ranking == null ? fusion.relatedRanking() : ranking;
    float[] vector = chosen == Ranking.LEXICAL ? null : vector(searcher, doc);
    Query others;
    if (vector == null) {
      others = without(moreLikeThis(searcher).like(doc), self);
    } else if (chosen == Ranking.SEMANTIC) {
      others =
          searcher.rewrite(schema.nearest(vector, size, without(new MatchAllDocsQuery(), self)));
    } else {
      others = fused(searcher, doc, vector, self);
    }
    TopDocs top = searcher.search(others, size, byScoreThenId(), true);
    return Optional.of(hitAssembler.hits(searcher, top.scoreDocs, new MatchNoDocsQuery()));
  }

  /**
   * The words' and the vectors' lists of related articles fused: a query matching either, scored by
   * the fused score.
   */
  private Query fused(IndexSearcher searcher, int doc, float[] vector, Query self)
      throws IOException {
    Query words = without(moreLikeThis(searcher).like(doc), self);
    Query nearest =
        searcher.rewrite(
            schema.nearest(vector, FUSED_CANDIDATES, without(new MatchAllDocsQuery(), self)));
    TopDocs fused =
        TopDocs.rrf(
            2 * FUSED_CANDIDATES,
            fusion.rrfK(),
            new TopDocs[] {
              searcher.search(words, FUSED_CANDIDATES, byScoreThenId(), true),
              searcher.search(nearest, FUSED_CANDIDATES, byScoreThenId(), true)
            });
    Query either =
        new BooleanQuery.Builder().add(words, Occur.SHOULD).add(nearest, Occur.SHOULD).build();
    return new FunctionScoreQuery(either, FusedScores.of(fused));
  }

  /** The vector stored for reader-wide document {@code doc}, or null when it has none. */
  private static float[] vector(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(NewsSchema.EMBEDDING);
    if (values == null) {
      return null;
    }
    KnnVectorValues.DocIndexIterator docs = values.iterator();
    int local = doc - leaf.docBase;
    if (docs.advance(local) != local) {
      return null;
    }
    // The values reuse their array from one call to the next.
    return values.vectorValue(docs.index()).clone();
  }

  private Sort byScoreThenId() {
    return RankingOrder.RELEVANCE.sort(schema);
  }

  private static Query without(Query query, Query self) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(self, Occur.MUST_NOT).build();
  }

  private MoreLikeThis moreLikeThis(IndexSearcher searcher) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(schema.analyzer());
    mlt.setFieldNames(FIELDS);
    // A headline word occurs once, yet says most about what the story is.
    mlt.setMinTermFreq(1);
    // A word no other article has cannot lead to one.
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(QUERY_WORDS);
    mlt.setBoost(true);
    return mlt;
  }
}
