package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsearch extraction-report --set DIR} prints the accuracy table and every miss. */
class ExtractionReportCommandTest {

  @TempDir Path dir;
  private final InProcessCommand newsearch = new InProcessCommand();

  @Test
  void printsTheShareOfFieldsReadRightPerFieldAndOverall() throws IOException {
    Files.writeString(
        dir.resolve("page.txt"),
        "Ferry timetable cut as council seeks new operator\n\n"
            + "Publié le 12 janvier 2023 à 14h05\n\n"
            + "The evening ferry will stop running next month, the council said.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("page.expected"), "date: 2023-01-12\nsection: World\n", StandardCharsets.UTF_8);

    assertEquals(0, newsearch.run("extraction-report", "--set", dir.toString()), newsearch.err());

    assertEquals(
        List.of(
            "field            right  checks    share",
            "section              0       1     0.0%",
            "date                 1       1   100.0%",
            "overall              1       2    50.0%",
            "pages: 1",
            "miss page.txt section: expected 'World', got 'none'"),
        newsearch.out().lines().toList());
  }

  @Test
  void refusesAFolderThatDoesNotExist() {
    assertEquals(2, newsearch.run("extraction-report", "--set", dir.resolve("nope").toString()));
    assertTrue(newsearch.err().contains("--set: no such folder: "), newsearch.err());
  }
}
