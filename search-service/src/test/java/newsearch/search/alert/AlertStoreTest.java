package newsearch.search.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsearch.search.index.SearchablePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store of saved searches: what it keeps, and what it refuses to open. */
class AlertStoreTest {

  @TempDir Path dir;

  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private static SavedSearch search(String id) {
    return new SavedSearch(id, "Ports", "harbour", List.of("Ports"), null, null, null, AT, false);
  }

  private static AlertMatch match(String articleId) {
    return new AlertMatch(articleId, "Harbour", "Ships.", null, "Ports", "2026-01-01", AT);
  }

  @Test
  void searchesMatchesAndTheMarkSurviveReopeningAndEachMatchIsRecordedOnce() throws Exception {
    Path file = dir.resolve("saved.db");
    try (AlertStore store = AlertStore.open(file)) {
      store.create(search("a1"), "secret-1");
      SearchablePosition mark = new SearchablePosition(42, "x");
      assertEquals(1, store.record(List.of(new AlertStore.Matched("a1", match("x"))), mark));
      assertEquals(
          1,
          store.record(
              List.of(
                  new AlertStore.Matched("a1", match("x")),
                  new AlertStore.Matched("a1", match("y"))),
              new SearchablePosition(43, "y")));
    }
    try (AlertStore store = AlertStore.open(file)) {
      assertEquals(List.of(search("a1")), store.all());
      assertEquals("secret-1", store.secret("a1").orElseThrow());
      assertEquals(new SearchablePosition(43, "y"), store.matchedThrough().orElseThrow());
      assertEquals(
          List.of("y", "x"),
          store.newestMatches("a1", 10).stream().map(AlertMatch::articleId).toList());
      assertTrue(store.delete("a1"));
      assertEquals(List.of(), store.newestMatches("a1", 10));
    }
  }

  @Test
  void aFileThatIsNoStoreIsRefusedNamingItAndLeftAsItWas() throws Exception {
    Path file = dir.resolve("saved.db");
    byte[] garbage = "not a database at all\n".repeat(500).getBytes(StandardCharsets.UTF_8);
    Files.write(file, garbage);

    AlertStoreException e = assertThrows(AlertStoreException.class, () -> AlertStore.open(file));

    assertTrue(
        e.getMessage().startsWith("saved searches at " + file + " cannot be read"), e.getMessage());
    assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(file)), "the file is untouched");
  }

  @Test
  void anotherSqliteDatabaseIsRefusedRatherThanFilledWithTables() throws Exception {
    Path file = dir.resolve("other.db");
    try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = db.createStatement()) {
      s.execute("CREATE TABLE notes (text TEXT)");
    }

    AlertStoreException e = assertThrows(AlertStoreException.class, () -> AlertStore.open(file));

    assertTrue(e.getMessage().contains("not a store of saved searches"), e.getMessage());
  }
}
