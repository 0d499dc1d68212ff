package newsearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.embedding.EmbeddingCache;
import newsearch.embedding.SentenceEncoder;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;

/**
 * The vectors a writer gives its articles: taken from the {@link EmbeddingCache} when the text was
 * embedded before, made by the {@link SentenceEncoder} otherwise; or none, for an index built
 * without vectors. Counts both kinds for the progress display. Thread-safe.
 */
final class ArticleVectors {

  /** Gives no article a vector. */
  static final ArticleVectors NONE = new ArticleVectors(null);

  private final EmbeddingCache cache;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();

  private ArticleVectors(EmbeddingCache cache) {
    this.cache = cache;
  }

  /** Vectors for every article, reusing those cached in {@code dir}. */
  static ArticleVectors cachedIn(Path dir) {
    return new ArticleVectors(EmbeddingCache.load(dir));
  }

  /**
   * Vectors for every article, made by the model without reading the cache: for a live update of a
   * few articles, which {@link #appendTo} then adds to the cache.
   */
  static ArticleVectors uncached() {
    return new ArticleVectors(EmbeddingCache.empty());
  }

  /** Whether articles get vectors. */
  boolean enabled() {
    return cache != null;
  }

  /** The vector of {@code article}, or null when vectors are off. */
  float[] of(Article article) {
    if (cache == null) {
      return null;
    }
    String text = NewsSchema.vectorText(article);
    String key = EmbeddingCache.fingerprint(text);
    used.add(key);
    float[] vector = cache.get(key);
    if (vector != null) {
      reused.incrementAndGet();
      return vector;
    }
    vector = SentenceEncoder.shared().embed(text);
    cache.put(key, vector);
    embedded.incrementAndGet();
    return vector;
  }

  /** Articles whose text was embedded by the model. */
  long embedded() {
    return embedded.get();
  }

  /** Articles whose vector came from the cache. */
  long reused() {
    return reused.get();
  }

  /**
   * Saves the cache in {@code dir} with only the vectors of the articles this writer saw: after a
   * full reindex, the rest is indexed no more.
   */
  void saveUsed(Path dir) throws IOException {
    if (cache != null) {
      cache.save(dir, used);
    }
  }

  /** Adds what this writer embedded to the cache in {@code dir}. */
  void appendTo(Path dir) throws IOException {
    if (cache != null) {
      cache.appendTo(dir);
    }
  }
}
