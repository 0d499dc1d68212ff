package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  @TempDir Path dir;
  private final InProcessCommand newsearch = new InProcessCommand();

  private int run(String... args) {
    return newsearch.run(args);
  }

  /** The navigation, share links, labels and comment box of the seed layout. */
  private static final List<String> FURNITURE =
      List.of(
          "Audio Only",
          "google plus",
          "facebook",
          "twitter",
          "RELATED:",
          "Comment",
          "Post with no comments.");

  private JsonObject parse(Path page) {
    assertEquals(0, run("parse", page.toString()), newsearch.err());
    return JsonParser.parseString(newsearch.out()).getAsJsonObject();
  }

  private static void assertNoFurniture(String body) {
    for (String furniture : FURNITURE) {
      assertFalse(body.contains(furniture), furniture);
    }
  }

  @Test
  void parsesAPageInTheSeedLayoutIntoItsFields() throws Exception {
    JsonObject article =
        parse(Path.of(ParseCommandTest.class.getResource("/pages/seed_layout.txt").toURI()));
    assertEquals(
        "Lake Survey Finds Rare Freshwater Sponge Spreading North",
        article.get("title").getAsString());
    assertEquals("News > Science", article.get("section").getAsString());
    assertEquals("2023-08-02", article.get("date").getAsString());
    String body = article.get("body").getAsString();
    assertTrue(body.startsWith("Volunteer divers have found a rare freshwater sponge"), body);
    assertTrue(body.endsWith("let the sponge move north."), body);
    assertNoFurniture(body);
    assertEquals(
        "Volunteers Sought for Summer Count of Lake Species",
        article.getAsJsonArray("related").get(0).getAsString());
  }

  @Test
  void parsesTheSharedSeedPageIntoItsFields() {
    Path seed = SharedData.path("seeds/000_e579b503fdafa794.txt");
    assumeTrue(Files.exists(seed), "shared data not present");
    JsonObject article = parse(seed);
    assertEquals(
        "Japan and Russia Agree to Move Forward on Peace Treaty",
        article.get("title").getAsString());
    assertEquals("News > Japan", article.get("section").getAsString());
    assertEquals("2021-10-07", article.get("date").getAsString());
    String body = article.get("body").getAsString();
    assertTrue(body.startsWith("Today, Japan's new Prime Minister"), body);
    assertNoFurniture(body);
    assertEquals(
        "Japan to Push for WWII-Era Peace Treaty with Russia",
        article.getAsJsonArray("related").get(0).getAsString());
  }

  @Test
  void namesTheFileAndReasonWhenItCannotRead() {
    Path missing = dir.resolve("missing.txt");
    assertEquals(1, run("parse", missing.toString()));
    assertTrue(newsearch.err().contains(missing + ": no such file"), newsearch.err());
  }

  @Test
  void reportsBadLinesWithTheirNumbersAndPrintsTheRest() throws Exception {
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, "{\"id\":\"1\",\"title\":\"One\",\"body\":\"B\"}\n{oops\n");
    assertEquals(0, run("parse", file.toString()));
    assertTrue(newsearch.out().contains("\"id\": \"1\""));
    assertTrue(newsearch.err().contains(file + ":2: not valid JSON"), newsearch.err());
  }

  @Test
  void printsTheArticleOfAnImpossibleDateAndWarnsAboutTheDate() throws Exception {
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, "{\"id\":\"1\",\"title\":\"One\",\"date\":\"2021-13-45\"}\n");
    assertEquals(0, run("parse", file.toString()));
    assertTrue(newsearch.out().contains("\"date\": null"), newsearch.out());
    assertTrue(
        newsearch
            .err()
            .contains(
                "newsearch parse: warning: "
                    + file
                    + ":1: date \"2021-13-45\" is not a date (yyyy-mm-dd); indexed without a date"),
        newsearch.err());
  }
}
