package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexGenerationsTest {

  @TempDir Path root;

  @Test
  void nothingIsCurrentBeforeTheFirstPublish() throws IOException {
    IndexGenerations gens = new IndexGenerations(root.resolve("idx"));
    assertEquals(Optional.empty(), gens.current());
    Path first = gens.createNext();
    assertEquals(Optional.empty(), gens.current());
    gens.publish(first);
    assertEquals(Optional.of(first), gens.current());
  }

  @Test
  void pruneKeepsTheNewestPublishedAndDropsAbandonedOnes() throws IOException {
    IndexGenerations gens = new IndexGenerations(root);
    for (int i = 0; i < 4; i++) {
      gens.publish(gens.createNext());
    }
    Path abandoned = gens.createNext();
    gens.prune(2);
    assertEquals(
        List.of("gen-000003", "gen-000004"),
        gens.generations().stream().map(p -> p.getFileName().toString()).toList());
    assertFalse(Files.exists(abandoned));
    assertTrue(gens.current().orElseThrow().endsWith("gen-000004"));
  }

  @Test
  void newGenerationsAreNumberedAfterEveryExistingOne() throws IOException {
    IndexGenerations gens = new IndexGenerations(root);
    gens.createNext();
    Path second = gens.createNext();
    assertEquals("gen-000002", second.getFileName().toString());
  }
}
