package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;

/**
 * Pages in the layout of the project's seed page: one written for the repository in that layout,
 * read everywhere, and the seed page itself, which lives outside the repository in the shared
 * folder and is skipped where that folder is absent.
 */
class SeedPageTest {

  /** The furniture of the layout: navigation, share links, labels, the comment box. */
  private static final List<String> FURNITURE =
      List.of(
          "Live",
          "Audio Only",
          "google plus",
          "facebook",
          "twitter",
          "Photo:",
          "Opinion",
          "RELATED",
          "Comment",
          "Post with no comments.");

  private static final String SEED = "shared/seeds/000_e579b503fdafa794.txt";

  private static Path seed() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(SEED))) {
        return dir.resolve(SEED);
      }
    }
    return null;
  }

  @Test
  void readsAPageInTheSeedLayoutIntoItsExpectedFields() throws Exception {
    Article article = new ArticlePageParser().parse(Fixtures.text("pages/seed_layout.txt"), null);

    assertEquals(
        "Kessling Switches On Tidal Turbines Beneath the Old Swing Bridge", article.title());
    assertEquals("Business > Energy", article.section().display());
    assertEquals(LocalDate.of(2024, 3, 14), article.date());
    assertEquals(
        List.of("Kessling Council Delays Tidal Scheme for a Second Winter"), article.related());
    assertEquals(
        "Four turbines anchored under the river mouth will supply a tenth of the city's homes, the"
            + " council said, after six years of trials.",
        article.summary());
    assertTrue(
        article.body().startsWith("Kessling's council switched on four tidal turbines"),
        article.body());
    assertTrue(article.body().endsWith("not engineering.\""), article.body());
    for (String furniture : FURNITURE) {
      assertFalse(article.body().contains(furniture), furniture);
    }
    assertEquals(4, article.body().split("\n\n").length);
  }

  @Test
  void readsTheSharedSeedPageIntoItsExpectedFields() throws Exception {
    Path seed = seed();
    assumeTrue(seed != null, "no " + SEED + " above the working directory");

    Article article =
        new ArticlePageParser().parse(Files.readString(seed, StandardCharsets.UTF_8), null);

    assertEquals("Japan and Russia Agree to Move Forward on Peace Treaty", article.title());
    assertEquals("News > Japan", article.section().display());
    assertEquals(LocalDate.of(2021, 10, 7), article.date());
    assertEquals(List.of("Japan to Push for WWII-Era Peace Treaty with Russia"), article.related());
    assertEquals(
        "In the first talks since Kishida took office as prime minister this week, the leaders"
            + " agreed to press ahead with negotiations based on a previous 1956 agreement.",
        article.summary());
    assertTrue(article.body().startsWith("Today, Japan's new Prime Minister"), article.body());
    for (String furniture : FURNITURE) {
      assertFalse(article.body().contains(furniture), furniture);
    }
    assertEquals(6, article.body().split("\n\n").length);
  }
}
