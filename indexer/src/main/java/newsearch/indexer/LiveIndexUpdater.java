package newsearch.indexer;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.CollectingSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.JsonLinesReader;
import newsearch.ingest.ReaderConfig;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds, replaces and deletes articles by id in the served generation. Each call is one commit: a
 * crash before it leaves the index as it was, a crash after it leaves every change in. A running
 * service sees the commit at its next refresh.
 *
 * <p>It takes no lock: its one caller, {@link IndexStore}, holds the index's {@link IndexLock}
 * around every write. Stateless between calls and thread-safe; the lock keeps writers apart.
 */
final class LiveIndexUpdater {

  private final NewsSchema schema;
  private final IndexerConfig config;
  private final ArticleFileReader reader;
  private final JsonLinesReader jsonLines;
  private final DirectoryOpener directories;

  /**
   * An updater writing with {@code schema} and {@code config} whose readers keep to the limits of
   * {@code readerConfig}.
   */
  LiveIndexUpdater(NewsSchema schema, IndexerConfig config, ReaderConfig readerConfig) {
    this(schema, config, readerConfig, DirectoryOpener.FILE_SYSTEM);
  }

  /** An updater as above that writes through the directories {@code directories} opens. */
  LiveIndexUpdater(
      NewsSchema schema,
      IndexerConfig config,
      ReaderConfig readerConfig,
      DirectoryOpener directories) {
    this.schema = schema;
    this.config = config;
    this.reader = new ArticleFileReader(readerConfig);
    this.jsonLines = new JsonLinesReader(readerConfig);
    this.directories = directories;
  }

  /** Reads every supported file under {@code inputs}; unreadable ones are rejections. */
  ParsedInput read(List<Path> inputs) throws IOException {
    CollectingSink sink = new CollectingSink();
    InputFiles.list(inputs, reader).read(reader, sink, bytes -> {}, () -> {});
    return ParsedInput.of(sink);
  }

  /**
   * Reads JSON Lines from {@code in}, such as a request body, with this updater's record limit;
   * {@code name} stands for the input in rejections. The caller closes {@code in}.
   */
  ParsedInput readJsonLines(Reader in, Path name) throws IOException {
    CollectingSink sink = new CollectingSink();
    jsonLines.read(in, name, sink);
    return ParsedInput.of(sink);
  }

  /**
   * Adds or replaces the articles of {@code input} in the served generation of {@code index}; its
   * rejections and warnings are carried into the report. An article the writer refuses is reported
   * as rejected; the others are committed. The caller holds the index's lock.
   */
  UpdateReport index(ParsedInput input, IndexGenerations index) throws IOException {
    List<Article> articles = input.articles();
    Path generation = served(index);
    Served served = served(generation, articles.stream().map(Article::id).toList());
    Set<String> existing = served.ids();
    List<Rejection> notIndexed = new ArrayList<>(input.rejections());
    List<Refusal> refused = new ArrayList<>();
    // An index built with vectors keeps them for every article; one built without stays so.
    // What it embeds goes into the cache as it is made, so a later reindex reuses it.
    try (ArticleVectors vectors =
        served.vectors() ? ArticleVectors.appendingTo(index.root()) : ArticleVectors.NONE) {
      write(generation, vectors, writer -> refused.addAll(writer.addAll(articles)));
    }
    Set<Article> notWritten = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Refusal refusal : refused) {
      notIndexed.add(refusal.rejection(null));
      notWritten.add(refusal.article());
    }
    long added = 0;
    long replaced = 0;
    for (Article article : articles) {
      if (notWritten.contains(article)) {
        continue;
      }
      if (existing.add(article.id())) {
        added++;
      } else {
        replaced++;
      }
    }
    return new UpdateReport(
        name(generation),
        added,
        replaced,
        0,
        List.of(),
        notIndexed.stream().map(Rejection::toString).toList(),
        Rejection.Reason.labelled(Rejection.countByReason(notIndexed)),
        input.warnings().stream().map(InputWarning::toString).toList());
  }

  /**
   * Removes the articles with these ids from the served generation of {@code index}; ids it does
   * not have are reported. The caller holds the index's lock.
   */
  UpdateReport delete(List<String> ids, IndexGenerations index) throws IOException {
    Path generation = served(index);
    Set<String> existing = existingIds(generation, ids);
    write(
        generation,
        ArticleVectors.NONE,
        writer -> {
          for (String id : existing) {
            writer.delete(id);
          }
        });
    List<String> notFound = ids.stream().filter(id -> !existing.contains(id)).distinct().toList();
    return new UpdateReport(
        name(generation), 0, 0, existing.size(), notFound, List.of(), Map.of(), List.of());
  }

  /** A change to the served generation, committed by {@link #write}. */
  private interface Change {
    void apply(NewsIndexer writer) throws IOException;
  }

  /**
   * Applies {@code change} to {@code generation} in one commit. When the change or its commit fails
   * (a full disk), the files it wrote are deleted again: the writer's rollback keeps those of a
   * segment whose flush failed, and they would hold the space a reindex needs until the next
   * update.
   */
  private void write(Path generation, ArticleVectors vectors, Change change) throws IOException {
    try (NewsIndexer writer =
        NewsIndexer.openExisting(directories.open(generation), schema, config, vectors)) {
      change.apply(writer);
      writer.commit(Map.of());
    } catch (IOException | RuntimeException e) {
      try {
        NewsIndexer.deleteUncommittedFiles(directories.open(generation));
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static Path served(IndexGenerations index) throws IOException {
    return index
        .current()
        .orElseThrow(
            () ->
                new FileNotFoundException(
                    "no index at " + index.root() + ": run './newsearch reindex' first"));
  }

  private Set<String> existingIds(Path generation, List<String> ids) throws IOException {
    return served(generation, ids).ids();
  }

  /** Which of the ids asked about a generation holds, and whether its articles have vectors. */
  private record Served(Set<String> ids, boolean vectors) {}

  private Served served(Path generation, List<String> ids) throws IOException {
    Set<String> found = new HashSet<>();
    try (FSDirectory dir = FSDirectory.open(generation);
        DirectoryReader current = DirectoryReader.open(dir)) {
      schema.checkCompatible(current.getIndexCommit().getUserData(), generation.toString());
      IndexSearcher searcher = new IndexSearcher(current);
      for (String id : ids) {
        if (searcher.count(new TermQuery(schema.idTerm(id))) > 0) {
          found.add(id);
        }
      }
      FieldInfo field = FieldInfos.getMergedFieldInfos(current).fieldInfo(NewsSchema.EMBEDDING);
      return new Served(found, field != null && field.hasVectorValues());
    }
  }

  private static String name(Path generation) {
    return generation.getFileName().toString();
  }
}
