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
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
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

  /**
   * The most words one prefix ({@code pr*}, or a half-typed {@code pr}) stands for: enough for the
   * common words that begin so, few enough that a short prefix costs about what a short query does.
   */
  public static final int MAX_PREFIX_EXPANSIONS = 50;

  private final QueryBuilder builder;
  private final SearchConfig config;
  private final MinimumMatch rule;

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
    this.rule = MinimumMatch.parse(config.ranking().minShouldMatch());
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
   * searchable (only punctuation, or only words the analyzer drops, such as stop words). Required
   * groups must match; of the others, as many as the matching rule ({@code min_should_match})
   * requires of their number.
   */
  public Query build(UserQuery query) {
    return build(query, rule, null);
  }

  /** The Lucene query for the user's query under another matching rule than the configured one. */
  public Query build(UserQuery query, MinimumMatch rule) {
    return build(query, rule, null);
  }

  /**
   * The Lucene query for the user's query in {@code language} (ISO 639-1; null when unknown): its
   * words are searched in that language's fields ({@link NewsSchema#textField}: the default text
   * fields for English, for a language without fields of its own, and when the language is unknown)
   * and in the neutral field, which holds every article in every language. An unknown language does
   * not search every language's fields: a long query over all of them would exceed Lucene's clause
   * limit, and each would add the same article's score again.
   */
  public Query build(UserQuery query, String language) {
    return build(query, rule, language);
  }

  /** The Lucene query for the user's query in {@code language}, matched by {@code rule}. */
  public Query build(UserQuery query, MinimumMatch rule, String language) {
    if (query.isEmpty()) {
      return new MatchNoDocsQuery("nothing searchable in the query");
    }
    List<Query> clauses = new ArrayList<>();
    List<Occur> occurs = new ArrayList<>();
    for (int i = 0; i < query.groups().size(); i++) {
      Query clause = group(query.groups().get(i), language);
      if (clause != null) {
        clauses.add(clause);
        occurs.add(query.required(i) ? Occur.MUST : Occur.SHOULD);
      }
    }
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    for (int i = 0; i < clauses.size(); i++) {
      main.add(clauses.size() == 1 ? prunable(clauses.get(i)) : clauses.get(i), occurs.get(i));
    }
    int optional = (int) occurs.stream().filter(occur -> occur == Occur.SHOULD).count();
    boolean anyWanted = !clauses.isEmpty();
    if (query.groups().isEmpty()) {
      main.add(new MatchAllDocsQuery(), Occur.MUST);
      anyWanted = true;
    }
    if (!anyWanted) {
      return new MatchNoDocsQuery("no searchable words in the query");
    }
    main.setMinimumNumberShouldMatch(rule.required(optional));
    for (QueryTerm excluded : query.exclusions()) {
      Query clause = term(excluded, language);
      if (clause != null) {
        main.add(clause, Occur.MUST_NOT);
      }
    }
    return main.build();
  }

  /**
   * A lone word's dismax in the form Lucene can prune ({@link FieldDisjunction}). Among several
   * words it stays a dismax: Lucene then prunes over the words, each field read once, and in the
   * prunable form each is read twice (a two-word query took twice as long at a million articles).
   */
  private static Query prunable(Query clause) {
    if (clause instanceof DisjunctionMaxQuery dismax
        && dismax.getTieBreakerMultiplier() > 0
        && dismax.getTieBreakerMultiplier() < 1
        && dismax.getDisjuncts().size() > 1
        && dismax.getDisjuncts().stream().allMatch(QueryFactory::isWord)) {
      return new FieldDisjunction(
          List.copyOf(dismax.getDisjuncts()), dismax.getTieBreakerMultiplier());
    }
    return clause;
  }

  /**
   * Whether {@code query} is one word in one field (with its synonyms): cheap to read twice, unlike
   * a phrase, whose positions cost more than pruning saves (quoted phrases took half as long
   * again).
   */
  private static boolean isWord(Query query) {
    Query inner = query instanceof BoostQuery boosted ? boosted.getQuery() : query;
    return inner instanceof TermQuery || inner instanceof SynonymQuery;
  }

  /** The matching rule this factory builds with. */
  public MinimumMatch rule() {
    return rule;
  }

  private Query group(List<QueryTerm> alternatives, String language) {
    List<Query> clauses = new ArrayList<>();
    for (QueryTerm term : alternatives) {
      Query q = term(term, language);
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

  /**
   * One unit over its field, or over every text field of {@code language} with their boosts and the
   * neutral field.
   */
  private Query term(QueryTerm term, String language) {
    if (term.field() != null) {
      return inField(term.field(), term);
    }
    List<Query> perField = new ArrayList<>();
    addBoosted(perField, NewsSchema.TITLE, language, term, config.ranking().titleBoost());
    addBoosted(perField, NewsSchema.SUMMARY, language, term, config.ranking().summaryBoost());
    addBoosted(perField, NewsSchema.BODY, language, term, config.ranking().bodyBoost());
    addBoosted(perField, NewsSchema.NEUTRAL, term, config.ranking().neutralBoost());
    if (perField.isEmpty()) {
      return null;
    }
    return new DisjunctionMaxQuery(perField, (float) config.ranking().tieBreaker());
  }

  private void addBoosted(
      List<Query> into, String field, String language, QueryTerm term, double boost) {
    addBoosted(into, NewsSchema.textField(field, language), term, boost);
  }

  private void addBoosted(List<Query> into, String field, QueryTerm term, double boost) {
    Query q = inField(field, term);
    if (q != null && boost > 0) {
      into.add(boost == 1.0 ? q : new BoostQuery(q, (float) boost));
    }
  }

  private Query inField(String field, QueryTerm term) {
    return switch (term.kind()) {
      case WORD, PHRASE -> inField(field, term.text(), term.slop());
      case NEAR -> near(field, term.text(), term.slop());
      case PREFIX -> prefix(field, term.text());
    };
  }

  /**
   * Two words within {@code distance} positions in either order: a phrase of them in each order,
   * each allowed {@code distance - 1} moves (a sloppy phrase counts a swap as two moves, so one
   * phrase alone would treat the orders unequally).
   */
  private Query near(String field, String words, int distance) {
    String[] pair = words.split(" ", 2);
    Query forward = inField(field, pair[0] + " " + pair[1], distance - 1);
    Query backward = inField(field, pair[1] + " " + pair[0], distance - 1);
    if (forward == null || backward == null) {
      return forward == null ? backward : forward;
    }
    return new BooleanQuery.Builder()
        .add(forward, Occur.SHOULD)
        .add(backward, Occur.SHOULD)
        .build();
  }

  /** The most common words beginning with {@code text}, normalised as the index's words are. */
  private Query prefix(String field, String text) {
    BytesRef normal = builder.getAnalyzer().normalize(field, text);
    return new PrefixExpansion(field, normal, MAX_PREFIX_EXPANSIONS);
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
      if (group.size() == 1 && first.plainWord()) {
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
      QueryTerm phrase = new QueryTerm(pair, QueryTerm.Kind.PHRASE, slop, null, false, false);
      addBoosted(inFields, NewsSchema.TITLE, phrase, config.ranking().titleBoost());
      addBoosted(inFields, NewsSchema.BODY, phrase, config.ranking().bodyBoost());
      if (!inFields.isEmpty()) {
        pairs.add(new DisjunctionMaxQuery(inFields, 0f), Occur.SHOULD);
        count++;
      }
    }
    return count == 0 ? null : pairs.build();
  }
}
