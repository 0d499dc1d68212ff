package newsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsearch.schema.NewsSchema;
import newsearch.search.highlight.HitAssembler;
import newsearch.search.rank.RankingOrder;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the stories most like a given article with Lucene's {@link MoreLikeThis}: the article's
 * most distinctive title and body words (by tf-idf, analysed as at index time) become a query over
 * the title and the body, and the article itself is excluded. Ties are broken by id.
 *
 * <p>Thread-safe: a {@code MoreLikeThis}, which is not, is made for each call.
 */
final class RelatedArticles {

  /** How many of the article's words the query is made of. */
  private static final int QUERY_WORDS = 25;

  private static final String[] FIELDS = {NewsSchema.TITLE, NewsSchema.BODY};

  private final NewsSchema schema;
  private final HitAssembler hitAssembler;

  RelatedArticles(NewsSchema schema, HitAssembler hitAssembler) {
    this.schema = schema;
    this.hitAssembler = hitAssembler;
  }

  /**
   * The top {@code size} related articles, best first, or empty when no article has {@code id}.
   * Their highlights mark nothing: they are the title and the start of the body.
   */
  Optional<List<Hit>> find(IndexSearcher searcher, String id, int size) throws IOException {
    Query self = new TermQuery(schema.idTerm(id));
    TopDocs found = searcher.search(self, 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Query like = moreLikeThis(searcher).like(found.scoreDocs[0].doc);
    Query others =
        new BooleanQuery.Builder().add(like, Occur.MUST).add(self, Occur.MUST_NOT).build();
    TopDocs top = searcher.search(others, size, RankingOrder.RELEVANCE.sort(schema), true);
    return Optional.of(hitAssembler.hits(searcher, top.scoreDocs, new MatchNoDocsQuery()));
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
