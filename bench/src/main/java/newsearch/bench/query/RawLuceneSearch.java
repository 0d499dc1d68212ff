package newsearch.bench.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.bench.corpus.BenchQuery;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.RankingConfig;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * The "raw Lucene" side of the query benchmarks: the benchmark queries as a plain {@link
 * BooleanQuery} over the same index, with the same analysis and the same per-field dismax as the
 * service (the field weights and tie-breaker of {@link RankingConfig#DEFAULTS}; BM25 with Lucene's
 * default parameters), and a section filter as a drill-down term. It has none of the service's
 * extras: no synonyms, no proximity re-ranking, no facets, no highlights, no collapsing of copies,
 * no tie-break by id. A search returns the ids of the top hits, as the peer engines do.
 * Thread-safe.
 */
public final class RawLuceneSearch {

  /** A quoted phrase or a bare word, either possibly excluded with a leading minus. */
  private static final Pattern CLAUSE = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");

  private static final Set<String> ID_ONLY = Set.of(NewsSchema.ID);

  private final NewsSchema schema = new NewsSchema();
  private final QueryBuilder builder = new QueryBuilder(schema.analyzer());
  private final RankingConfig ranking = RankingConfig.DEFAULTS;
  private final String sectionField =
      schema.facetsConfig().getDimConfig(NewsSchema.SECTION).indexFieldName;

  /** The Lucene query for {@code query}. */
  public Query build(BenchQuery query) {
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    Matcher m = CLAUSE.matcher(query.text());
    while (m.find()) {
      boolean excluded;
      String text;
      if (m.group(2) != null) {
        excluded = !m.group(1).isEmpty();
        text = m.group(2);
      } else {
        String word = m.group(3);
        if (word.equals("OR")) {
          continue;
        }
        excluded = word.startsWith("-") && word.length() > 1;
        text = excluded ? word.substring(1) : word;
      }
      Query perField = acrossFields(text);
      if (perField != null) {
        main.add(perField, excluded ? Occur.MUST_NOT : Occur.SHOULD);
      }
    }
    if (!query.section().isEmpty()) {
      String[] path = SectionPath.parse(query.section()).parts().toArray(String[]::new);
      main.add(
          new TermQuery(DrillDownQuery.term(sectionField, NewsSchema.SECTION, path)), Occur.FILTER);
    }
    return main.build();
  }

  /** The ids of the best {@code size} matches, best first. */
  public List<String> search(IndexSearcher searcher, BenchQuery query, int size)
      throws IOException {
    TopDocs top = searcher.search(build(query), size);
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(stored.document(hit.doc, ID_ONLY).get(NewsSchema.ID));
    }
    return ids;
  }

  private Query acrossFields(String text) {
    List<Query> perField = new ArrayList<>(3);
    add(perField, NewsSchema.TITLE, text, ranking.titleBoost());
    add(perField, NewsSchema.SUMMARY, text, ranking.summaryBoost());
    add(perField, NewsSchema.BODY, text, ranking.bodyBoost());
    return perField.isEmpty()
        ? null
        : new DisjunctionMaxQuery(perField, (float) ranking.tieBreaker());
  }

  private void add(List<Query> into, String field, String text, double boost) {
    Query q = builder.createPhraseQuery(field, text);
    if (q != null) {
      into.add(boost == 1.0 ? q : new BoostQuery(q, (float) boost));
    }
  }
}
