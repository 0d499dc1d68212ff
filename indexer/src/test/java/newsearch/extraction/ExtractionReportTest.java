package newsearch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An extraction set is scored field by field, with every miss named. */
class ExtractionReportTest {

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void writeArticle() throws IOException {
    write(
        "ferry.txt",
        """
        News > Harbour

        Ferry timetable cut as council seeks new operator

        Published 2 June 2022

        The evening ferry will stop running next month, the council said on Monday.

        Share this article
        """);
  }

  @Test
  void countsRightAndWrongFieldsPerKindAndOverall() throws IOException {
    writeArticle();
    write(
        "ferry.expected",
        """
        # one wrong title, everything else right
        title: Ferry timetable cut
        section: News > Harbour
        date: 2022-06-02
        body-start: The evening ferry will stop
        body-content: the council said on Monday
        junk-absent: Share this article
        """);

    ExtractionReport report = ExtractionReport.of(dir);

    Map<FieldKind, Long> right =
        report.byKind().entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().stream().filter(Check::passed).count()));
    assertEquals(
        Map.of(
            FieldKind.TITLE, 0L,
            FieldKind.SECTION, 1L,
            FieldKind.DATE, 1L,
            FieldKind.BODY_START, 1L,
            FieldKind.BODY_CONTENT, 1L,
            FieldKind.JUNK_ABSENT, 1L),
        right);
    assertEquals(5 / 6.0, report.accuracy(), 1e-9);
    assertEquals(
        "miss ferry.txt title: expected 'Ferry timetable cut', got 'Ferry timetable cut as council"
            + " seeks new operator'",
        report.lines().getLast());
  }

  @Test
  void passesARejectionOnlyForTheExpectedReason() throws IOException {
    write("front.txt", "Home\n\nPage not found\n\nSorry, that page is gone.\n");
    write("front.expected", "rejection: error_page\n");
    writeArticle();
    write("ferry.expected", "rejection: headline_list\n");

    List<Check> checks = ExtractionReport.of(dir).checks();

    assertEquals(List.of(false, true), checks.stream().map(Check::passed).toList());
    assertEquals(
        "accepted as 'Ferry timetable cut as council seeks new operator'",
        checks.getFirst().actual());
  }

  @Test
  void failsEveryFieldOfAnArticleThatWasRejected() throws IOException {
    write("empty.txt", "Home\nShare\n");
    write("empty.expected", "title: Something\nbody-content: text\n");

    ExtractionReport report = ExtractionReport.of(dir);

    assertEquals(0.0, report.accuracy(), 1e-9);
    assertEquals(1, report.pages());
  }

  @Test
  void namesTheFileAndLineOfABadExpectation() throws IOException {
    writeArticle();
    write("ferry.expected", "title: Ferry\nheadline: Ferry\n");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExtractionReport.of(dir));

    assertEquals(
        dir.resolve("ferry.expected")
            + ":2: expected 'key: value' with a key of [title, section, date, body-start,"
            + " body-content, junk-absent, rejection], got headline: Ferry",
        e.getMessage());
  }
}
