package newsearch.search.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.schema.Synonyms;
import newsearch.search.SearchConfig;
import newsearch.search.rank.ProximityRescorer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query, analysed with the schema's analyzer.
 *
 * <p>Synonyms are expanded at query time only; a multi-word synonym ({@code united kingdom}) is
 * searched as a phrase. Each word or phrase is a disjunction over the text fields (best field wins,
 * the others add a share), with per-field boosts. When the query has several plain words, a
 * separate proximity query rewards documents where they stand close together; it adds no matches,
 * only score, so the searcher applies it to the top of the ranking ({@link ProximityRescorer}).
 * Thread-safe.
 */
public final class QueryFactory {

  private final QueryBuilder builder;
  private final SearchConfig config;

  /**
   * A factory that analyses with {@code schema}'s query analyzer, expanding the configured
   * synonyms, and ranks with {@code config}.
   *
   * @throws IOException when the configured synonym file cannot be read
   */
  public QueryFactory(NewsSchema schema, SearchConfig config) throws IOException {
    this.builder = new QueryBuilder(schema.queryAnalyzer(synonyms(schema, config)));
    this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.config = config;
  }

  private static SynonymMap synonyms(NewsSchema schema, SearchConfig config) throws IOException {
    if (!config.ranking().synonyms()) {
      return null;
    }
    return config.ranking().synonymsFile() == null
        ? Synonyms.bundled(schema.analyzer())
        : Synonyms.read(Path.of(config.ranking().synonymsFile()), schema.analyzer());
  }

  /**
   * The Lucene query for the user's query; {@link MatchNoDocsQuery} when it holds nothing
   * searchable (only punctuation, or only words the analyzer drops, such as stop words).
   */
  public Query build(UserQuery query) {
    if (query.isEmpty()) {
      return new MatchNoDocsQuery("nothing searchable in the query");
    }
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    boolean anyWanted = false;
    for (List<QueryTerm> group : query.groups()) {
      Query clause = group(group);
      if (clause != null) {
        main.add(clause, config.ranking().requireAllWords() ? Occur.MUST : Occur.SHOULD);
        anyWanted = true;
      }
    }
    if (query.groups().isEmpty()) {
      main.add(new MatchAllDocsQuery(), Occur.MUST);
      anyWanted = true;
    }
    if (!anyWanted) {
      return new MatchNoDocsQuery("no searchable words in the query");
    }
    for (QueryTerm excluded : query.exclusions()) {
      Query clause = term(excluded);
      if (clause != null) {
        main.add(clause, Occur.MUST_NOT);
      }
    }
    return main.build();
  }

  private Query group(List<QueryTerm> alternatives) {
    List<Query> clauses = new ArrayList<>();
    for (QueryTerm term : alternatives) {
      Query q = term(term);
      if (q != null) {
        clauses.add(q);
      }
    }
    if (clauses.size() <= 1) {
      return clauses.isEmpty() ? null : clauses.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /** One word or phrase over its field, or over every text field with their boosts. */
  private Query term(QueryTerm term) {
    if (term.field() != null) {
      return inField(term.field(), term.text(), 0);
    }
    List<Query> perField = new ArrayList<>();
    addBoosted(perField, NewsSchema.TITLE, term.text(), config.ranking().titleBoost(), 0);
    addBoosted(perField, NewsSchema.SUMMARY, term.text(), config.ranking().summaryBoost(), 0);
    addBoosted(perField, NewsSchema.BODY, term.text(), config.ranking().bodyBoost(), 0);
    if (perField.isEmpty()) {
      return null;
    }
    return new DisjunctionMaxQuery(perField, (float) config.ranking().tieBreaker());
  }

  private void addBoosted(List<Query> into, String field, String text, double boost, int slop) {
    Query q = inField(field, text, slop);
    if (q != null && boost > 0) {
      into.add(boost == 1.0 ? q : new BoostQuery(q, (float) boost));
    }
  }

  /**
   * A word that the analyzer splits into several tokens ({@code U.S.-Japan}) is searched as a
   * phrase, like a quoted phrase.
   */
  private Query inField(String field, String text, int slop) {
    return builder.createPhraseQuery(field, text, slop);
  }

  /**
   * Rewards plain query words found near each other in the title or the body: each pair of
   * neighbouring words is a sloppy phrase. Only short queries get it: in a search-box query of a
   * few words, words standing together usually form a name or a phrase; in a long, descriptive
   * query, neighbouring words rarely do, and the measured effect there is negative. Null when the
   * query gets none.
   */
  public Query proximity(UserQuery query) {
    if (config.ranking().phraseBoost() <= 0) {
      return null;
    }
    Query pairs = pairs(query, config.ranking().phraseSlop());
    return pairs == null ? null : new BoostQuery(pairs, (float) config.ranking().phraseBoost());
  }

  /**
   * The query's neighbouring plain words as exact phrases, for the queries {@link #proximity}
   * rewards: what highlights mark as one unit. Exact rather than sloppy, since a sloppy match would
   * mark the words between ({@code OIL BARGE PRICE} for {@code oil price}) as if they matched. Null
   * when the query has no such pair.
   */
  public Query adjacentPairs(UserQuery query) {
    return pairs(query, 0);
  }

  private Query pairs(UserQuery query, int slop) {
    List<String> words = new ArrayList<>();
    for (List<QueryTerm> group : query.groups()) {
      QueryTerm first = group.get(0);
      if (group.size() == 1 && !first.phrase() && first.field() == null) {
        words.add(first.text());
      }
    }
    if (words.size() > config.ranking().proximityMaxWords()) {
      return null;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    int count = 0;
    for (int i = 0; i + 1 < words.size(); i++) {
      String pair = words.get(i) + " " + words.get(i + 1);
      List<Query> inFields = new ArrayList<>();
      addBoosted(inFields, NewsSchema.TITLE, pair, config.ranking().titleBoost(), slop);
      addBoosted(inFields, NewsSchema.BODY, pair, config.ranking().bodyBoost(), slop);
      if (!inFields.isEmpty()) {
        pairs.add(new DisjunctionMaxQuery(inFields, 0f), Occur.SHOULD);
        count++;
      }
    }
    return count == 0 ? null : pairs.build();
  }
}
