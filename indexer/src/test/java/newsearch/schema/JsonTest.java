package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonTest {

  record Row(LocalDate publishedOn, SectionPath section, Path file) {}

  @Test
  void datesSectionsAndPathsAreTextAndNullsAreWritten() {
    Row row =
        new Row(LocalDate.of(2021, 3, 4), SectionPath.parse("News > Japan"), Path.of("runs.tsv"));
    String json =
        "{\"published_on\":\"2021-03-04\",\"section\":\"News > Japan\",\"file\":\"runs.tsv\"}";
    assertEquals(json, Json.GSON.toJson(row));
    assertEquals(row, Json.GSON.fromJson(json, Row.class));
    assertEquals(
        "{\"published_on\":null,\"section\":null,\"file\":null}",
        Json.GSON.toJson(new Row(null, SectionPath.NONE, null)));
  }
}
