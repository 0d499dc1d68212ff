package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsearch.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexGenerationsTest {

  @TempDir Path root;

  /** An index at {@code root/idx} with {@code count} published generations of one article. */
  private IndexGenerations published(int count) throws IOException {
    Path in = Files.createDirectories(root.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"),
        "{\"id\":\"1\",\"title\":\"Quay rebuilt\",\"body\":\"The quay is open again.\"}\n",
        StandardCharsets.UTF_8);
    IndexGenerations gens = new IndexGenerations(root.resolve("idx"));
    IndexStore store =
        new IndexStore(gens, IndexerConfig.DEFAULTS.withThreads(1).withKeepGenerations(count));
    for (int i = 0; i < count; i++) {
      store.reindex(List.of(in), p -> {});
    }
    return gens;
  }

  private static List<String> names(IndexGenerations gens) throws IOException {
    return gens.generations().stream().map(p -> p.getFileName().toString()).toList();
  }

  private static Path current(IndexGenerations gens) {
    return gens.root().resolve("CURRENT");
  }

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
    assertEquals(List.of("gen-000003", "gen-000004"), names(gens));
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

  @Test
  void publishSyncsTheNewCurrentBeforeRenamingItAndTheDirectoryAfter() throws IOException {
    List<String> events = new ArrayList<>();
    Path dir = Files.createDirectories(root.resolve("idx"));
    IndexGenerations gens = new IndexGenerations(new SyncRecordingFileSystem(events).wrap(dir));
    Path first = gens.createNext();
    events.clear();
    gens.publish(first);
    assertEquals(List.of("force CURRENT.tmp", "move CURRENT.tmp CURRENT", "force idx"), events);
    assertEquals("gen-000001\n", Files.readString(dir.resolve("CURRENT")));
  }

  @Test
  void aMissingCurrentBesideGenerationsIsAnErrorNamingTheNewestCompleteOne() throws IOException {
    IndexGenerations gens = published(3);
    Files.delete(current(gens));
    UnreadableCurrentException e = assertThrows(UnreadableCurrentException.class, gens::current);
    assertEquals(
        "index at "
            + gens.root()
            + " has generations but no readable CURRENT (there is no CURRENT); the newest complete"
            + " generation is gen-000003: run './newsearch rollback --to gen-000003 --index "
            + gens.root()
            + "' to serve it",
        e.getMessage());
  }

  @Test
  void anEmptyGarbledOrDanglingCurrentIsTheSameError() throws IOException {
    IndexGenerations gens = published(2);
    Files.write(current(gens), new byte[0]);
    assertTrue(
        assertThrows(UnreadableCurrentException.class, gens::current)
            .getMessage()
            .contains("(CURRENT is empty); the newest complete generation is gen-000002"));
    Files.write(current(gens), new byte[] {(byte) 0xff, 0x00, (byte) 0xfe});
    assertTrue(
        assertThrows(UnreadableCurrentException.class, gens::current)
            .getMessage()
            .contains("(CURRENT does not name a generation)"));
    Files.writeString(current(gens), "not-a-generation\n");
    assertTrue(
        assertThrows(UnreadableCurrentException.class, gens::current)
            .getMessage()
            .contains("(CURRENT does not name a generation)"));
    Files.writeString(current(gens), "gen-000009\n");
    assertTrue(
        assertThrows(UnreadableCurrentException.class, gens::current)
            .getMessage()
            .contains("(CURRENT names gen-000009, which does not exist)"));
  }

  @Test
  void theNewestCompleteGenerationPassesItsChecksums() throws IOException {
    IndexGenerations gens = published(3);
    Damage.flipMiddleByte(Damage.compoundFile(gens.root().resolve("gen-000003")));
    Files.delete(current(gens));
    assertTrue(
        assertThrows(UnreadableCurrentException.class, gens::current)
            .getMessage()
            .contains("the newest complete generation is gen-000002: run './newsearch rollback"));
  }

  @Test
  void withoutAReadableCurrentPruneDeletesNothing() throws IOException {
    IndexGenerations gens = published(3);
    Files.delete(current(gens));
    assertThrows(UnreadableCurrentException.class, () -> gens.prune(1));
    assertEquals(List.of("gen-000001", "gen-000002", "gen-000003"), names(gens));
  }

  @Test
  void pruneDeletesANewerGenerationOnlyWhenItHoldsNoCommit() throws IOException {
    IndexGenerations gens = published(2);
    Path halfBuilt = gens.createNext();
    Path unpublished = gens.createNext();
    try (NewsIndexer indexer =
        NewsIndexer.create(unpublished, new NewsSchema(), IndexerConfig.DEFAULTS)) {
      indexer.commit(Map.of());
    }
    gens.prune(2);
    assertFalse(Files.exists(halfBuilt));
    assertEquals(List.of("gen-000001", "gen-000002", "gen-000004"), names(gens));
    assertTrue(gens.current().orElseThrow().endsWith("gen-000002"));
  }

  @Test
  void rollbackRefusesACorruptPreviousGenerationAndChangesNothing() throws IOException {
    IndexGenerations gens = published(2);
    Damage.truncateToHalf(Damage.compoundFile(gens.root().resolve("gen-000001")));
    CorruptGenerationException e = assertThrows(CorruptGenerationException.class, gens::rollback);
    assertEquals("gen-000001", e.generation());
    assertTrue(
        e.getMessage().startsWith("cannot roll back: the previous generation gen-000001 at "),
        e.getMessage());
    assertTrue(e.getMessage().contains("_0.cfs"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; still serving gen-000002"), e.getMessage());
    assertTrue(gens.current().orElseThrow().endsWith("gen-000002"));
    assertEquals(List.of("gen-000001", "gen-000002"), names(gens));
  }

  @Test
  void rollbackToServesANamedGenerationWhenCurrentIsLostAndDeletesNothing() throws IOException {
    IndexGenerations gens = published(3);
    Files.delete(current(gens));
    assertEquals(gens.root().resolve("gen-000002"), gens.rollbackTo("gen-000002"));
    assertEquals(Optional.of(gens.root().resolve("gen-000002")), gens.current());
    assertEquals(List.of("gen-000001", "gen-000002", "gen-000003"), names(gens));
  }

  @Test
  void rollbackToRefusesACorruptOrUnknownGeneration() throws IOException {
    IndexGenerations gens = published(2);
    Damage.flipMiddleByte(Damage.compoundFile(gens.root().resolve("gen-000001")));
    CorruptGenerationException corrupt =
        assertThrows(CorruptGenerationException.class, () -> gens.rollbackTo("gen-000001"));
    assertTrue(
        corrupt.getMessage().startsWith("cannot serve gen-000001: generation gen-000001 at "),
        corrupt.getMessage());
    assertTrue(corrupt.getMessage().contains(" is corrupt: file _0.cfs"), corrupt.getMessage());
    assertTrue(gens.current().orElseThrow().endsWith("gen-000002"));

    assertEquals(
        "no generation gen-000007 at " + gens.root() + "; there are: gen-000001, gen-000002",
        assertThrows(IllegalArgumentException.class, () -> gens.rollbackTo("gen-000007"))
            .getMessage());
  }
}
