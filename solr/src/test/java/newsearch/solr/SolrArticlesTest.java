package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolrArticlesTest {

  private static final String M = SolrArticles.MARK;
  private static final String U = SolrArticles.UNMARK;

  @Test
  void joinedSentencesAreCutApartAndOnlyThoseWithAMatchKept() {
    List<String> passages =
        List.of(
            "It rained. Fumio " + M + "Kishida" + U + " spoke.\n\nThe talks went on. ",
            M + "Kishida" + U + " left.");
    assertEquals(
        List.of("Fumio " + M + "Kishida" + U + " spoke.\n\n", M + "Kishida" + U + " left."),
        SolrArticles.sentences(passages, 3));
    assertEquals(
        List.of("Fumio <mark>Kishida</mark> spoke.", "<mark>Kishida</mark> left."),
        SolrArticles.sentences(passages, 3).stream().map(SolrArticles::marked).toList());
  }

  @Test
  void withoutAMatchTheFirstSentencesAreTheSummary() {
    assertEquals(List.of("One. ", "Two. "), SolrArticles.sentences(List.of("One. Two. Three."), 2));
  }

  @Test
  void textIsEscapedByOurEscaperAndOnlySolrsMarksBecomeMarkTags() {
    assertEquals(
        "Japan&#39;s &lt;b&gt; &amp; <mark>&quot;Kishida&quot;</mark>",
        SolrArticles.marked(" Japan's <b> & " + M + "\"Kishida\"" + U + "\n"));
  }
}
