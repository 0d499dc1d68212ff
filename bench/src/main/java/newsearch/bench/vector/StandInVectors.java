package newsearch.bench.vector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.embedding.EmbeddingCache;
import newsearch.embedding.Fingerprint;
import newsearch.embedding.SentenceEncoder;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.ArticleSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;

/**
 * Vectors of the model's dimension made without the model, for benchmarks only: each word of an
 * article's vector text ({@link NewsSchema#vectorText}) stands for a pseudo-random direction drawn
 * from a hash of the word, and the article's vector is their normalised sum, so articles sharing
 * words lie near each other as a real model's would, roughly. They are written as the embedding
 * cache of an index folder, so that a reindex into that folder takes them instead of running the
 * model: the index, its HNSW graph and the query-side search cost are then those of a real vector
 * index of the same size and dimension, which is what the HNSW search cost depends on. They carry
 * no meaning: rankings over them measure cost, never relevance.
 */
public final class StandInVectors {

  private StandInVectors() {}

  /**
   * Writes the stand-in vector of every article of {@code corpus} as the embedding cache of {@code
   * indexRoot}, replacing any cache there; returns how many articles. Each vector goes to the file
   * as it is made, so a corpus of millions needs no more heap than the cache's fingerprints.
   */
  public static long writeCache(Path corpus, Path indexRoot) throws IOException {
    Files.createDirectories(indexRoot);
    Files.deleteIfExists(indexRoot.resolve(EmbeddingCache.FILE));
    AtomicLong count = new AtomicLong();
    try (EmbeddingCache cache = EmbeddingCache.open(indexRoot)) {
      new ArticleFileReader()
          .read(
              corpus,
              new ArticleSink() {
                @Override
                public void accept(Article article) {
                  String text = NewsSchema.vectorText(article);
                  Fingerprint key = Fingerprint.of(text);
                  try {
                    if (!cache.contains(key)) {
                      cache.put(key, vector(text));
                    }
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  count.incrementAndGet();
                }

                @Override
                public void reject(Rejection rejection) {}

                @Override
                public void warn(InputWarning warning) {}
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return count.get();
  }

  /** The stand-in vector of {@code text}: unit length, {@link SentenceEncoder#DIMENSIONS} wide. */
  static float[] vector(String text) {
    float[] sum = new float[SentenceEncoder.DIMENSIONS];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() < 3) {
        continue;
      }
      SplittableRandom random = new SplittableRandom(hash(word));
      for (int i = 0; i < sum.length; i++) {
        sum[i] += (float) (random.nextDouble() * 2 - 1);
      }
    }
    double norm = 0;
    for (float f : sum) {
      norm += f * f;
    }
    if (norm == 0) {
      sum[0] = 1;
      return sum;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < sum.length; i++) {
      sum[i] *= scale;
    }
    return sum;
  }

  private static long hash(String word) {
    long h = 1125899906842597L;
    for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return h;
  }
}
