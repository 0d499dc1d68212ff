package newsearch.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import newsearch.schema.LanguageAnalysis;
import newsearch.schema.NewsSchema;

/**
 * The fields of the Solr collection: those of {@link NewsSchema} by the same names, and how Solr
 * holds the few that our Lucene index keeps in a Lucene-only form (facet dimensions become
 * doc-values string fields; the section hierarchy becomes one value per level).
 *
 * <p>{@link #LOCAL_ONLY} names the schema's fields that the collection does without, each for a
 * stated reason; a test checks that every field of a Lucene document is either here or there.
 */
public final class SolrFields {

  /**
   * The section hierarchy, one value per level with its depth in front ({@code 0/World}, {@code
   * 1/World/Europe}): a terms facet with the prefix of a level counts that level's children, as
   * Lucene's hierarchical facet does.
   */
  public static final String SECTION_PATH = "section_path";

  /**
   * Which shard an article goes to: its duplicate key, or its id when it has none. The collection
   * routes by it ({@code router.field}), so that the copies of one story share a shard and the
   * collapsing of copies, which works within a shard, sees them all. Neither indexed nor stored.
   */
  public static final String ROUTE = "route";

  /** Solr's own version field, which SolrCloud needs for updates and replication. */
  public static final String VERSION = "_version_";

  /**
   * Fields of the Lucene index that the collection does without: the title as doc values (the
   * suggester's source there; Solr's suggester reads the stored title), Lucene's facet field, and
   * the sentence vector (the collection ranks by the words alone).
   */
  public static final List<String> LOCAL_ONLY =
      List.of(NewsSchema.TITLE_VALUES, "$facets", NewsSchema.EMBEDDING);

  /**
   * Fields of the collection that a Lucene document has no field of the same name for: the facet
   * dimensions (which Lucene keeps in its one facet field), the section levels and Solr's version.
   */
  public static final List<String> SOLR_ONLY =
      List.of(NewsSchema.YEAR, NewsSchema.MONTH, SECTION_PATH, ROUTE, VERSION);

  private SolrFields() {}

  /** A field of the collection: its name, its type in the configset, and how it is kept. */
  record Field(
      String name,
      String type,
      boolean indexed,
      boolean stored,
      boolean docValues,
      boolean multi) {}

  /** The field type of the text analysed as {@code language}, one of the own-field languages. */
  static String textType(String language) {
    return "text_" + language;
  }

  /** The field type of the language-neutral field. */
  static final String NEUTRAL_TYPE = "text_neutral";

  private static List<Field> all() {
    List<Field> fields = new ArrayList<>(FIXED);
    fields.add(new Field(NewsSchema.LANGUAGE, "string", true, true, true, false));
    // Filled from title, summary and body by copy fields, in that order, as ours is.
    fields.add(new Field(NewsSchema.NEUTRAL, NEUTRAL_TYPE, true, false, false, true));
    for (String language : new TreeSet<>(LanguageAnalysis.OWN_FIELDS)) {
      for (String field : NewsSchema.TEXT_FIELDS) {
        fields.add(
            new Field(
                NewsSchema.textField(field, language),
                textType(language),
                true,
                false,
                false,
                false));
      }
    }
    return List.copyOf(fields);
  }

  private static final List<Field> FIXED =
      List.of(
          new Field(NewsSchema.ID, "string", true, true, true, false),
          new Field(NewsSchema.TITLE, "text_news", true, true, false, false),
          new Field(NewsSchema.SUMMARY, "text_news", true, true, false, false),
          new Field(NewsSchema.BODY, "text_news", true, true, false, false),
          new Field(NewsSchema.DATE, "pdate", true, true, true, false),
          new Field(NewsSchema.SECTION, "string", false, true, false, false),
          new Field(SECTION_PATH, "string", true, false, true, true),
          new Field(NewsSchema.YEAR, "string", true, false, true, false),
          new Field(NewsSchema.MONTH, "string", true, false, true, false),
          new Field(NewsSchema.URL, "string", true, true, false, false),
          new Field(NewsSchema.SOURCE, "string", true, true, false, false),
          new Field(NewsSchema.AUTHOR, "string", true, true, false, false),
          new Field(NewsSchema.RELATED, "string", false, true, false, true),
          new Field(NewsSchema.DUPLICATE_KEY, "string", true, false, true, false),
          new Field(NewsSchema.SPELLING, "text_surface", true, false, false, true),
          new Field(NewsSchema.FIRST_SEARCHABLE, "plong", true, false, true, false),
          new Field(ROUTE, "string", false, false, false, false),
          new Field(VERSION, "plong", false, false, true, false));

  /** Every field of the collection, in the configset's order. */
  static final List<Field> ALL = all();

  /** The names of {@link #ALL}. */
  public static List<String> names() {
    return ALL.stream().map(Field::name).toList();
  }
}
