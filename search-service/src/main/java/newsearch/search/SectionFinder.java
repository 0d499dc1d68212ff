package newsearch.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.FacetCounts.FacetValue;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * Searches the section facet's values, for archives with too many sections to list: every section
 * path, at any depth, one of whose levels starts with the typed prefix (case and accents ignored),
 * most articles first. Stateless and thread-safe.
 */
final class SectionFinder {

  /** The matching section paths, as displayed, with their article counts over the whole index. */
  List<FacetValue> find(FacetedSearcher searcher, String prefix, int size) throws IOException {
    if (searcher.facetState() == null || !hasSections(searcher)) {
      return List.of();
    }
    Facets counts = new SortedSetDocValuesFacetCounts(searcher.facetState());
    List<FacetValue> found = new ArrayList<>();
    collect(counts, new ArrayList<>(), fold(prefix), found);
    return found.stream()
        .sorted(
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value))
        .limit(size)
        .toList();
  }

  private static boolean hasSections(FacetedSearcher searcher) {
    for (String dim : searcher.facetState().getDims()) {
      if (dim.equals(NewsSchema.SECTION)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(
      Facets counts, List<String> path, String prefix, List<FacetValue> found) throws IOException {
    FacetResult level = counts.getAllChildren(NewsSchema.SECTION, path.toArray(String[]::new));
    if (level == null) {
      return;
    }
    for (LabelAndValue child : level.labelValues) {
      List<String> childPath = new ArrayList<>(path);
      childPath.add(child.label);
      if (childPath.stream().anyMatch(label -> fold(label).startsWith(prefix))) {
        found.add(new FacetValue(new SectionPath(childPath).display(), child.value.longValue()));
      }
      if (childPath.size() < SectionPath.MAX_DEPTH) {
        collect(counts, childPath, prefix, found);
      }
    }
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
