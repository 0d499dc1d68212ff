package newsearch.relevance.knownitem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownItemGeneratorTest {

  private static final List<TitledArticle> ARCHIVE =
      List.of(
          new TitledArticle("a", "Harbour Board Raises Ferry Fares"),
          new TitledArticle("b", "Harbour board weekly review"),
          new TitledArticle("c", "HARBOUR BOARD WEEKLY REVIEW"),
          new TitledArticle("d", "Flood closes harbour glassworks"),
          new TitledArticle("e", "Board of the harbour meets"),
          new TitledArticle("f", "Ferry"));

  @Test
  void queriesAreTheRarestTitleWordsInTitleOrder() {
    List<KnownItem> items = new KnownItemGenerator(7).generate(ARCHIVE, 10);

    assertEquals(
        List.of("a", "d", "e"), items.stream().map(KnownItem::id).sorted().toList(), "drawn");
    KnownItem ferry = items.stream().filter(item -> item.id().equals("a")).findFirst().get();
    assertEquals("raises ferry fares", ferry.query());
    KnownItem glass = items.stream().filter(item -> item.id().equals("d")).findFirst().get();
    assertEquals("flood closes glassworks", glass.query());
  }

  @Test
  void twinDiffersByOneSlipInOneWord() {
    for (KnownItem item : new KnownItemGenerator(7).generate(ARCHIVE, 10)) {
      List<String> typed = List.of(item.query().split(" "));
      List<String> slipped = List.of(item.misspelt().split(" "));
      assertEquals(typed.size(), slipped.size(), item.toString());
      long changed =
          java.util.stream.IntStream.range(0, typed.size())
              .filter(i -> !typed.get(i).equals(slipped.get(i)))
              .count();
      assertEquals(1, changed, item.toString());
    }
  }

  @Test
  void oneSeedDrawsTheSameQueriesEveryTime() {
    assertEquals(
        new KnownItemGenerator(42).generate(ARCHIVE, 2),
        new KnownItemGenerator(42).generate(ARCHIVE, 2));
  }

  @Test
  void typosDropDoubleOrSwapALetterButNeverTheFirst() {
    assertEquals("intrest", Typo.apply("interest", Typo.Kind.DROP, 3));
    assertEquals("interrest", Typo.apply("interest", Typo.Kind.DOUBLE, 4));
    assertEquals("itnerest", Typo.apply("interest", Typo.Kind.SWAP, 1));
    assertEquals("interets", Typo.apply("interest", Typo.Kind.SWAP, 7));
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      String slipped = Typo.of("poll", random);
      assertEquals('p', slipped.charAt(0), slipped);
      assertNotEquals("poll", slipped);
    }
  }
}
