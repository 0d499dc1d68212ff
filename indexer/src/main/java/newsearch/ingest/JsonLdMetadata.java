package newsearch.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD scripts say about its article (schema.org {@code NewsArticle} and its kin)
 * and its breadcrumb ({@code BreadcrumbList}), wherever they sit: at the top level, in an array, in
 * an {@code @graph}, or nested in a {@code WebPage}. A script that is not valid JSON is skipped;
 * the others still count.
 *
 * @param headline the article's headline, or null
 * @param datePublished the publication timestamp as written, or null
 * @param dateModified the last update's timestamp as written, or null
 * @param section the first {@code articleSection}, or null
 * @param author the authors' names, or null
 * @param url the article's address, or null
 * @param description the article's summary, or null
 * @param breadcrumb the names of the breadcrumb's items in order; empty when there is none
 * @param language the article's {@code inLanguage} as written ({@code es}), or null
 */
record JsonLdMetadata(
    String headline,
    String datePublished,
    String dateModified,
    String section,
    String author,
    String url,
    String description,
    List<String> breadcrumb,
    String language) {

  /** Metadata is found near the top of the tree; deeper objects are reviews, comments, ads. */
  private static final int MAX_DEPTH = 6;

  private static final Set<String> ARTICLE_TYPES =
      Words.setOf("BlogPosting LiveBlogPosting Report SocialMediaPosting");

  /** Reads every JSON-LD script of the page. */
  static JsonLdMetadata read(Document doc) {
    List<JsonObject> objects = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
      try {
        collect(JsonParser.parseString(script.data()), 0, objects);
      } catch (JsonParseException | StackOverflowError malformed) {
        // one broken script must not hide what the others say
      }
    }
    JsonObject article =
        objects.stream().filter(JsonLdMetadata::isArticle).findFirst().orElse(null);
    List<String> breadcrumb =
        objects.stream()
            .filter(o -> types(o).contains("BreadcrumbList"))
            .findFirst()
            .map(JsonLdMetadata::breadcrumbNames)
            .orElse(List.of());
    if (article == null) {
      return new JsonLdMetadata(null, null, null, null, null, null, null, breadcrumb, null);
    }
    return new JsonLdMetadata(
        firstNonNull(text(article.get("headline")), text(article.get("name"))),
        text(article.get("datePublished")),
        text(article.get("dateModified")),
        text(article.get("articleSection")),
        names(article.get("author")),
        firstNonNull(text(article.get("url")), idOf(article.get("mainEntityOfPage"))),
        text(article.get("description")),
        breadcrumb,
        language(article.get("inLanguage")));
  }

  private static void collect(JsonElement element, int depth, List<JsonObject> out) {
    if (depth > MAX_DEPTH || element == null) {
      return;
    }
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collect(e, depth + 1, out));
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      out.add(object);
      for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
        collect(entry.getValue(), depth + 1, out);
      }
    }
  }

  private static boolean isArticle(JsonObject object) {
    return types(object).stream().anyMatch(t -> t.endsWith("Article") || ARTICLE_TYPES.contains(t));
  }

  /** The object's types without a vocabulary prefix: {@code https://schema.org/NewsArticle}. */
  private static List<String> types(JsonObject object) {
    JsonElement type = object.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isJsonArray()) {
      type.getAsJsonArray().forEach(t -> addType(text(t), types));
    } else {
      addType(text(type), types);
    }
    return types;
  }

  private static void addType(String type, List<String> types) {
    if (type != null) {
      types.add(type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1));
    }
  }

  private static List<String> breadcrumbNames(JsonObject list) {
    JsonElement items = list.get("itemListElement");
    if (items == null || !items.isJsonArray()) {
      return List.of();
    }
    List<JsonObject> listItems = new ArrayList<>();
    items.getAsJsonArray().forEach(i -> addIfObject(i, listItems));
    listItems.sort(Comparator.comparingDouble(JsonLdMetadata::position));
    List<String> names = new ArrayList<>();
    for (JsonObject item : listItems) {
      JsonElement thing = item.get("item");
      String name =
          firstNonNull(
              text(item.get("name")),
              thing != null && thing.isJsonObject()
                  ? text(thing.getAsJsonObject().get("name"))
                  : null);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static void addIfObject(JsonElement element, List<JsonObject> out) {
    if (element.isJsonObject()) {
      out.add(element.getAsJsonObject());
    }
  }

  /** An item's {@code position}; items without a readable one keep their place at the end. */
  private static double position(JsonObject item) {
    String position = text(item.get("position"));
    try {
      return position == null ? Double.MAX_VALUE : Double.parseDouble(position);
    } catch (NumberFormatException e) {
      return Double.MAX_VALUE;
    }
  }

  /** An author's name, or several joined by commas: a string, a Person, or a list of them. */
  private static String names(JsonElement author) {
    if (author == null || author.isJsonNull()) {
      return null;
    }
    if (author.isJsonObject()) {
      return text(author.getAsJsonObject().get("name"));
    }
    if (author.isJsonArray()) {
      List<String> names = new ArrayList<>();
      author.getAsJsonArray().forEach(a -> addIfPresent(names(a), names));
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return text(author);
  }

  private static void addIfPresent(String value, List<String> values) {
    if (value != null) {
      values.add(value);
    }
  }

  /** A {@code mainEntityOfPage}, which is an address or an object with an {@code @id}. */
  private static String idOf(JsonElement entity) {
    if (entity != null && entity.isJsonObject()) {
      return firstNonNull(
          text(entity.getAsJsonObject().get("@id")), text(entity.getAsJsonObject().get("url")));
    }
    return text(entity);
  }

  /**
   * An {@code inLanguage}: a tag as text, or a {@code Language} object whose {@code alternateName}
   * is the tag.
   */
  private static String language(JsonElement language) {
    if (language != null && language.isJsonObject()) {
      return text(language.getAsJsonObject().get("alternateName"));
    }
    return text(language);
  }

  /** A string or number as text; for a list, its first string. Anything else is absent. */
  private static String text(JsonElement element) {
    if (element == null) {
      return null;
    }
    if (element.isJsonArray()) {
      for (JsonElement e : element.getAsJsonArray()) {
        String first = text(e);
        if (first != null) {
          return first;
        }
      }
      return null;
    }
    if (!element.isJsonPrimitive()) {
      return null;
    }
    String value = element.getAsString().strip();
    return value.isEmpty() ? null : value;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
