package newsearch.search.suggest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * How often a reader holds a word and the spellings it holds close to it, as Lucene's {@link
 * DirectSpellChecker} finds them, kept for the words asked most recently. Finding them costs about
 * 2 ms for a word of nine letters whatever the size of the index, nearly all of it spent building
 * the word's Levenshtein automata (bench/PROFILE-reuters.md), while the words a search box is sent
 * again and again, and their typos, are few. A reader never changes, so what is kept for it stays
 * exact; a new reader (a new generation or an update) asks afresh, and the entries of the old one
 * age out. Thread-safe.
 */
final class NearbySpellings {

  /** A word of one reader. */
  private record Key(IndexReader.CacheKey reader, Term word) {}

  /**
   * What a reader knows of a word: in how many articles it is ({@code freq}), and the spellings
   * close to it and more frequent ({@code nearby}). The frequency is kept too: looking it up seeks
   * the word in every segment, a tenth of a search that matches nothing at a million articles.
   */
  record Spellings(int freq, SuggestWord[] nearby) {}

  private final DirectSpellChecker checker;
  private final int inspected;
  private final int entries;
  private final Map<Key, Spellings> kept;

  /**
   * Spellings found by {@code checker}, up to {@code inspected} for a word, the last {@code
   * entries} words kept.
   */
  NearbySpellings(DirectSpellChecker checker, int inspected, int entries) {
    this.checker = checker;
    this.inspected = inspected;
    this.entries = entries;
    this.kept =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Spellings> eldest) {
            return size() > NearbySpellings.this.entries;
          }
        };
  }

  /** How often {@code reader} holds {@code word}, and its spellings close to it. */
  Spellings of(IndexReader reader, Term word) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    // A reader without a cache key (none of the service's) cannot be told from another one.
    if (helper == null) {
      return find(reader, word);
    }
    Key key = new Key(helper.getKey(), word);
    synchronized (kept) {
      Spellings found = kept.get(key);
      if (found != null) {
        return found;
      }
    }
    // Found outside the lock, so that searches of other words do not wait; two searches of one
    // new word may both find it, and keep the same spellings.
    Spellings found = find(reader, word);
    synchronized (kept) {
      kept.put(key, found);
    }
    return found;
  }

  private Spellings find(IndexReader reader, Term word) throws IOException {
    return new Spellings(
        reader.docFreq(word),
        checker.suggestSimilar(word, inspected, reader, SuggestMode.SUGGEST_MORE_POPULAR));
  }
}
