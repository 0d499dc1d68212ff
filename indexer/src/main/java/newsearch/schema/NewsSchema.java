package newsearch.schema;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema: which fields an article becomes, how each is analysed, and how facets are
 * configured. Writer and reader both use this class, so they always agree.
 *
 * <p>Facets use sorted-set doc values rather than a taxonomy index, so an index generation is one
 * self-contained Lucene directory that can be built, swapped and refreshed on its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NewsSchema {

  /**
   * Version of the field layout and analysis. Written into every commit; a reader refuses an index
   * of another version, since its terms would not match the queries built here.
   */
  public static final int VERSION = 6;

  /** Commit user-data key holding {@link #VERSION}. */
  public static final String VERSION_KEY = "newsearch.schema.version";

  /** Exact id: a keyword for updates by id, doc values to break score ties by id. */
  public static final String ID = "id";

  /** Headline: analysed, stored, with offsets in the postings for fast highlighting. */
  public static final String TITLE = "title";

  /**
   * The title again, as doc values: the search-box suggester reads every title from here when a
   * reader opens, which costs far less than decompressing every article's stored fields.
   */
  public static final String TITLE_VALUES = "title_values";

  /** The lede. */
  public static final String SUMMARY = "summary";

  /** Article text. */
  public static final String BODY = "body";

  /** Publication day as epoch days: points for range filters, doc values for sorting. */
  public static final String DATE = "date";

  /** Section path as displayed; the facet dimension of the same name holds the hierarchy. */
  public static final String SECTION = "section";

  /** Facet dimension of publication years ({@code 2021}). */
  public static final String YEAR = "year";

  /** Facet dimension of publication months ({@code 2021-10}). */
  public static final String MONTH = "month";

  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String AUTHOR = "author";

  /** Headlines of related stories: stored only, never searched. */
  public static final String RELATED = "related";

  /** Key of the story's text: copies of one wire story share it and collapse into one hit. */
  public static final String DUPLICATE_KEY = "duplicate_key";

  /**
   * Every word of the title, summary and body as written (lower-cased and accent-folded, not
   * stemmed): the dictionary that spelling suggestions come from. Indexed for document frequencies
   * only, without positions, norms or a stored value, and never searched by a user query.
   */
  public static final String SPELLING = "spelling";

  /**
   * When the article first became searchable, in epoch milliseconds: the time of the commit that
   * first held it, carried over by id when it is replaced or reindexed, so that only articles new
   * to the index are new to saved searches. Points to find those after a mark, doc values to read
   * and order them.
   */
  public static final String FIRST_SEARCHABLE = "first_searchable";

  /**
   * The article's language as an ISO 639-1 code ({@code es}), absent when unknown: a keyword to
   * filter by, stored, and the facet dimension of the same name.
   */
  public static final String LANGUAGE = "language";

  /**
   * Title, summary and body of every article, in whatever language, analysed by no language's rules
   * (lower-cased and accent-folded only): what a query in one language still finds in articles of
   * another, or of none known. Not stored; the text fields hold the text.
   */
  public static final String NEUTRAL = "neutral";

  /**
   * The article's meaning as a vector of its title, lede and the start of its body ({@link
   * #vectorText}), compared by cosine; in a quantized HNSW graph ({@link #codec}). Absent from an
   * index built without vectors.
   */
  public static final String EMBEDDING = "embedding";

  /**
   * Characters of an article that its vector is made of, cut at a word: about 250 word pieces of
   * English, within the model's window, so each article is one pass of the model and a long body
   * costs no more than a short one. News puts what a story is about first.
   */
  public static final int VECTOR_TEXT_CHARS = 1000;

  /** The analysed fields a user query searches. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, SUMMARY, BODY);

  private static final FieldType TEXT_TYPE = textType();
  private static final FieldType SPELLING_TYPE = spellingType();
  private static final FieldType LANGUAGE_TYPE = languageType();

  private final Analyzer surfaceAnalyzer = new SurfaceAnalyzer();
  private final LanguageAnalysis languages = new LanguageAnalysis();
  private final Analyzer analyzer = perField(new NewsAnalyzer());
  private final FacetsConfig facetsConfig = newFacetsConfig();
  private final Codec codec = new NewsCodec();

  /**
   * {@code text}, the analyzer of the default text fields, with the chains of the other fields:
   * surface words for {@link #SPELLING}, each language's own for its fields, the neutral one.
   */
  private Analyzer perField(Analyzer text) {
    Map<String, Analyzer> fields = new HashMap<>();
    fields.put(SPELLING, surfaceAnalyzer);
    fields.put(NEUTRAL, languages.neutral());
    for (String language : LanguageAnalysis.OWN_FIELDS) {
      for (String field : TEXT_FIELDS) {
        fields.put(textField(field, language), languages.analyzer(language));
      }
    }
    return new PerFieldAnalyzerWrapper(text, fields);
  }

  /**
   * The field that holds {@code field} (one of {@link #TEXT_FIELDS}) analysed as {@code language}:
   * {@code body_es} for Spanish; {@code field} itself for English and for languages without fields
   * of their own ({@link LanguageAnalysis#OWN_FIELDS}), whose text only the default fields and
   * {@link #NEUTRAL} hold.
   */
  public static String textField(String field, String language) {
    return language != null && LanguageAnalysis.OWN_FIELDS.contains(language)
        ? field + "_" + language
        : field;
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** A copy of the text analysed another way: searched, not stored, positions for phrases. */
  private static FieldType languageType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  private static FieldType spellingType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.freeze();
    return type;
  }

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(SECTION, true);
    return config;
  }

  /**
   * The analyzer for every field, at index and at query time: {@link NewsAnalyzer} for the text
   * fields, {@link #surfaceAnalyzer()} for {@link #SPELLING}.
   */
  public Analyzer analyzer() {
    return analyzer;
  }

  /**
   * The analyzer for user queries: the text analyzer plus {@code synonyms} (null for none). Only
   * queries expand synonyms, so changing the list needs no reindex.
   */
  public Analyzer queryAnalyzer(SynonymMap synonyms) {
    return synonyms == null ? analyzer : perField(new NewsAnalyzer(synonyms));
  }

  /**
   * The analyzer for words as written: lower-cased and accent-folded, but neither stemmed nor
   * stop-filtered. It fills {@link #SPELLING}, and matches what a user types against suggestions.
   */
  public Analyzer surfaceAnalyzer() {
    return surfaceAnalyzer;
  }

  /** Whether the text analyzer drops {@code word} as a stop word, in any case. */
  public boolean isStopWord(String word) {
    return NewsAnalyzer.STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The codec every index writer uses: Lucene's default, with quantized HNSW for the vectors. */
  public Codec codec() {
    return codec;
  }

  /**
   * The text an article's vector is made of: the title, the lede and the body, each on its own
   * line, cut at the last space before {@link #VECTOR_TEXT_CHARS} characters.
   */
  public static String vectorText(Article article) {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {article.title(), article.summary(), article.body()}) {
      if (part != null && !part.isBlank()) {
        text.append(text.isEmpty() ? "" : "\n").append(part.strip());
      }
      if (text.length() >= VECTOR_TEXT_CHARS) {
        break;
      }
    }
    if (text.length() <= VECTOR_TEXT_CHARS) {
      return text.toString();
    }
    int cut = text.lastIndexOf(" ", VECTOR_TEXT_CHARS);
    return text.substring(0, cut > VECTOR_TEXT_CHARS / 2 ? cut : VECTOR_TEXT_CHARS);
  }

  /**
   * The {@code k} articles whose vectors are nearest {@code vector}, among those {@code filter}
   * matches (all when null): the filter is applied inside the graph search, so k are found when k
   * match.
   */
  public Query nearest(float[] vector, int k, Query filter) {
    return new KnnFloatVectorQuery(EMBEDDING, vector, k, filter);
  }

  /** The facet configuration, for building documents and for counting. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The term that identifies an article, for updates and deletes by id. */
  public Term idTerm(String id) {
    return new Term(ID, id);
  }

  /** The query for articles published between {@code from} and {@code to}, inclusive. */
  public Query dateRange(LocalDate from, LocalDate to) {
    long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return LongField.newRangeQuery(DATE, lower, upper);
  }

  /** Orders by publication date, newest first; undated articles come last. */
  public SortField newestFirst() {
    SortField sort = LongField.newSortField(DATE, true, SortedNumericSelector.Type.MAX);
    sort.setMissingValue(Long.MIN_VALUE);
    return sort;
  }

  /**
   * Orders by publication date, oldest first; undated articles come last here too, since a reader
   * asking for the oldest wants dated stories first, not the ones whose date is unknown.
   */
  public SortField oldestFirst() {
    SortField sort = LongField.newSortField(DATE, false, SortedNumericSelector.Type.MIN);
    sort.setMissingValue(Long.MAX_VALUE);
    return sort;
  }

  /** Orders by id, to break ties so that results are reproducible. */
  public SortField byId() {
    return KeywordField.newSortField(ID, false, SortedSetSelector.Type.MIN);
  }

  /** The commit user data that marks an index as written with this schema. */
  public Map<String, String> commitData() {
    return Map.of(VERSION_KEY, Integer.toString(VERSION));
  }

  /**
   * Checks that an index's commit user data names this schema's version.
   *
   * @throws IncompatibleIndexException when it names another version or none
   */
  public void checkCompatible(Map<String, String> commitData, String where) {
    String found = commitData.get(VERSION_KEY);
    if (!Integer.toString(VERSION).equals(found)) {
      throw new IncompatibleIndexException(
          String.format(
              Locale.ROOT,
              "index at %s has schema version %s, this build needs %d: rebuild it with"
                  + " './newsearch reindex --input PATH... --index %s'",
              where,
              found == null ? "(none)" : found,
              VERSION,
              where));
    }
  }

  /**
   * Orders by {@link #FIRST_SEARCHABLE} and then id, oldest first or, with {@code newestFirst},
   * newest first.
   */
  public Sort firstSearchableOrder(boolean newestFirst) {
    return new Sort(
        LongField.newSortField(FIRST_SEARCHABLE, newestFirst, SortedNumericSelector.Type.MIN),
        KeywordField.newSortField(ID, newestFirst, SortedSetSelector.Type.MIN));
  }

  /**
   * The query for articles that first became searchable after the article {@code id} stamped {@code
   * stamp}, in {@link #firstSearchableOrder}: a later stamp, or the same stamp and a later id. A
   * full reindex stamps every article alike, so the stamp alone would match the whole index at each
   * look for new articles; with the id, a look that finds nothing reads nothing.
   */
  public Query firstSearchableAfter(long stamp, String id) {
    BooleanQuery.Builder after = new BooleanQuery.Builder();
    if (stamp < Long.MAX_VALUE) {
      after.add(LongField.newRangeQuery(FIRST_SEARCHABLE, stamp + 1, Long.MAX_VALUE), Occur.SHOULD);
    }
    // The stamp is checked from doc values, never from points: a conjunction leads with its
    // cheaper clause, and so the ids later than the one given, often none, are all that is read.
    Query laterId =
        new BooleanQuery.Builder()
            .add(new TermRangeQuery(ID, new BytesRef(id), null, false, false), Occur.FILTER)
            .add(
                SortedNumericDocValuesField.newSlowExactQuery(FIRST_SEARCHABLE, stamp),
                Occur.FILTER)
            .build();
    after.add(laterId, Occur.SHOULD);
    return after.build();
  }

  /**
   * Turns an article into the Lucene document that stores and indexes it, stamped as first
   * searchable at {@code firstSearchable} (epoch milliseconds).
   */
  public Document toDocument(Article article, long firstSearchable) throws IOException {
    Document doc = toDocument(article);
    doc.add(new LongField(FIRST_SEARCHABLE, firstSearchable, Field.Store.NO));
    return doc;
  }

  /**
   * Turns an article into the Lucene document that stores and indexes it, stamped as first
   * searchable at {@code firstSearchable}, with {@code vector} as its {@link #EMBEDDING} (none when
   * null).
   */
  public Document toDocument(Article article, long firstSearchable, float[] vector)
      throws IOException {
    Document doc = toDocument(article, firstSearchable);
    if (vector != null) {
      doc.add(new KnnFloatVectorField(EMBEDDING, vector, VectorSimilarityFunction.COSINE));
    }
    return doc;
  }

  /**
   * Turns an article into the document that indexes it, without the {@link #FIRST_SEARCHABLE} stamp
   * that only a writer of the index knows: for matching an article on its own.
   */
  public Document toDocument(Article article) throws IOException {
    Document doc = new Document();
    doc.add(new KeywordField(ID, article.id(), Field.Store.YES));
    addText(doc, TITLE, article.title(), article.language());
    if (article.title() != null) {
      doc.add(new BinaryDocValuesField(TITLE_VALUES, new BytesRef(article.title())));
    }
    addText(doc, SUMMARY, article.summary(), article.language());
    addText(doc, BODY, article.body(), article.language());
    if (article.language() != null) {
      doc.add(new StringField(LANGUAGE, article.language(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(LANGUAGE, article.language()));
    }
    if (article.date() != null) {
      LocalDate date = article.date();
      doc.add(new LongField(DATE, date.toEpochDay(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(date.getYear())));
      doc.add(
          new SortedSetDocValuesFacetField(
              MONTH,
              String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue())));
    }
    if (!article.section().isEmpty()) {
      doc.add(new StoredField(SECTION, article.section().display()));
      doc.add(
          new SortedSetDocValuesFacetField(
              SECTION, article.section().parts().toArray(String[]::new)));
    }
    addKeyword(doc, URL, article.url());
    addKeyword(doc, SOURCE, article.source());
    addKeyword(doc, AUTHOR, article.author());
    String duplicateKey = DuplicateKey.of(article.body());
    if (duplicateKey != null) {
      doc.add(new SortedDocValuesField(DUPLICATE_KEY, new BytesRef(duplicateKey)));
    }
    for (String headline : article.related()) {
      doc.add(new StoredField(RELATED, headline));
    }
    return facetsConfig.build(doc);
  }

  /** Rebuilds an article from the stored fields of its document. */
  public Article toArticle(Document stored) {
    IndexableField date = stored.getField(DATE);
    return new Article(
        stored.get(ID),
        stored.get(TITLE),
        stored.get(SUMMARY),
        stored.get(BODY),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        SectionPath.parse(stored.get(SECTION)),
        stored.get(URL),
        stored.get(SOURCE),
        stored.get(AUTHOR),
        Arrays.asList(stored.getValues(RELATED)),
        stored.get(LANGUAGE));
  }

  /**
   * Adds {@code value} to {@code field}, to the spelling dictionary and to {@link #NEUTRAL}, and to
   * the field of the article's language when that has one of its own.
   */
  private static void addText(Document doc, String field, String value, String language) {
    if (value != null && !value.isEmpty()) {
      doc.add(new Field(field, value, TEXT_TYPE));
      doc.add(new Field(SPELLING, value, SPELLING_TYPE));
      doc.add(new Field(NEUTRAL, value, LANGUAGE_TYPE));
      String own = textField(field, language);
      if (!own.equals(field)) {
        doc.add(new Field(own, value, LANGUAGE_TYPE));
      }
    }
  }

  private static void addKeyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }
}
