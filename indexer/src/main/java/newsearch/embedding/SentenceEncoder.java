package newsearch.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Turns a text into a unit-length vector of {@link #DIMENSIONS} floats with all-MiniLM-L6-v2
 * (quantized to 8 bits, about 23 MB), run by ONNX Runtime on the CPU. The weights, the tokenizer
 * and the native libraries come inside the jars on the class path; nothing is downloaded.
 *
 * <p>A text longer than the model's window of 510 word pieces would be split and its parts
 * averaged; the schema cuts what it embeds short of that ({@link
 * newsearch.schema.NewsSchema#vectorText}), so each article is one pass of the model.
 *
 * <p>The model is loaded once per process, when {@link #shared} is first called: it takes about a
 * second and some 100 MB, and every index writer and searcher of the process can share it, since it
 * is thread-safe.
 */
public final class SentenceEncoder {

  /** Length of every vector. */
  public static final int DIMENSIONS = 384;

  /** The name of the model, recorded with cached vectors so that another model's are not used. */
  public static final String MODEL = "all-minilm-l6-v2-q";

  private final EmbeddingModel model;

  private SentenceEncoder(EmbeddingModel model) {
    this.model = model;
  }

  /** The process's encoder, loaded from the class path on first use. */
  public static SentenceEncoder shared() {
    return Holder.INSTANCE;
  }

  /** The vector of {@code text}; thread-safe. */
  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  /** Loads on first access, after the switches that keep DJL offline are set. */
  private static final class Holder {
    static final SentenceEncoder INSTANCE = load();

    private static SentenceEncoder load() {
      OfflineMode.enable();
      return new SentenceEncoder(MiniLm.create());
    }
  }

  /**
   * Names the model class in a class of its own, so that it loads only when {@link Holder} calls
   * it, after {@link OfflineMode#enable}.
   */
  private static final class MiniLm {
    static EmbeddingModel create() {
      // Runs a batch on the caller's thread: the indexing pool is the parallelism.
      return new dev.langchain4j.model.embedding.onnx.allminilml6v2q
          .AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }
  }
}
