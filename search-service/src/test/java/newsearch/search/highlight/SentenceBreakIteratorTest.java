package newsearch.search.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Sentences are cut where a reader ends them, as the JDK's sentence rules cut prose, and every way
 * the highlighter moves over them agrees with the boundaries found walking forward.
 */
class SentenceBreakIteratorTest {

  private static List<String> sentences(String text) {
    return sentences(new SentenceBreakIterator(), text);
  }

  private static List<String> sentences(BreakIterator iterator, String text) {
    iterator.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = iterator.first(), end = iterator.next();
        end != BreakIterator.DONE;
        start = end, end = iterator.next()) {
      sentences.add(text.substring(start, end));
    }
    return sentences;
  }

  private static List<Integer> boundaries(BreakIterator iterator, String text) {
    iterator.setText(text);
    List<Integer> boundaries = new ArrayList<>();
    boundaries.add(iterator.first());
    for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
      boundaries.add(b);
    }
    return boundaries;
  }

  @Test
  void endsASentenceAfterItsMarkAndTheSpaceThatFollows() {
    assertEquals(
        List.of("Talks resumed. ", "Will they hold?  ", "Nobody knows! ", "Wait and see."),
        sentences("Talks resumed. Will they hold?  Nobody knows! Wait and see."));
  }

  @Test
  void keepsClosingQuotesAndBracketsWithTheirSentence() {
    assertEquals(
        List.of("He said \"not yet.\" ", "(The vote is Friday.) ", "Then what?"),
        sentences("He said \"not yet.\" (The vote is Friday.) Then what?"));
  }

  @Test
  void aFullStopInsideAWordOrBeforeALowerCaseWordEndsNothing() {
    assertEquals(
        List.of(
            "U.S. officials expect 3.5 percent growth, e.g. in steel, by p. 3 of the plan. ",
            "Next."),
        sentences(
            "U.S. officials expect 3.5 percent growth, e.g. in steel, by p. 3 of the plan. Next."));
  }

  @Test
  void anIdeographicFullStopEndsASentenceWithoutASpace() {
    assertEquals(List.of("東京で会議。", "大阪でも開催！", "なぜ？"), sentences("東京で会議。大阪でも開催！なぜ？"));
  }

  @Test
  void aWrappedLineGoesOnButAParagraphBreakEndsTheSentence() {
    assertEquals(
        List.of(
            "The minister said the\nplan would pass. ",
            "Key points\n\n",
            "Taxes fall\r\n\r\n",
            "More"),
        sentences("The minister said the\nplan would pass. Key points\n\nTaxes fall\r\n\r\nMore"));
  }

  @Test
  void emptyTextHasOnlyItsStart() {
    SentenceBreakIterator iterator = new SentenceBreakIterator();
    iterator.setText("");
    assertEquals(0, iterator.first());
    assertEquals(BreakIterator.DONE, iterator.next());
    assertEquals(0, iterator.last());
  }

  @Test
  void refusesAnOffsetOutsideTheText() {
    SentenceBreakIterator iterator = new SentenceBreakIterator();
    iterator.setText("One. Two.");
    assertThrows(IllegalArgumentException.class, () -> iterator.following(10));
    assertThrows(IllegalArgumentException.class, () -> iterator.preceding(-1));
  }

  @Test
  void answersInTheOffsetsOfACharacterIteratorThatStartsPastZero() {
    SentenceBreakIterator iterator = new SentenceBreakIterator();
    String text = "xxxOne. Two.yyy";
    iterator.setText(new StringCharacterIterator(text, 3, 12, 3));
    assertEquals(3, iterator.first());
    assertEquals(8, iterator.next());
    assertEquals(12, iterator.next());
    assertEquals(BreakIterator.DONE, iterator.next());
    assertEquals(8, iterator.preceding(9));
    assertEquals(12, iterator.following(8));
    assertEquals(12, iterator.getText().getEndIndex());
  }

  /** Prose of the kind the rules were written for: sentences of words, marks and spaces. */
  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> word =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(true, false))
            .as((w, upper) -> upper ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
    Arbitrary<String> sentence =
        Combinators.combine(
                word.list().ofMinSize(1).ofMaxSize(12),
                Arbitraries.of(".", "!", "?", "...", "?!", ".\"", "!)", ""),
                Arbitraries.of(" ", "  ", "\n\n", " \n"))
            .as(
                (words, mark, space) -> {
                  String first = words.get(0);
                  words.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
                  // A paragraph without a mark is where the rules part from the JDK's, on purpose.
                  return String.join(" ", words)
                      + mark
                      + (mark.isEmpty() && space.contains("\n") ? " " : space);
                });
    return sentence.list().ofMinSize(1).ofMaxSize(8).map(s -> String.join("", s).strip());
  }

  @Property(tries = 300)
  void cutsProseWhereTheJdksSentenceRulesCutIt(@ForAll("prose") String text) {
    assertEquals(
        boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text),
        boundaries(new SentenceBreakIterator(), text));
  }

  /** Any text over the characters the rules look at. */
  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().withChars("aB1 .!?\")\n\r\t。」").ofMaxLength(60);
  }

  @Property(tries = 500)
  void everyMoveAgreesWithTheBoundariesFoundWalkingForward(@ForAll("anyText") String text) {
    SentenceBreakIterator iterator = new SentenceBreakIterator();
    List<Integer> forward = boundaries(iterator, text);
    assertEquals(0, forward.get(0));
    assertEquals(text.length(), forward.get(forward.size() - 1));
    for (int i = 1; i < forward.size(); i++) {
      assertTrue(forward.get(i) > forward.get(i - 1), "boundaries rise: " + forward);
    }
    List<Integer> backward = new ArrayList<>();
    backward.add(iterator.last());
    for (int b = iterator.previous(); b != BreakIterator.DONE; b = iterator.previous()) {
      backward.add(0, b);
    }
    assertEquals(forward, backward);
    for (int offset = 0; offset <= text.length(); offset++) {
      int o = offset;
      int following = forward.stream().filter(b -> b > o).findFirst().orElse(BreakIterator.DONE);
      int preceding =
          forward.stream().filter(b -> b < o).reduce((a, b) -> b).orElse(BreakIterator.DONE);
      assertEquals(following, iterator.following(offset), "following " + offset);
      assertEquals(preceding, iterator.preceding(offset), "preceding " + offset);
      assertEquals(forward.contains(offset), iterator.isBoundary(offset), "boundary " + offset);
    }
    iterator.first();
    assertEquals(forward.size() > 2 ? forward.get(2) : BreakIterator.DONE, iterator.next(2));
  }

  @Test
  void aBoundaryIsAPositionThatStartsASentence() {
    SentenceBreakIterator iterator = new SentenceBreakIterator();
    iterator.setText("One. Two.");
    assertTrue(iterator.isBoundary(5));
    assertEquals(5, iterator.current());
    assertFalse(iterator.isBoundary(6));
    assertEquals(9, iterator.current());
  }
}
