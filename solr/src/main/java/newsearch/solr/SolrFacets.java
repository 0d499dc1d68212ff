package newsearch.solr;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.facet.FacetCounts;
import newsearch.search.facet.FacetCounts.FacetNode;
import newsearch.search.facet.FacetCounts.FacetValue;
import newsearch.search.facet.FacetCounts.RecentCount;
import newsearch.search.facet.LanguageNames;
import newsearch.search.facet.SidewaysFacets;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * The facets of a search as a Solr JSON facet request, and its answer as our {@link FacetCounts}:
 * the section levels, years, months and languages as terms facets, the undated articles and the
 * recent periods as query facets, each excluding the tag of its own filter ({@link SolrFilters}) so
 * that it counts drill-sideways as the local facets do.
 *
 * <p>The section facet asks for every level value at once and builds the tree here, keeping the
 * {@code valuesPerLevel} most frequent children of each node, ties by value, as Lucene's
 * hierarchical counts keep them.
 */
final class SolrFacets {

  private static final String RECENT = "recent_";
  private static final String UNDATED = "undated";

  private final int valuesPerLevel;

  SolrFacets(int valuesPerLevel) {
    this.valuesPerLevel = valuesPerLevel;
  }

  /** The {@code json.facet} parameter for a search on {@code today}. */
  String request(LocalDate today) {
    JsonObject facets = new JsonObject();
    facets.add(NewsSchema.SECTION, terms(SolrFields.SECTION_PATH, SolrFilters.SECTION));
    facets.add(NewsSchema.YEAR, terms(NewsSchema.YEAR, SolrFilters.DATE));
    facets.add(NewsSchema.MONTH, terms(NewsSchema.MONTH, SolrFilters.DATE));
    facets.add(NewsSchema.LANGUAGE, terms(NewsSchema.LANGUAGE, SolrFilters.LANGUAGE));
    facets.add(UNDATED, query(SolrFilters.UNDATED, SolrFilters.DATE));
    SidewaysFacets.PERIODS.forEach(
        (period, days) ->
            facets.add(
                RECENT + period,
                query(SolrFilters.since(today.minusDays(days)), SolrFilters.DATE)));
    return facets.toString();
  }

  /** The counts of a response to {@link #request}; empty when it had no facets. */
  FacetCounts read(NestableJsonFacet facets, LocalDate today) {
    if (facets == null) {
      return FacetCounts.EMPTY;
    }
    List<RecentCount> recent = new ArrayList<>();
    SidewaysFacets.PERIODS.forEach(
        (period, days) ->
            recent.add(
                new RecentCount(
                    period,
                    queryCount(facets, RECENT + period),
                    today.minusDays(days).toString())));
    return new FacetCounts(
        sections(buckets(facets, NewsSchema.SECTION)),
        newestFirst(buckets(facets, NewsSchema.YEAR)),
        newestFirst(buckets(facets, NewsSchema.MONTH)),
        recent,
        languages(buckets(facets, NewsSchema.LANGUAGE)),
        queryCount(facets, UNDATED));
  }

  private static JsonObject terms(String field, String excludedTag) {
    JsonObject facet = new JsonObject();
    facet.addProperty("type", "terms");
    facet.addProperty("field", field);
    // Every value: the counts are then exact across shards without refinement.
    facet.addProperty("limit", -1);
    facet.add("domain", excluding(excludedTag));
    return facet;
  }

  private static JsonObject query(String query, String excludedTag) {
    JsonObject facet = new JsonObject();
    facet.addProperty("type", "query");
    facet.addProperty("q", query);
    facet.add("domain", excluding(excludedTag));
    return facet;
  }

  /**
   * The facet's own filter left out, for drill-sideways counts, and the collapsing of copies, since
   * our counts, like our totals, count every match.
   */
  private static JsonObject excluding(String tag) {
    JsonArray tags = new JsonArray();
    tags.add(tag);
    tags.add(SolrQueryShape.COLLAPSE_TAG);
    JsonObject domain = new JsonObject();
    domain.add("excludeTags", tags);
    return domain;
  }

  private static List<BucketJsonFacet> buckets(NestableJsonFacet facets, String name) {
    BucketBasedJsonFacet facet = facets.getBucketBasedFacets(name);
    return facet == null ? List.of() : facet.getBuckets();
  }

  private static long queryCount(NestableJsonFacet facets, String name) {
    NestableJsonFacet facet = facets.getQueryFacet(name);
    return facet == null ? 0 : facet.getCount();
  }

  /** The tree of {@code 0/News}, {@code 1/News/Japan} values. */
  private List<FacetNode> sections(List<BucketJsonFacet> buckets) {
    Map<String, List<FacetValue>> byParent = new HashMap<>();
    for (BucketJsonFacet bucket : buckets) {
      String value = bucket.getVal().toString();
      String path = value.substring(value.indexOf('/') + 1);
      int cut = path.lastIndexOf('/');
      String parent = cut < 0 ? "" : path.substring(0, cut);
      byParent
          .computeIfAbsent(parent, p -> new ArrayList<>())
          .add(new FacetValue(path.substring(cut + 1), bucket.getCount()));
    }
    return level(byParent, "", 1);
  }

  private List<FacetNode> level(Map<String, List<FacetValue>> byParent, String parent, int depth) {
    List<FacetNode> nodes = new ArrayList<>();
    List<FacetValue> children =
        byParent.getOrDefault(parent, List.of()).stream()
            .sorted(
                Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::value))
            .limit(valuesPerLevel)
            .toList();
    for (FacetValue child : children) {
      String path = parent.isEmpty() ? child.value() : parent + "/" + child.value();
      nodes.add(
          new FacetNode(
              child.value(),
              child.count(),
              depth < SectionPath.MAX_DEPTH ? level(byParent, path, depth + 1) : List.of()));
    }
    return nodes;
  }

  private static List<FacetValue> newestFirst(List<BucketJsonFacet> buckets) {
    return buckets.stream()
        .map(b -> new FacetValue(b.getVal().toString(), b.getCount()))
        .sorted(Comparator.comparing(FacetValue::value).reversed())
        .toList();
  }

  private static List<FacetValue> languages(List<BucketJsonFacet> buckets) {
    return buckets.stream()
        .map(
            b -> {
              String code = b.getVal().toString();
              return new FacetValue(code, LanguageNames.of(code), b.getCount());
            })
        .sorted(Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::value))
        .toList();
  }
}
