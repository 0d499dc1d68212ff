package newsearch.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.SectionPath;
import newsearch.search.facet.FacetCounts;
import newsearch.search.facet.FacetCounts.FacetNode;
import newsearch.search.facet.FacetCounts.FacetValue;

/**
 * Display names for section values, so that a code from the data ({@code acq}) is shown as a word
 * ({@code Acquisitions}). The index and every filter keep the value; answers carry the name beside
 * it as a {@code label}. Read from a JSON object of value to name ({@code serve --section-names});
 * a name applies to the value at any level of a section path, and a value without a name is shown
 * as itself. Immutable and thread-safe.
 */
public final class SectionNames {

  /** No names: every value is shown as itself. */
  public static final SectionNames NONE = new SectionNames(Map.of());

  private final Map<String, String> names;

  private SectionNames(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  /** Names for the values of {@code names}, each a value mapped to its display name. */
  public static SectionNames of(Map<String, String> names) {
    return names.isEmpty() ? NONE : new SectionNames(names);
  }

  /**
   * Reads a file holding one JSON object, such as {@code {"acq": "Acquisitions"}}.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static SectionNames read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw invalid(file, "not JSON: " + e.getMessage());
    }
    if (!parsed.isJsonObject()) {
      throw invalid(file, "expected one object of section value to display name");
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : parsed.getAsJsonObject().entrySet()) {
      JsonElement name = e.getValue();
      if (!name.isJsonPrimitive() || !name.getAsJsonPrimitive().isString()) {
        throw invalid(file, "the name of '" + e.getKey() + "' must be a string, got " + name);
      }
      if (e.getKey().isBlank() || name.getAsString().isBlank()) {
        throw invalid(file, "a section value and its name may not be blank: " + e);
      }
      names.put(e.getKey().strip(), name.getAsString().strip());
    }
    return of(names);
  }

  private static IllegalArgumentException invalid(Path file, String problem) {
    return new IllegalArgumentException(file + ": not a valid section names file: " + problem);
  }

  /** How many values have a name. */
  public int size() {
    return names.size();
  }

  /** The display name of one level's value: its name, or the value itself. */
  public String name(String value) {
    return names.getOrDefault(value, value);
  }

  /** A displayed section path ({@code News > acq}) with each level under its display name. */
  public String path(String displayed) {
    if (displayed == null || names.isEmpty()) {
      return displayed;
    }
    return String.join(
        SectionPath.SEPARATOR,
        SectionPath.parse(displayed).parts().stream().map(this::name).toList());
  }

  /** {@code response} with its section facets and its hits' sections labelled. */
  public SearchResponse label(SearchResponse response) {
    if (names.isEmpty()) {
      return response;
    }
    FacetCounts facets = response.facets();
    return new SearchResponse(
        response.total(),
        response.totalExact(),
        response.tookMs(),
        response.page(),
        response.size(),
        response.parsedQuery(),
        hits(response.hits()),
        new FacetCounts(
            tree(facets.section()),
            facets.year(),
            facets.month(),
            facets.recent(),
            facets.language(),
            facets.undated()),
        response.cursor(),
        response.suggestion(),
        response.correctedQuery(),
        response.originalQuery(),
        response.partial(),
        response.sort(),
        response.relaxed(),
        response.droppedWords());
  }

  /** {@code hits} with their sections and their copies' sections labelled. */
  public List<Hit> hits(List<Hit> hits) {
    return hits.stream().map(hit -> hit.withSectionLabels(this::path)).toList();
  }

  /** Section paths, as a search of them finds them, labelled. */
  public List<FacetValue> paths(List<FacetValue> values) {
    return values.stream().map(v -> new FacetValue(v.value(), path(v.value()), v.count())).toList();
  }

  private List<FacetNode> tree(List<FacetNode> nodes) {
    return nodes.stream()
        .map(n -> new FacetNode(n.value(), name(n.value()), n.count(), tree(n.children())))
        .toList();
  }
}
