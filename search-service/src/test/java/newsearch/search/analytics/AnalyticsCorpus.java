package newsearch.search.analytics;

import static newsearch.search.TestIndex.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsearch.schema.Article;

/**
 * Small corpora with known counts for the analytics tests: oil articles on known days among others,
 * a planted topic among filler, and a story that rises in the newest week.
 */
public final class AnalyticsCorpus {

  private AnalyticsCorpus() {}

  /**
   * Oil: two in January 2021 (of three articles that month), none in February (of one), one in
   * March (of three, one of them in Sport), and one undated. Seven other dated articles.
   */
  public static List<Article> oilMonths() {
    return List.of(
        article("o1", "Oil output rises", "Oil wells pump more.", "2021-01-05", "Business"),
        article("o2", "Oil price falls", "Cheap oil for drivers.", "2021-01-20", "Business"),
        article("o3", "Oil tanker docks", "The oil tanker arrived.", "2021-03-02", "Business"),
        article("o4", "Oil history", "A long view of oil.", null, "Business"),
        article("x1", "Snow in the hills", "Snow closed roads.", "2021-01-10", "Weather"),
        article("x2", "Valentine dinners", "Restaurants were full.", "2021-02-14", "Life"),
        article("x3", "Cup final", "The home side won.", "2021-03-15", "Sport"),
        article("x4", "Spring flowers", "Gardens bloom early.", "2021-03-20", "Life"));
  }

  /**
   * Twelve articles about airships, which mention zeppelins and helium, among forty about markets,
   * weather and sport, which mention neither; every article shares the common words.
   */
  public static List<Article> plantedTopic() {
    String[] filler = {
      "Markets closed higher as traders bought shares in banks and retailers.",
      "Rain is expected across the region with strong winds along the coast.",
      "The club won the match after a late goal from the visiting striker.",
      "The council approved a new budget for schools and roads this year."
    };
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      articles.add(
          article(
              "air" + i,
              "Airship flight number " + i,
              "The airship zeppelin rose on helium gas over the city. Officials said the"
                  + " zeppelin crew checked the helium cells"
                  + (i % 2 == 0 ? " before the mooring mast." : " after the storm."),
              String.format(Locale.ROOT, "2022-05-%02d", i + 1),
              "Science"));
    }
    for (int i = 0; i < 40; i++) {
      articles.add(
          article(
              "f" + i,
              "Daily report " + i,
              filler[i % filler.length] + " Officials said the city would report again.",
              String.format(Locale.ROOT, "2022-05-%02d", i % 28 + 1),
              "News"));
    }
    return articles;
  }

  /**
   * Floods in the newest week (2024-03-08 to 2024-03-14: six flood articles and two others) and a
   * budget story in the week before (2024-03-01 to 2024-03-07: five budget articles, one flood).
   */
  public static List<Article> risingStory() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      articles.add(
          article(
              "flood" + i,
              "River flood warning " + i,
              "The river flood forced families from homes near the levee.",
              String.format(Locale.ROOT, "2024-03-%02d", 8 + i),
              "News"));
    }
    articles.add(article("r1", "Market report", "Shares rose again.", "2024-03-09", "Business"));
    articles.add(article("r2", "Match report", "The club lost again.", "2024-03-14", "Sport"));
    for (int i = 0; i < 5; i++) {
      articles.add(
          article(
              "budget" + i,
              "Council budget vote " + i,
              "The council budget cuts libraries and parks.",
              "2024-03-0" + (1 + i),
              "News"));
    }
    articles.add(
        article(
            "flood-old",
            "Small flood",
            "A small river flood near the levee.",
            "2024-03-06",
            "News"));
    return articles;
  }
}
