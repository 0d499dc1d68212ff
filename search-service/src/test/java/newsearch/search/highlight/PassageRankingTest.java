package newsearch.search.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages are scored exactly as Lucene's own passage scorer scores them. */
class PassageRankingTest {

  private static final String[] WORDS = {"treaty", "talks", "peace", "japan", "oil"};

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    Random random = new Random(7);
    PassageScorer lucene = new PassageScorer();
    PassageRanking ours = new PassageRanking();
    for (int round = 0; round < 500; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      int matches = random.nextInt(12);
      // Long enough to hold every match: a passage holds only matches within it.
      int length = 12 * matches + random.nextInt(400);
      passage.setStartOffset(start);
      passage.setEndOffset(start + length);
      int offset = start;
      for (int m = 0; m < matches; m++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        int freqInDoc = 1 + (word.hashCode() & 0xff) % 9;
        passage.addMatch(offset, offset + word.length(), new BytesRef(word), freqInDoc);
        offset += word.length() + 1;
      }
      int contentLength = start + length + random.nextInt(10_000);
      // Ours first: Lucene's scorer writes into the passage's array of frequencies as it goes.
      float score = ours.score(passage, contentLength);
      float expected = lucene.score(passage, contentLength);
      // Equal up to the rounding of summing floats in another order.
      assertEquals(expected, score, 1e-6f * Math.max(1, expected), matches + " matches");
    }
  }
}
