package newsearch.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.schema.NewsSchema;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Collapses copies of one story (same {@link NewsSchema#DUPLICATE_KEY}) across the whole ranking,
 * not within a page: of the matches that share a key, only the best-ranked is shown, wherever it
 * ranks, and its {@code duplicates} count the others. So every match is counted once, shown or in
 * the count of the one copy shown, and a copy left out of one page never shows on another, however
 * the ranking is paged (by number or by cursor, at any size).
 *
 * <p>Collapsing only the documents collected for a page cannot be right: the copies of a story on
 * the page may rank beyond what was collected, and a copy's better-ranked sibling may be on an
 * earlier page. So for the keys of the documents collected, every match with one of those keys is
 * looked up (one more search, filtered to those keys), sorted as the ranking sorts them. The copy
 * shown is the first of them in the re-ranked top when one is there, else the first in that order.
 * That choice depends only on the query, never on the page, so a cursor needs to say nothing more
 * than where the page ended. Keys that no other document of the index has ({@link KeysWithCopies})
 * need no look-up, so most pages need none. Thread-safe.
 */
public final class HitCollapser {

  /**
   * Ranked documents collected beyond what a page needs, so that one round usually fills it even
   * when some of them are left out as copies.
   */
  private static final int SLACK = 20;

  /**
   * How many matches a key is expected to have, to size the look-up of copies: most stories have
   * one, and wire stories a few; more costs a second look-up, not a wrong count.
   */
  private static final int COPIES_PER_KEY = 4;

  private final KeysWithCopies keysWithCopies = new KeysWithCopies();

  /**
   * A hit that stays, with the copies folded into it.
   *
   * @param doc the copy shown
   * @param copies the documents of the other matches that are copies of it, in ranking order
   */
  public record Kept(ScoreDoc doc, List<Integer> copies) {

    /** Copies the list. */
    public Kept {
      copies = List.copyOf(copies);
    }

    /** A hit that stands for no other match. */
    public static Kept alone(ScoreDoc doc) {
      return new Kept(doc, List.of());
    }

    /** How many other matches are copies of this one. */
    public int duplicates() {
      return copies.size();
    }
  }

  /**
   * What one search walks: the ranked query, its proximity re-ranking (null for none), the order,
   * and where the previous page ended (null from the start).
   */
  public record Walk(
      DrillDownQuery query, Query rescoring, Sort sort, SearchCursor.Position after) {}

  /**
   * One page of collapsed hits.
   *
   * @param hits the hits, in rank order
   * @param next where this page ended, when another hit follows; null after the last page
   * @param totalHits the matches counted by the ranking
   */
  public record Page(List<Kept> hits, SearchCursor.Position next, TotalHits totalHits) {}

  /**
   * The {@code size} collapsed hits that follow the first {@code skip} of {@code walk}, collecting
   * ranked documents in rounds until the page and one hit more are found or the ranking ends.
   */
  public Page page(BudgetedSearch search, Walk walk, int skip, int size) throws IOException {
    IndexReader reader = search.reader();
    Head head = new Head(search, walk);
    List<Kept> hits = new ArrayList<>(size);
    SearchCursor.Position position = walk.after();
    SearchCursor.Position pageEnd = null;
    TotalHits totalHits = null;
    int found = 0;
    int wanted = skip + size + 1;
    while (found < wanted) {
      int window = wanted - found + Math.max(size, SLACK);
      BudgetedSearch.Ranking ranking =
          search.rank(walk.query(), walk.rescoring(), walk.sort(), position, window);
      totalHits = totalHits == null ? ranking.totalHits() : totalHits;
      FieldDoc[] ranked = ranking.hits();
      head.see(ranking);
      Map<Integer, BytesRef> keys = keys(docs(ranked), reader);
      Map<BytesRef, Copies> copies = copies(search, walk, keys, reader);
      for (int i = 0; i < ranked.length && found < wanted; i++) {
        position = new SearchCursor.Position(ranked[i], i < ranking.rescored());
        BytesRef key = keys.get(ranked[i].doc);
        Copies group = key == null ? null : copies.get(key);
        if (group != null && group.shown(head) != ranked[i].doc) {
          continue;
        }
        if (found >= skip && found < skip + size) {
          hits.add(new Kept(ranked[i], group == null ? List.of() : group.others(ranked[i].doc)));
          pageEnd = position;
        }
        found++;
      }
      if (ranked.length < window || search.partial()) {
        break;
      }
    }
    return new Page(hits, found == wanted ? pageEnd : null, totalHits);
  }

  /**
   * Every match that has one of the keys of {@code ranked} (keys by document), by key, in ranking
   * order; only for keys that other documents of the index have too, since a key no other document
   * has is a story without copies.
   */
  private Map<BytesRef, Copies> copies(
      BudgetedSearch search, Walk walk, Map<Integer, BytesRef> ranked, IndexReader reader)
      throws IOException {
    Set<BytesRef> distinct = new HashSet<>();
    for (BytesRef key : ranked.values()) {
      if (!distinct.contains(key) && keysWithCopies.mayHaveCopies(reader, key)) {
        distinct.add(key);
      }
    }
    Map<BytesRef, Copies> byKey = new HashMap<>();
    if (distinct.isEmpty()) {
      return byKey;
    }
    Query sharesAKey = SortedDocValuesField.newSlowSetQuery(NewsSchema.DUPLICATE_KEY, distinct);
    ScoreDoc[] matches =
        search.every(walk.query(), sharesAKey, walk.sort(), COPIES_PER_KEY * distinct.size())
            .scoreDocs;
    // Most of these matches are the ranked documents themselves: only the others' keys are read.
    Map<Integer, BytesRef> others =
        keys(
            Arrays.stream(matches)
                .mapToInt(match -> match.doc)
                .filter(doc -> !ranked.containsKey(doc))
                .toArray(),
            reader);
    for (ScoreDoc match : matches) {
      BytesRef key = ranked.getOrDefault(match.doc, others.get(match.doc));
      byKey.computeIfAbsent(key, k -> new Copies(new ArrayList<>())).docs().add(match.doc);
    }
    return byKey;
  }

  private static int[] docs(FieldDoc[] ranked) {
    return Arrays.stream(ranked).mapToInt(hit -> hit.doc).toArray();
  }

  /**
   * The duplicate keys of {@code docs}, by document; a document whose body is too short to have one
   * is left out. The documents are read in index order, one doc values iterator per segment.
   */
  private static Map<Integer, BytesRef> keys(int[] docs, IndexReader reader) throws IOException {
    int[] inOrder = docs.clone();
    Arrays.sort(inOrder);
    Map<Integer, BytesRef> keys = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    SortedDocValues values = null;
    for (int doc : inOrder) {
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = DocValues.getSorted(leaf.reader(), NewsSchema.DUPLICATE_KEY);
      }
      if (values.advanceExact(doc - leaf.docBase)) {
        keys.put(doc, BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())));
      }
    }
    return keys;
  }

  /** The matches that share one key, in the order of the ranking without its re-ranked top. */
  private record Copies(List<Integer> docs) {

    /** The copies other than {@code shown}, in ranking order. */
    List<Integer> others(int shown) {
      return docs.stream().filter(doc -> doc != shown).toList();
    }

    /**
     * The copy shown: the first in the re-ranked top when any is there, since the top precedes the
     * rest; otherwise the first in the ranking.
     */
    int shown(Head head) throws IOException {
      int shown = docs.get(0);
      if (docs.size() == 1) {
        return shown;
      }
      int best = Integer.MAX_VALUE;
      for (int doc : docs) {
        int rank = head.rank(doc);
        if (rank < best) {
          best = rank;
          shown = doc;
        }
      }
      return shown;
    }
  }

  /**
   * Where documents stand in the re-ranked top of a relevance ranking: read from a ranking that
   * re-ranked it, or looked up once when the walk only reaches below it.
   */
  private static final class Head {
    private final BudgetedSearch search;
    private final Walk walk;
    private Map<Integer, Integer> rankByDoc;

    Head(BudgetedSearch search, Walk walk) {
      this.search = search;
      this.walk = walk;
      this.rankByDoc = walk.rescoring() == null ? Map.of() : null;
    }

    void see(BudgetedSearch.Ranking ranking) {
      if (ranking.head().length > 0) {
        rankByDoc = ranks(ranking.head());
      }
    }

    /**
     * The rank of {@code doc} within the re-ranked top; {@code Integer.MAX_VALUE} below it. Below
     * the top only whether a document is in it matters, so the plain order of the top serves.
     */
    int rank(int doc) throws IOException {
      if (rankByDoc == null) {
        rankByDoc = ranks(search.plainHead(walk.query(), walk.sort()));
      }
      return rankByDoc.getOrDefault(doc, Integer.MAX_VALUE);
    }

    private static Map<Integer, Integer> ranks(int[] docs) {
      Map<Integer, Integer> ranks = new HashMap<>();
      for (int i = 0; i < docs.length; i++) {
        ranks.put(docs[i], i);
      }
      return ranks;
    }
  }
}
