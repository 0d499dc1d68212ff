package newsearch.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.embedding.EmbeddingCache;
import newsearch.embedding.Fingerprint;
import newsearch.embedding.SentenceEncoder;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;

/**
 * The vectors a writer gives its articles: taken from the {@link EmbeddingCache} when the text was
 * embedded before, made by the {@link SentenceEncoder} otherwise; or none, for an index built
 * without vectors. Counts both kinds for the progress display. Thread-safe.
 *
 * <p>Whoever opens it closes it, which closes its cache file; {@link #NONE} and {@link #modelOnly}
 * hold no file.
 */
final class ArticleVectors implements Closeable {

  /** Gives no article a vector. */
  static final ArticleVectors NONE = new ArticleVectors(false, null);

  private final boolean enabled;
  private final EmbeddingCache cache;

  /** The fingerprints of the articles seen, as two longs each: a reindex keeps their vectors. */
  private final Set<Fingerprint> used = ConcurrentHashMap.newKeySet();

  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();

  private ArticleVectors(boolean enabled, EmbeddingCache cache) {
    this.enabled = enabled;
    this.cache = cache;
  }

  /** Vectors for every article, reusing those cached in {@code dir} and adding new ones there. */
  static ArticleVectors cachedIn(Path dir) throws IOException {
    return new ArticleVectors(true, EmbeddingCache.open(dir));
  }

  /**
   * Vectors for every article, made by the model without reading the cache in {@code dir}, which
   * they are added to: for a live update of a few articles, which should not read a large cache.
   */
  static ArticleVectors appendingTo(Path dir) throws IOException {
    return new ArticleVectors(true, EmbeddingCache.appendingTo(dir));
  }

  /** Vectors for every article, made by the model and kept nowhere: for an index with no home. */
  static ArticleVectors modelOnly() {
    return new ArticleVectors(true, null);
  }

  /** Whether articles get vectors. */
  boolean enabled() {
    return enabled;
  }

  /** The vector of {@code article}, or null when vectors are off. */
  float[] of(Article article) throws IOException {
    if (!enabled) {
      return null;
    }
    String text = NewsSchema.vectorText(article);
    if (cache == null) {
      embedded.incrementAndGet();
      return SentenceEncoder.shared().embed(text);
    }
    Fingerprint key = Fingerprint.of(text);
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
   * Rewrites the cache with only the vectors of the articles this writer saw, which closes it:
   * after a full reindex, the rest is indexed no more.
   */
  void saveUsed() throws IOException {
    if (cache != null) {
      cache.save(used);
    }
  }

  @Override
  public void close() throws IOException {
    if (cache != null) {
      cache.close();
    }
  }
}
