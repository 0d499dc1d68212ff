package newsearch.solr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import newsearch.schema.NewsSchema;
import newsearch.search.RankingConfig;
import newsearch.search.query.MinimumMatch;
import newsearch.search.query.QueryTerm;
import newsearch.search.query.UserQuery;
import newsearch.search.query.UserQueryParser;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * The ranking part of a Solr request for a user's query, shaped as the local pipeline ranks and
 * matches it. The query is read by our parser; each group of it is one clause of a {@code {!bool}}
 * query whose {@code mm} is our matching rule's share of the optional groups (or one, relaxed), as
 * ours counts them; each unit is an edismax query over the text fields of the query's language and
 * the neutral field, with our weights and tie-breaker, word by word ({@code sow=true}) as ours
 * analyses it, any part of it enough (a synonym's alternatives, an {@code OR}, a {@code NEAR}
 * pair). The proximity clause of short queries re-ranks the top hits ({@code rq}, its score added
 * as our rescorer adds it); freshness multiplies the score ({@code {!boost}}); copies of one story
 * are collapsed to the best-ranked, proximity gain included ({@code {!collapse}} on the duplicate
 * key); score, then id.
 *
 * <p>Where Solr cannot follow us exactly: re-ranking happens per shard, so each shard re-ranks its
 * own top hits rather than the collection's; collapsing sees the copies of a story within one
 * shard, so loading must keep them together; a prefix expands to every word that begins so, not to
 * the commonest fifty; dates typed in the query ({@code since:2021}) are filters, which the
 * request's caller applies. Immutable and thread-safe.
 */
public final class SolrQueryShape {

  /**
   * The tag of the collapsing filter: a count that excludes it ({@code {!ex=copies}}) counts every
   * match, as our totals and our relaxing threshold do.
   */
  public static final String COLLAPSE_TAG = "copies";

  /** The key of the facet query that counts every match, collapsed copies included. */
  static final String MATCHES = "matches";

  private static final String WORDS = "shapeWords";
  private static final String UNIT = "shapeUnit";
  private static final String EVERY = "shapeEvery";
  private static final String PAIRS = "shapePairs";
  private static final String RERANK = "shapeRerank";
  private static final String RECENCY = "shapeRecency";
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final RankingConfig ranking;
  private final NewsSchema schema;
  private final Clock clock;
  private final UserQueryParser parser;
  private final MinimumMatch rule;
  private final EdismaxUnits units;

  /** A shape with the knobs of {@code ranking}; {@code clock} says what today is for freshness. */
  public SolrQueryShape(RankingConfig ranking, NewsSchema schema, Clock clock) {
    this.ranking = ranking;
    this.schema = schema;
    this.clock = clock;
    this.parser = new UserQueryParser(true, clock);
    this.rule = MinimumMatch.parse(ranking.minShouldMatch());
    this.units = new EdismaxUnits(schema);
  }

  /**
   * The ranking part of the request for {@code text} in {@code language} (ISO 639-1, null when
   * unknown), under the matching rule or, when {@code relaxed}, with any of its words enough.
   *
   * @throws newsearch.search.InvalidRequestException naming a distance or date that cannot be read
   */
  public SolrQuery request(String text, String language, boolean relaxed) {
    UserQuery query = parser.parse(text);
    SolrQuery request = new SolrQuery();
    request.set("defType", "lucene");
    List<String> pairs = List.of();
    String words = words(request, query, language, relaxed ? MinimumMatch.ANY : rule);
    if (words == null) {
      request.setQuery("-*:*");
    } else {
      request.set(WORDS, words);
      request.set("qf", queryFields(language));
      request.set("tie", Double.toString(ranking.tieBreaker()));
      request.set("sow", "true");
      pairs = proximity(request, query);
      if (ranking.recencyWeight() > 0) {
        request.set(RECENCY, recency(LocalDate.now(clock)));
        request.setQuery("{!boost b=$" + RECENCY + " v=$" + WORDS + "}");
      } else {
        request.setQuery("{!query v=$" + WORDS + "}");
      }
    }
    request.addFilterQuery(collapse(pairs));
    request.setFacet(true);
    request.addFacetQuery("{!ex=" + COLLAPSE_TAG + " key=" + MATCHES + "}*:*");
    request.addSort("score", SolrQuery.ORDER.desc);
    request.addSort(NewsSchema.ID, SolrQuery.ORDER.asc);
    return request;
  }

