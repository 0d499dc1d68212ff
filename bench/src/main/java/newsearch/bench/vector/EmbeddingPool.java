package newsearch.bench.vector;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds a list of texts on a fixed pool of threads, each thread taking the next text and calling
 * the model itself, one text a call, as the product's indexing threads do. Stateless.
 */
public final class EmbeddingPool {

  private EmbeddingPool() {}

  /**
   * The vectors of {@code texts}, in their order, made by {@code threads} threads.
   *
   * @throws IllegalArgumentException if {@code threads} is not positive
   * @throws IllegalStateException if the model fails on a text
   */
  public static List<float[]> embed(EmbeddingModel model, List<String> texts, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, got " + threads);
    }
    float[][] vectors = new float[texts.size()][];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < vectors.length;
                      i = next.getAndIncrement()) {
                    vectors[i] = model.embed(texts.get(i)).content().vector();
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the model failed on a text", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } finally {
      pool.shutdownNow();
    }
    return List.of(vectors);
  }

  /** Texts a second that {@code threads} threads embed, timed over all of {@code texts}. */
  public static double rate(EmbeddingModel model, List<String> texts, int threads) {
    long start = System.nanoTime();
    embed(model, texts, threads);
    return texts.size() / ((System.nanoTime() - start) / 1e9);
  }
}
