package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import newsearch.schema.NewsSchema;
import newsearch.search.RankingConfig;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

class SolrQueryShapeTest {

  private static final Clock DEC_2 =
      Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

  private static SolrQueryShape shape(RankingConfig ranking) {
    return new SolrQueryShape(ranking, new NewsSchema(), DEC_2);
  }

  private static final SolrQueryShape DEFAULTS = shape(RankingConfig.DEFAULTS);

  @Test
  void twoWordsAreTwoEdismaxClausesBothRequiredByTheRuleWithTheirPairReRankingTheTopThirty() {
    SolrQuery request = DEFAULTS.request("peace treaty", null, false);
    assertEquals("lucene", request.get("defType"));
    assertEquals("{!query v=$shapeWords}", request.getQuery());
    assertEquals("{!bool mm=2 should=$shapeUnit0 should=$shapeUnit1}", request.get("shapeWords"));
    assertEquals("{!edismax mm=1 v=$shapeUnit0Text}", request.get("shapeUnit0"));
    assertEquals("peace", request.get("shapeUnit0Text"));
    assertEquals("treaty", request.get("shapeUnit1Text"));
    assertEquals("title^1.0 summary^1.0 body^1.0 neutral^0.001", request.get("qf"));
    assertEquals("0.5", request.get("tie"));
    assertEquals("true", request.get("sow"));
    assertEquals(
        "{!dismax qf='title^1.0 body^1.0' tie=0 qs=3 mm=1}\"peace treaty\"",
        request.get("shapePairs0"));
    assertEquals(
        "{!rerank reRankQuery=$shapeRerank reRankDocs=30 reRankWeight=1.0}", request.get("rq"));
    assertEquals(
        "{!collapse tag=copies field=duplicate_key nullPolicy=expand"
            + " max='sum(cscore(),product(1.0,sum(query({!dismax qf=\\'title^1.0 body^1.0\\'"
            + " tie=0 qs=3 mm=1 v=\\'\"peace treaty\"\\'},0))))'}",
        request.getFilterQueries()[0]);
    assertEquals("{!ex=copies key=matches}*:*", request.getParams("facet.query")[0]);
    assertEquals("score desc,id asc", request.get("sort"));
  }

  @Test
  void stopWordsAreLeftOutOfTheRuleButStandInTheProximityPairs() {
    SolrQuery request = DEFAULTS.request("the bank of england", null, false);
    assertEquals("{!bool mm=2 should=$shapeUnit0 should=$shapeUnit1}", request.get("shapeWords"));
    assertEquals("bank", request.get("shapeUnit0Text"));
    assertEquals("england", request.get("shapeUnit1Text"));
    assertEquals(
        "{!bool should=$shapePairs0 should=$shapePairs1 should=$shapePairs2}",
        request.get("shapePairs"));
  }

  @Test
  void fiveWordsNeedFourAndGetNoProximityRelaxedAnyOneIsEnough() {
    String query = "central bank rate hike inflation";
    assertTrue(DEFAULTS.request(query, null, false).get("shapeWords").startsWith("{!bool mm=4 "));
    assertNull(DEFAULTS.request(query, null, false).get("rq"));
    assertEquals(
        "{!collapse tag=copies field=duplicate_key nullPolicy=expand sort='score desc,id asc'}",
        DEFAULTS.request(query, null, false).getFilterQueries()[0]);
    assertTrue(DEFAULTS.request(query, null, true).get("shapeWords").startsWith("{!bool mm=1 "));
  }

  @Test
  void relaxesBelowTenMatchesOnlyWhenTheRuleAskedForMoreThanOneOptionalWord() {
    assertTrue(DEFAULTS.relaxes("peace treaty", 9));
    assertFalse(DEFAULTS.relaxes("peace treaty", 10));
    assertFalse(DEFAULTS.relaxes("peace", 0));
    assertFalse(DEFAULTS.relaxes("+peace +treaty", 0));
    assertFalse(DEFAULTS.relaxes("peace OR treaty", 0));
  }

  @Test
  void requiredGroupsAlternativesNearPairsAndExclusionsKeepTheirMeaning() {
    SolrQuery request =
        DEFAULTS.request("+ferry rates OR prices oil NEAR/3 gas -russia", null, false);
    assertEquals(
        "{!bool mm=2 must=$shapeUnit0 should=$shapeUnit1 should=$shapeUnit2"
            + " must_not=$shapeUnit3}",
        request.get("shapeWords"));
    assertEquals("ferry", request.get("shapeUnit0Text"));
    assertEquals("rates OR prices", request.get("shapeUnit1Text"));
    assertEquals("(\"oil gas\"~2 OR \"gas oil\"~2)", request.get("shapeUnit2Text"));
    assertEquals("russia", request.get("shapeUnit3Text"));
  }

  @Test
  void onlyExclusionsMatchEveryOtherArticleAndNothingSearchableMatchesNone() {
    SolrQuery exclusions = DEFAULTS.request("-russia", null, false);
    assertEquals(
        "{!bool mm=0 must=$shapeEvery must_not=$shapeUnit1}", exclusions.get("shapeWords"));
    assertEquals("*:*", exclusions.get("shapeEvery"));
    assertEquals("-*:*", DEFAULTS.request("the of", null, false).getQuery());
  }

  @Test
  void aQueryInSpanishSearchesTheSpanishFieldsAndNeutral() {
    assertEquals(
        "title_es^1.0 summary_es^1.0 body_es^1.0 neutral^0.001",
        DEFAULTS.request("elecciones", "es", false).get("qf"));
  }

  @Test
  void freshnessMultipliesTheWordsAndTheProximityGainByOurHalfLifeCurve() {
    SolrQuery request =
        shape(RankingConfig.builder().recencyWeight(0.5).build())
            .request("peace treaty", null, false);
    assertEquals("{!boost b=$shapeRecency v=$shapeWords}", request.getQuery());
    assertEquals("{!boost b=$shapeRecency v=$shapePairs}", request.get("shapeRerank"));
    assertEquals(
        "if(exists(date),sum(1,product(0.5,pow(2,div(product(-1,"
            + "max(0,div(ms(2026-12-02T00:00:00Z,date),86400000))),365.0)))),1)",
        request.get("shapeRecency"));
  }
}
