package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DuplicateKeyTest {

  private static final String WIRE =
      "The harbour board met on Tuesday to discuss the new ferry timetable, which the unions say"
          + " will cut services to the outer islands by a third. ";

  @Test
  void copiesWithOtherCaseAccentsPunctuationAndEndingsShareTheKey() {
    String body = WIRE.repeat(3);
    String copy = body.toUpperCase(Locale.ROOT).replace("harbour", "hárbour").replace(",", " -- ");
    assertEquals(DuplicateKey.of(body), DuplicateKey.of(copy + " Added by the local desk."));
    assertNotEquals(DuplicateKey.of(body), DuplicateKey.of("Breaking: " + body));
  }

  @Test
  void lettersThatDoNotDecomposeFoldAsInTheIndex() {
    String body = WIRE.repeat(3).replace("harbour", "Øresund").replace("outer", "Straße");
    String copy = body.replace("Øresund", "Oresund").replace("Straße", "strasse");
    assertEquals(DuplicateKey.of(body), DuplicateKey.of(copy));
  }

  /** Keys are stored in indexes: an existing index collapses only while the key stays the same. */
  @Test
  void keysAreStableAcrossVersions() {
    assertEquals("289f91fb7f03905e985856f7", DuplicateKey.of(WIRE.repeat(3)));
    assertEquals("289f91fb7f03905e985856f7", DuplicateKey.of(WIRE.repeat(3).replace("a", "á")));
  }

  @Test
  void shortBodiesHaveNoKey() {
    assertNull(DuplicateKey.of("Too short to tell stories apart."));
    assertNull(DuplicateKey.of(null));
    assertNotNull(DuplicateKey.of(WIRE.repeat(2)));
  }

  @Test
  void longOpeningsWithoutSpacesAreReadWhole() {
    String glued = "word,".repeat(400) + " " + WIRE;
    assertEquals(reference(glued), DuplicateKey.of(glued));
  }

  /** Reading only the opening gives the key that folding the whole body gave. */
  @Property(tries = 300)
  void sameKeyAsFoldingTheWholeBody(@ForAll("bodies") String body) {
    assertEquals(reference(body), DuplicateKey.of(body));
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> word =
        Arbitraries.strings().withChars("abcdeéèüñçÅ\u0301xyz019").ofMinLength(1).ofMaxLength(14);
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\n\n", ", ", " - ", "\t", "", ".");
    return Arbitraries.integers()
        .between(0, 400)
        .flatMap(
            n ->
                word.list()
                    .ofSize(n)
                    .flatMap(
                        words ->
                            separator
                                .list()
                                .ofSize(n)
                                .map(
                                    seps -> {
                                      StringBuilder body = new StringBuilder();
                                      for (int i = 0; i < n; i++) {
                                        body.append(words.get(i)).append(seps.get(i));
                                      }
                                      return body.toString();
                                    })));
  }

  /** The key as first defined: fold the whole body, take its first 60 words. */
  private static String reference(String body) {
    String folded = TextFolding.fold(body);
    StringBuilder opening = new StringBuilder();
    int count = 0;
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && count < DuplicateKey.WORDS) {
        opening.append(word).append(' ');
        count++;
      }
    }
    if (count < DuplicateKey.MIN_WORDS) {
      return null;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(opening.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
