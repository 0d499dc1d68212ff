package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import newsearch.search.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The matching rule, its fallback, the operators and the archivists' syntax, on a real index. */
class QueryMatchingTest {

  private static List<Article> articles() {
    List<Article> all = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      all.add(
          article(
              "pl" + i,
              "Premier League round " + i,
              "Goals and points in the league.",
              "2021-0" + (i % 9 + 1) + "-10",
              "Sport"));
    }
    all.add(article("pm1", "Premier meets unions", "The premier spoke.", "2020-05-01", "News"));
    all.add(article("pm2", "Premier visits Paris", "A premier abroad.", "2022-03-15", "News"));
    all.add(article("lg1", "Rugby league final", "A league decider.", "2019-02-02", "Sport"));
    for (int i = 1; i <= 10; i++) {
      all.add(article("oil" + i, "Oil prices move", "Oil prices moved on day " + i, null, "Trade"));
    }
    all.add(article("oil0", "Oil output", "Oil fields report output.", null, "Trade"));
    all.add(article("near1", "Crude exports rise", "Crude exports rose again.", null, "Trade"));
    all.add(
        article(
            "near2",
            "Crude output",
            "Crude fields report output; later in the year the market saw exports fall.",
            null,
            "Trade"));
    all.add(article("tb1", "Tony Blair speaks", "Tony Blair on the economy.", null, "News"));
    all.add(article("tl1", "Tony Lama boots", "Tony Lama makes boots.", null, "Business"));
    for (int i = 0; i < 60; i++) {
      all.add(article("zq" + i, "Rare word", "zqword" + (char) ('a' + i % 26) + i, null, "Misc"));
    }
    for (int i = 0; i < 3; i++) {
      all.add(article("zc" + i, "Common rare word", "zqcommon here.", null, "Misc"));
    }
    return all;
  }

  @RegisterExtension final TestSearcher index = new TestSearcher(articles());

  private SearchResponse search(String q) throws IOException {
    return index.searcher().search(SearchRequest.of(q, 100));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }

  @Test
  void aTwoWordQueryFindsOnlyArticlesWithBothWords() throws IOException {
    SearchResponse both = search("premier league");
    assertEquals(10, both.total());
    assertEquals("premier AND league", both.parsedQuery());
    assertFalse(both.relaxed());
    assertEquals(List.of(), both.droppedWords());
  }

  @Test
  void whenNoArticleHasAllWordsItShowsArticlesWithAnyAndNamesTheDroppedWord() throws IOException {
    SearchResponse relaxed = search("premier boots");
    assertTrue(relaxed.relaxed());
    assertEquals(List.of("boots"), relaxed.droppedWords());
    assertEquals(13, relaxed.total());
    assertEquals("premier AND boots", relaxed.parsedQuery());
  }

  @Test
  void andPlusOrAndMinusWorkAsASearcherExpects() throws IOException {
    assertEquals(10, search("premier AND league").total());
    assertEquals(10, search("+premier +league").total());
    assertEquals("premier AND league", search("+premier +league").parsedQuery());
    assertEquals("+premier", search("+premier").parsedQuery());
    assertEquals(List.of("pm1", "pm2"), ids(search("premier -league")).stream().sorted().toList());
    assertEquals(
        List.of("pm1", "pm2"), ids(search("premier NOT league")).stream().sorted().toList());
    assertEquals(List.of("tb1", "tl1"), ids(search("blair OR lama")).stream().sorted().toList());
  }

  @Test
  void nearAndSloppyPhrasesFindWordsWithinTheirDistance() throws IOException {
    assertEquals(List.of("near1"), ids(search("crude NEAR/2 exports")));
    assertEquals(List.of("near1"), ids(search("exports NEAR/2 crude")));
    assertEquals(2, search("crude NEAR/20 exports").total());
    assertEquals(List.of("near1"), ids(search("\"crude exports\"~1")));
    assertEquals("crude NEAR/2 exports", search("crude NEAR/2 exports").parsedQuery());
    assertEquals("\"crude exports\"~1", search("\"crude exports\"~1").parsedQuery());
  }

  @Test
  void badDistancesAndDatesAreRejectedNamingTheValue() {
    InvalidRequestException near =
        assertThrows(InvalidRequestException.class, () -> search("oil NEAR/0 prices"));
    assertEquals("invalid_distance", near.code());
    assertEquals("NEAR/0: the distance must be a whole number from 1 to 50", near.getMessage());
    InvalidRequestException date =
        assertThrows(InvalidRequestException.class, () -> search("treaty since:banana"));
    assertEquals("invalid_date_expression", date.code());
    assertEquals(
        "since: must be a year, a month or a day (2021, 2021-06, 2021-06-15), got 'banana'",
        date.getMessage());
  }

  @Test
  void aStarFindsTheMostCommonWordsThatBeginSoUpToTheCap() throws IOException {
    assertEquals(12, search("prem*").total());
    SearchResponse capped = search("zq*");
    // The cap keeps zqcommon, in three articles, and 49 of the 60 words in one article each.
    assertEquals(QueryFactory.MAX_PREFIX_EXPANSIONS - 1 + 3, capped.total());
    assertTrue(ids(capped).containsAll(List.of("zc0", "zc1", "zc2")));
    assertEquals("prem*", search("prem*").parsedQuery());
    assertEquals("p", search("p*").parsedQuery());
  }

  @Test
  void dateExpressionsFilterAsFromAndToDoAndShowInTheParsedQuery() throws IOException {
    SearchResponse since = search("premier since:2022");
    assertEquals(List.of("pm2"), ids(since));
    assertEquals("premier since:2022-01-01", since.parsedQuery());
    SearchResponse before = search("premier before:2021-01");
    assertEquals(List.of("pm1"), ids(before));
    assertEquals("premier before:2021-01-01", before.parsedQuery());
    SearchResponse after = search("premier after:2021");
    assertEquals(List.of("pm2"), ids(after));
    assertEquals("premier since:2022-01-01", after.parsedQuery());
  }

  @Test
  void aPartialQueryTakesItsLastWordAsTheBeginningOfAWord() throws IOException {
    SearchRequest typing =
        new SearchRequest(
            "oil pr",
            List.of(),
            null,
            null,
            SortOrder.RELEVANCE,
            1,
            10,
            null,
            true,
            null,
            List.of(),
            true,
            null,
            null,
            null);
    SearchResponse partial = index.searcher().search(typing);
    assertEquals(10, partial.total());
    assertTrue(ids(partial).stream().allMatch(id -> id.matches("oil[1-9][0-9]?")));
    assertEquals("oil AND pr*", partial.parsedQuery());
    assertFalse(partial.relaxed());
    SearchResponse whole = search("oil pr");
    assertTrue(whole.relaxed());
    assertEquals(List.of("pr"), whole.droppedWords());
  }

  @Test
  void aHalfTypedSurnameRanksTheNameThatBeginsSoFirst() throws IOException {
    SearchRequest typing =
        new SearchRequest(
            "tony bl",
            List.of(),
            null,
            null,
            SortOrder.RELEVANCE,
            1,
            10,
            null,
            true,
            null,
            List.of(),
            true,
            null,
            null,
            null);
    // Only Tony Blair holds both, so the fallback adds Tony Lama, below him.
    assertEquals(List.of("tb1", "tl1"), ids(index.searcher().search(typing)));
  }
}
