package newsearch.search.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.schema.TextFolding;
import newsearch.search.facet.FacetCounts.FacetValue;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Searches the section facet's values, for archives with too many sections to list: every section
 * path, at any depth, one of whose levels starts with the typed prefix (case and accents ignored),
 * most articles first. The counts over the whole index are taken once per reader ({@link
 * FacetedSearcher#sections}), so a search of them reads no documents. Stateless and thread-safe.
 */
public final class SectionFinder {

  /**
   * One section path with its article count over the whole index.
   *
   * @param value the path as displayed, and its count
   * @param foldedLevels the path's levels, folded for matching a typed prefix
   */
  record CountedSection(FacetValue value, List<String> foldedLevels) {}

  /** The matching section paths, as displayed, with their article counts over the whole index. */
  public List<FacetValue> find(FacetedSearcher searcher, String prefix, int size)
      throws IOException {
    String typed = fold(prefix);
    return searcher.sections().stream()
        .filter(section -> section.foldedLevels().stream().anyMatch(l -> l.startsWith(typed)))
        .map(CountedSection::value)
        .limit(size)
        .toList();
  }

  /**
   * Every section path of the reader of {@code state} (null when no document has a facet value)
   * with its article count, most articles first: the expensive step, a count over every document.
   */
  static List<CountedSection> count(SortedSetDocValuesReaderState state) throws IOException {
    if (state == null || !hasSections(state)) {
      return List.of();
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state);
    List<CountedSection> found = new ArrayList<>();
    collect(counts, new ArrayList<>(), found);
    found.sort(
        Comparator.comparing((CountedSection c) -> c.value().count())
            .reversed()
            .thenComparing(c -> c.value().value()));
    return List.copyOf(found);
  }

  private static boolean hasSections(SortedSetDocValuesReaderState state) {
    for (String dim : state.getDims()) {
      if (dim.equals(NewsSchema.SECTION)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Facets counts, List<String> path, List<CountedSection> found)
      throws IOException {
    FacetResult level = counts.getAllChildren(NewsSchema.SECTION, path.toArray(String[]::new));
    if (level == null) {
      return;
    }
    for (LabelAndValue child : level.labelValues) {
      List<String> childPath = new ArrayList<>(path);
      childPath.add(child.label);
      found.add(
          new CountedSection(
              new FacetValue(new SectionPath(childPath).display(), child.value.longValue()),
              childPath.stream().map(SectionFinder::fold).toList()));
      if (childPath.size() < SectionPath.MAX_DEPTH) {
        collect(counts, childPath, found);
      }
    }
  }

  private static String fold(String text) {
    return TextFolding.fold(text).strip();
  }
}
