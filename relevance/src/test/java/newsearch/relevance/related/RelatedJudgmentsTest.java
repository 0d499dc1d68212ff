package newsearch.relevance.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.relevance.Qrels;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;
import newsearch.search.Ranking;
import org.junit.jupiter.api.Test;

class RelatedJudgmentsTest {

  private static final Qrels QRELS =
      new Qrels(
          Map.of(
              "q1", Map.of("a", 1, "b", 2, "c", 0),
              "q2", Map.of("b", 1, "d", 1),
              "q3", Map.of("e", 1)));

  private static final Set<String> INDEXED = Set.of("a", "b", "c", "d", "e");

  @Test
  void articlesJudgedRelevantToOneQueryAreRelatedAndAnUnjudgedOneIsNot() {
    RelatedJudgments judgments = RelatedJudgments.ofQrels(QRELS);
    assertTrue(judgments.related("a", "b"));
    assertTrue(judgments.related("b", "d"));
    assertFalse(judgments.related("a", "d"));
    assertFalse(judgments.related("a", "c"), "judged not relevant");
    assertFalse(judgments.related("a", "a"), "an article is not related to itself");
  }

  @Test
  void seedsAreTheArticlesWithARelatedArticleInTheIndexInIdOrder() {
    RelatedJudgments judgments = RelatedJudgments.ofQrels(QRELS);
    assertEquals(List.of("a", "b", "d"), judgments.seeds(INDEXED, 10, 7));
    assertEquals(List.of(), judgments.seeds(Set.of("a", "d", "e"), 10, 7));
    assertEquals(2, judgments.seeds(INDEXED, 2, 7).size());
  }

  @Test
  void chanceIsTheShareOfTheOtherIndexedArticlesEachSeedIsRelatedTo() {
    RelatedJudgments judgments = RelatedJudgments.ofQrels(QRELS);
    // a: b of 4 others; b: a and d; d: b.
    assertEquals(
        (1 / 4.0 + 2 / 4.0 + 1 / 4.0) / 3, judgments.chance(List.of("a", "b", "d"), INDEXED));
  }

  @Test
  void articlesOfOneSectionAreRelatedAndThoseWithoutOneAreNot() {
    RelatedJudgments judgments =
        RelatedJudgments.ofSections(
            List.of(
                article("x", "Business > Markets"),
                article("y", "Business > Markets"),
                article("z", "Business"),
                article("w", "")));
    assertTrue(judgments.related("x", "y"));
    assertFalse(judgments.related("x", "z"), "a parent section is another section");
    assertFalse(judgments.related("w", "x"));
    assertEquals(List.of("x", "y"), judgments.seeds(Set.of("w", "x", "y", "z"), 10, 1));
  }

  @Test
  void scoresAverageThePrecisionAndAnEqualRankingIsNoDifference() {
    RelatedScores words = new RelatedScores(Ranking.LEXICAL, new double[] {0.2, 0.0, 1.0}, 1.5);
    RelatedScores same = new RelatedScores(Ranking.SEMANTIC, new double[] {0.2, 0.0, 1.0}, 2.5);
    assertEquals(0.4, words.meanPrecision(), 1e-12);
    assertEquals(2 / 3.0, words.anyRelated(), 1e-12);
    assertEquals(1.0, same.pAgainst(words, 42));
    assertEquals("semantic       0.4000      0.6667     2.50   1.0000", same.row(words, 42));
  }

  private static Article article(String id, String section) {
    return new Article(
        id,
        "Title " + id,
        null,
        "Body of " + id,
        null,
        section.isEmpty() ? SectionPath.NONE : SectionPath.parse(section),
        null,
        null,
        null,
        List.of());
  }
}