  /**
   * Every article, as browsing lists them: copies of one story collapsed to the first in date
   * order, newest first or, when {@code oldestFirst}, oldest first, and every match counted as
   * {@link #matches} reads it.
   */
  public SolrQuery browse(boolean oldestFirst) {
    SolrQuery request = new SolrQuery("*:*");
    request.set("defType", "lucene");
    String order = oldestFirst ? "asc" : "desc";
    request.addFilterQuery(
        "{!collapse tag="
            + COLLAPSE_TAG
            + " field="
            + NewsSchema.DUPLICATE_KEY
            + " nullPolicy=expand sort='"
            + NewsSchema.DATE
            + " "
            + order
            + ","
            + NewsSchema.ID
            + " asc'}");
    request.setFacet(true);
    request.addFacetQuery("{!ex=" + COLLAPSE_TAG + " key=" + MATCHES + "}*:*");
    return request;
  }

  /**
   * Copies of one story collapsed to the one ranked first: by score then id or, when the top is
   * re-ranked by the proximity {@code pairs}, by the score with their gain, since ours shows the
   * copy first in the re-ranked top. A collapsing function cannot read the request's parameters, so
   * the pairs are written into it; pairs holding a quote or a backslash keep the plain order.
   */
  private String collapse(List<String> pairs) {
    String head = "sort='score desc," + NewsSchema.ID + " asc'";
    if (!pairs.isEmpty()
        && pairs.stream().noneMatch(p -> p.contains("'") || p.contains("\\") || p.contains("\""))) {
      String gain =
          pairs.stream()
              .map(
                  pair ->
                      String.format(
                          Locale.ROOT,
                          "query({!dismax qf=\\'%s\\' tie=0 qs=%d mm=1 v=\\'%s\\'},0)",
                          pairFields(),
                          ranking.phraseSlop(),
                          EdismaxUnits.phrase(pair)))
              .collect(Collectors.joining(",", "sum(", ")"));
      if (ranking.recencyWeight() > 0) {
        gain = "product(" + recency(LocalDate.now(clock)) + "," + gain + ")";
      }
      head =
          String.format(
              Locale.ROOT, "max='sum(cscore(),product(%s,%s))'", ranking.phraseBoost(), gain);
    }
    return "{!collapse tag="
        + COLLAPSE_TAG
        + " field="
        + NewsSchema.DUPLICATE_KEY
        + " nullPolicy=expand "
        + head
        + "}";
  }

  /**
   * Every match of a response to {@link #request}, collapsed copies included: what our totals count
   * and what the relaxing threshold is compared with.
   */
  public static long matches(QueryResponse response) {
    Integer count = response.getFacetQuery() == null ? null : response.getFacetQuery().get(MATCHES);
    return count == null ? response.getResults().getNumFound() : count;
  }

  /**
   * Whether a search for {@code text} that found {@code found} matches under the rule runs again
   * relaxed, as ours does: when it found fewer than {@code relax_below}, and the rule asked for
   * more than one of two or more optional words.
   */
  public boolean relaxes(String text, long found) {
    if (found >= ranking.relaxBelow()) {
      return false;
    }
    UserQuery query = parser.parse(text);
    int optional = 0;
    for (int i = 0; i < query.groups().size(); i++) {
      optional += query.required(i) ? 0 : 1;
    }
    return optional >= 2 && rule.required(optional) >= 2;
  }

  /** edismax's {@code qf}: the text fields of {@code language} with their weights, and neutral. */
  String queryFields(String language) {
    List<String> fields = new ArrayList<>();
    addField(fields, NewsSchema.textField(NewsSchema.TITLE, language), ranking.titleBoost());
    addField(fields, NewsSchema.textField(NewsSchema.SUMMARY, language), ranking.summaryBoost());
    addField(fields, NewsSchema.textField(NewsSchema.BODY, language), ranking.bodyBoost());
    addField(fields, NewsSchema.NEUTRAL, ranking.neutralBoost());
    return String.join(" ", fields);
  }

  private static void addField(List<String> fields, String field, double boost) {
    if (boost > 0) {
      fields.add(field + "^" + boost);
    }
  }

