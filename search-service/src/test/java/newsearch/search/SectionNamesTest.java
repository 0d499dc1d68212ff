package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The display-name file of section values: its one format, and how names apply to paths. */
class SectionNamesTest {

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("sections.json"), text, StandardCharsets.UTF_8);
  }

  @Test
  void aNameAppliesToItsValueAtAnyLevelOfAPath() throws IOException {
    SectionNames names =
        SectionNames.read(file("{\"acq\": \"Acquisitions\", \"money-fx\": \" Currencies \"}"));
    assertEquals(2, names.size());
    assertEquals("Acquisitions", names.name("acq"));
    assertEquals("grain", names.name("grain"));
    assertEquals("News > Acquisitions", names.path("News > acq"));
    assertEquals("Currencies > acq-like", names.path("money-fx > acq-like"));
    assertEquals(null, names.path(null));
  }

  @Test
  void aFileThatIsNotOneObjectOfNamesIsRefusedNamingTheFile() throws IOException {
    Path list = file("[\"acq\"]");
    IllegalArgumentException notObject =
        assertThrows(IllegalArgumentException.class, () -> SectionNames.read(list));
    assertEquals(
        list
            + ": not a valid section names file: expected one object of section value to"
            + " display name",
        notObject.getMessage());
    Path number = file("{\"acq\": 3}");
    IllegalArgumentException notText =
        assertThrows(IllegalArgumentException.class, () -> SectionNames.read(number));
    assertEquals(
        number + ": not a valid section names file: the name of 'acq' must be a string, got 3",
        notText.getMessage());
    Path broken = file("{\"acq\": \"Acquisitions\",\n \"grain\" }");
    IllegalArgumentException notJson =
        assertThrows(IllegalArgumentException.class, () -> SectionNames.read(broken));
    assertEquals(true, notJson.getMessage().contains("line 2"), notJson.getMessage());
  }
}
