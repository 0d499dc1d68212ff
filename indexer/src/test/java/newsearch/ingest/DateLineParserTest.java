package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import newsearch.ingest.DateLineParser.DateLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineParserTest {

  private final DateLineParser parser = new DateLineParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Published 7 October 2021; 2021-10-07",
        "October 7, 2021 3:14 PM UTC; 2021-10-07",
        "2021-10-07T09:00:00Z; 2021-10-07",
        "7 Oct 2021; 2021-10-07",
        "Posted on Oct. 7, 2021 at 09:00 BST; 2021-10-07",
        "Thursday, 7th October 2021; 2021-10-07",
        "Publicado 12 octubre 2021; 2021-10-12",
        "Publicado el martes 12 de octubre de 2021, 10:15 h; 2021-10-12",
        "Published 7 October 2021, updated 8 October 2021; 2021-10-07",
        "Updated 8 Oct 2021 Published 7 Oct 2021; 2021-10-07",
      })
  void readsThePublicationDateOfADateLine(String line, LocalDate expected) {
    assertEquals(Optional.of(expected), parser.dateLine(line).map(DateLine::published));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Updated: Tue 5 Apr 2022", "Last updated on Tuesday, April 5, 2022"})
  void readsAnUpdateAsUpdatedNotPublished(String line) {
    assertEquals(Optional.of(new DateLine(null, LocalDate.of(2022, 4, 5))), parser.dateLine(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Japan said on 7 October 2021 that talks would resume.",
        "October 7, 2021 was the day the talks began",
        "Published in the spring",
        "31 February 2021",
        "2021",
      })
  void doesNotTakeSentencesOrImpossibleDatesForDateLines(String line) {
    assertTrue(parser.dateLine(line).isEmpty(), () -> "took a date line from: " + line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "2022-04-04T18:30:00-05:00; 2022-04-04",
        "Mon, 04 Apr 2022 18:30:00 GMT; 2022-04-04",
        "April 4, 2022; 2022-04-04",
      })
  void findsTheDateInAMarkupValueAsWritten(String value, LocalDate expected) {
    assertEquals(Optional.of(expected), parser.firstDate(value));
  }
}