  /**
   * The words of {@code query} as one boolean query over its units, built as ours is: each group
   * (its units as alternatives) a clause, required or optional, of which {@code rule} asks for its
   * share of the optional ones; exclusions must not match. Each unit is one edismax query over the
   * text fields, any part of it enough (an {@code OR}, a {@code NEAR} pair, a synonym's
   * alternatives). Units with nothing searchable are left out and not counted. Null when nothing is
   * searchable.
   */
  private String words(SolrQuery request, UserQuery query, String language, MinimumMatch rule) {
    List<String> clauses = new ArrayList<>();
    int optional = 0;
    for (int i = 0; i < query.groups().size(); i++) {
      String alternatives =
          query.groups().get(i).stream()
              .filter(term -> units.searchable(term, language))
              .map(EdismaxUnits::unit)
              .collect(Collectors.joining(" OR "));
      if (!alternatives.isEmpty()) {
        boolean required = query.required(i);
        clauses.add(
            (required ? "must=$" : "should=$") + unit(request, clauses.size(), alternatives));
        optional += required ? 0 : 1;
      }
    }
    if (query.groups().isEmpty()) {
      request.set(EVERY, "*:*");
      clauses.add("must=$" + EVERY);
    }
    if (clauses.isEmpty()) {
      return null;
    }
    for (QueryTerm excluded : query.exclusions()) {
      if (units.searchable(excluded, language)) {
        clauses.add("must_not=$" + unit(request, clauses.size(), EdismaxUnits.unit(excluded)));
      }
    }
    return "{!bool mm=" + rule.required(optional) + " " + String.join(" ", clauses) + "}";
  }

  /** Names the unit's edismax query as parameter {@code index} of the request; returns its name. */
  private static String unit(SolrQuery request, int index, String units) {
    String name = UNIT + index;
    request.set(name + "Text", units);
    request.set(name, "{!edismax mm=1 v=$" + name + "Text}");
    return name;
  }

  /**
   * The proximity clause of a query of at most {@code proximity_max_words} plain words: each pair
   * of neighbouring words a sloppy phrase in the title or the body (the better of the two), their
   * sum added with the phrase boost to the score of the top {@code proximity_window} hits.
   */
  private List<String> proximity(SolrQuery request, UserQuery query) {
    if (ranking.phraseBoost() <= 0) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (List<QueryTerm> group : query.groups()) {
      if (group.size() == 1 && group.get(0).plainWord()) {
        words.add(group.get(0).text());
      }
    }
    if (words.size() > ranking.proximityMaxWords()) {
      return List.of();
    }
    List<String> pairs = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (schema.isStopWord(words.get(i)) && schema.isStopWord(words.get(i + 1))) {
        continue;
      }
      String name = PAIRS + pairs.size();
      request.set(
          name,
          String.format(
              Locale.ROOT,
              "{!dismax qf='%s' tie=0 qs=%d mm=1}%s",
              pairFields(),
              ranking.phraseSlop(),
              EdismaxUnits.phrase(words.get(i) + " " + words.get(i + 1))));
      pairs.add("should=$" + name);
      phrases.add(words.get(i) + " " + words.get(i + 1));
    }
    if (pairs.isEmpty()) {
      return List.of();
    }
    request.set(PAIRS, "{!bool " + String.join(" ", pairs) + "}");
    // Freshness multiplies the proximity gain as it does the words' score: as one text score.
    request.set(
        RERANK,
        ranking.recencyWeight() > 0
            ? "{!boost b=$" + RECENCY + " v=$" + PAIRS + "}"
            : "{!query v=$" + PAIRS + "}");
    request.set(
        "rq",
        String.format(
            Locale.ROOT,
            "{!rerank reRankQuery=$%s reRankDocs=%d reRankWeight=%s}",
            RERANK,
            ranking.proximityWindow(),
            ranking.phraseBoost()));
    return phrases;
  }

  private String pairFields() {
    List<String> fields = new ArrayList<>();
    addField(fields, NewsSchema.TITLE, ranking.titleBoost());
    addField(fields, NewsSchema.BODY, ranking.bodyBoost());
    return String.join(" ", fields);
  }

  /**
   * Our freshness gain as a function of the date: {@code 1 + weight × 2^(-age / halfLife)}, with
   * the age in whole days from {@code today} and never negative; 1 for an undated article.
   */
  String recency(LocalDate today) {
    String ageDays =
        String.format(
            Locale.ROOT,
            "max(0,div(ms(%sT00:00:00Z,%s),%d))",
            today,
            NewsSchema.DATE,
            MILLIS_PER_DAY);
    return String.format(
        Locale.ROOT,
        "if(exists(%s),sum(1,product(%s,pow(2,div(product(-1,%s),%s)))),1)",
        NewsSchema.DATE,
        ranking.recencyWeight(),
        ageDays,
        ranking.recencyHalfLifeDays());
  }
}
