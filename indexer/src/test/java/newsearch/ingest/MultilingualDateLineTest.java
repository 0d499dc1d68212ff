package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import newsearch.ingest.DateLineParser.DateLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date lines in Spanish, Portuguese, French and German are read as the English ones are. */
class MultilingualDateLineTest {

  private final DateLineParser parser = new DateLineParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Publicado el 3 de marzo de 2023; 2023-03-03",
        "Publicado el viernes 3 de marzo de 2023, 10:15 h; 2023-03-03",
        "Publicado em 15 de agosto de 2022 às 11h20; 2022-08-15",
        "Publicado em segunda-feira, 15 de agosto de 2022; 2022-08-15",
        "Publié le 12 janvier 2023 à 14h05; 2023-01-12",
        "Publié le 1er février 2023; 2023-02-01",
        "Publié le 28 août 2023 à 07h15, mis à jour le 29 août 2023 à 09h40; 2023-08-28",
        "Veröffentlicht am 7. Oktober 2021; 2021-10-07",
        "Veröffentlicht am Donnerstag, 7. Oktober 2021, 09:30 Uhr; 2021-10-07",
        "Erschienen am 3. März 2022; 2022-03-03",
      })
  void readsThePublicationDate(String line, LocalDate expected) {
    assertEquals(Optional.of(expected), parser.dateLine(line).map(DateLine::published));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Actualizado el 4 de agosto de 2022, 09:15; 2022-08-04",
        "Atualizado em 2 de setembro de 2022 às 10h30; 2022-09-02",
        "Mis à jour le 3 février 2023 à 08h00; 2023-02-03",
        "Aktualisiert am 8. Oktober 2021, 12:30 Uhr; 2021-10-08",
        "Stand: 12. Dezember 2023; 2023-12-12",
      })
  void readsAnUpdateAsUpdatedNotPublished(String line, LocalDate expected) {
    assertEquals(Optional.of(new DateLine(null, expected)), parser.dateLine(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "El gobierno anunció el 3 de marzo de 2023 un nuevo plan.",
        "O governo anunciou em 15 de agosto de 2022 um novo plano.",
        "Le gouvernement a annoncé le 12 janvier 2023 un nouveau plan.",
        "Die Regierung hat am 7. Oktober 2021 einen Plan vorgestellt.",
      })
  void doesNotTakeASentenceMentioningADateForADateLine(String line) {
    assertTrue(parser.dateLine(line).isEmpty(), () -> "took a date line from: " + line);
  }
}
