package newsearch.search.suggest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsearch.schema.HtmlEscaper;
import newsearch.schema.NewsSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes what a user types in the search box from the titles of one index reader and the phrases
 * they share ({@link TitlePhrases}).
 *
 * <p>Matching is by infix: every typed word must start a word of the completion, anywhere in it,
 * and the last one may be half-typed ({@code treaty ta} finds {@code Peace treaty talks stall}).
 * Words are compared as written, lower-cased and accent-folded, never stemmed. Words and phrases
 * come before titles; within each, the most frequent first, and among equally frequent ones, the
 * shorter.
 *
 * <p>It is built in memory with Lucene's {@link AnalyzingInfixSuggester} once per reader, since a
 * reader never changes, from at most the newest {@link #MAX_TITLES} articles; {@link
 * BackgroundTitleSuggester} builds it off the thread that opens the reader. Thread-safe. Whoever
 * builds it closes it.
 */
final class TitleSuggester implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(TitleSuggester.class);

  /**
   * A typed prefix shorter than this is looked up among indexed edge n-grams, a longer one is
   * expanded over the words. Lucene's default is 4; 2 indexes fewer n-grams, and expanding a prefix
   * of two letters over the 38,000 completions of Reuters-21578 still takes under a millisecond.
   */
  private static final int MIN_PREFIX_CHARS = 2;

  /**
   * The most titles a suggester is built from: the newest ones. Counting the shared phrases of
   * every title of a million-article archive takes minutes and more heap than the service's 1 GiB
   * (each distinct two- and three-word phrase is a map entry); the newest 100,000 titles are what a
   * news search box needs to complete.
   */
  static final int MAX_TITLES = 100_000;

  /** Weight units per title count; the rest of the weight favours shorter text. */
  private static final long PER_TITLE = 1_000;

  private final MarkingSuggester lookup;

  private TitleSuggester(MarkingSuggester lookup) {
    this.lookup = lookup;
  }

  /**
   * Builds the suggester from the titles and bodies of the live articles of {@code reader}, at most
   * the newest {@link #MAX_TITLES}.
   */
  static TitleSuggester build(IndexReader reader, NewsSchema schema, int phraseMinTitles)
      throws IOException {
    return build(reader, schema, phraseMinTitles, MAX_TITLES);
  }

  /** Builds the suggester from at most the newest {@code maxTitles} articles. */
  static TitleSuggester build(
      IndexReader reader, NewsSchema schema, int phraseMinTitles, int maxTitles)
      throws IOException {
    return build(SuggestionSource.read(reader, schema, maxTitles), schema, phraseMinTitles);
  }

  /** Builds the suggester from {@code source}: its titles first, then its articles counted. */
  static TitleSuggester build(SuggestionSource source, NewsSchema schema, int phraseMinTitles)
      throws IOException {
    long start = System.nanoTime();
    TitlePhrases phrases = new TitlePhrases(schema, phraseMinTitles);
    source.titles().forEach(phrases::add);
    source.forEachArticle(phrases::count);
    List<TitlePhrases.Entry> entries = phrases.entries();
    MarkingSuggester lookup = new MarkingSuggester(schema.surfaceAnalyzer());
    try {
      lookup.build(new EntryInputs(entries.iterator()));
    } catch (IOException | RuntimeException e) {
      lookup.close();
      throw e;
    }
    log.info(
        "title suggester: {} completions from {} articles in {} ms",
        entries.size(),
        source.titles().size(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    return new TitleSuggester(lookup);
  }

  /** Up to {@code size} completions of {@code typed}, best first. */
  List<Suggestion> suggest(String typed, int size) throws IOException {
    return lookup.lookup(typed, size, true, true).stream()
        .map(r -> new Suggestion(r.key.toString(), (String) r.highlightKey))
        .toList();
  }

  @Override
  public void close() throws IOException {
    lookup.close();
  }

  /**
   * Weight added to every word and phrase, so they come before every title: more than any title's
   * weight, since a title counts at most {@link #MAX_TITLES} articles.
   */
  private static final long TYPED_FIRST = (MAX_TITLES + 1L) * PER_TITLE;

  /** The weight of an entry: words and phrases first, then more titles, then shorter text. */
  private static long weight(TitlePhrases.Entry entry) {
    return (entry.typed() ? TYPED_FIRST : 0)
        + entry.titles() * PER_TITLE
        + Math.max(0, PER_TITLE - 1 - entry.text().length());
  }

  /**
   * The infix suggester over a private in-memory directory, marking matches as escaped HTML with
   * {@code <mark>} rather than Lucene's unescaped {@code <b>}.
   */
  private static final class MarkingSuggester extends AnalyzingInfixSuggester {

    MarkingSuggester(Analyzer analyzer) throws IOException {
      super(new ByteBuffersDirectory(), analyzer, analyzer, MIN_PREFIX_CHARS, false, true, true);
    }

    @Override
    protected IndexWriterConfig getIndexWriterConfig(
        Analyzer indexAnalyzer, IndexWriterConfig.OpenMode openMode) {
      // Merge on the building thread: it already runs off the request path, on the index refresh.
      return super.getIndexWriterConfig(indexAnalyzer, openMode)
          .setMergeScheduler(new SerialMergeScheduler());
    }

    @Override
    protected void addNonMatch(StringBuilder sb, String text) {
      HtmlEscaper.escape(text, 0, text.length(), sb);
    }

    @Override
    protected void addWholeMatch(StringBuilder sb, String surface, String analyzed) {
      sb.append("<mark>");
      addNonMatch(sb, surface);
      sb.append("</mark>");
    }

    @Override
    protected void addPrefixMatch(
        StringBuilder sb, String surface, String analyzed, String prefixToken) {
      // Folding can change a word's length (Æ becomes ae); never mark past the word's end.
      int typed = Math.min(prefixToken.length(), surface.length());
      addWholeMatch(sb, surface.substring(0, typed), analyzed);
      addNonMatch(sb, surface.substring(typed));
    }
  }

  /** Feeds the entries to the suggester's build. */
  private static final class EntryInputs implements InputIterator {
    private final Iterator<TitlePhrases.Entry> entries;
    private TitlePhrases.Entry current;

    EntryInputs(Iterator<TitlePhrases.Entry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      current = entries.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return TitleSuggester.weight(current);
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
