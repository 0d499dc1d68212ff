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
 * The project's seed page, which lives outside the repository in the shared folder; the test is
 * skipped where that folder is absent.
 */
class SeedPageTest {

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
  void readsTheSeedPageIntoItsExpectedFields() throws Exception {
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
    for (String furniture :
        List.of("Live", "Audio Only", "facebook", "Photo:", "Opinion", "RELATED", "Comment")) {
      assertFalse(article.body().contains(furniture), furniture);
    }
    assertEquals(6, article.body().split("\n\n").length);
  }
}
