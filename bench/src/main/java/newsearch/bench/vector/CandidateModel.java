package newsearch.bench.vector;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import newsearch.embedding.OfflineMode;

/**
 * The sentence-embedding models compared by {@link ModelComparison}: all-MiniLM-L6-v2 as the
 * product ships it (8-bit quantized) and with its float weights. Both come whole inside a jar on
 * the class path (weights, tokenizer, ONNX Runtime), produce 384 floats and are thread-safe.
 *
 * <p>Each model class is named only inside a holder class of its own, so that it loads when {@link
 * #create} asks for it, after {@link OfflineMode#enable} has kept DJL off the network.
 */
public enum CandidateModel {
  /** all-MiniLM-L6-v2 quantized to 8 bits: the model the product embeds with. */
  QUANTIZED("all-minilm-l6-v2-q"),
  /** all-MiniLM-L6-v2 with its float weights. */
  UNQUANTIZED("all-minilm-l6-v2");

  private final String label;

  CandidateModel(String label) {
    this.label = label;
  }

  /** The model's name in reports. */
  public String label() {
    return label;
  }

  /** A new instance of the model, loaded from the class path; it runs on the caller's thread. */
  public EmbeddingModel create() {
    OfflineMode.enable();
    return switch (this) {
      case QUANTIZED -> Quantized.create();
      case UNQUANTIZED -> Unquantized.create();
    };
  }

  /** The jar the model's class (and so its weights) was loaded from. */
  public Path jar() {
    OfflineMode.enable();
    Class<?> type =
        switch (this) {
          case QUANTIZED -> Quantized.type();
          case UNQUANTIZED -> Unquantized.type();
        };
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the class path names " + type + " oddly", e);
    }
  }

  private static final class Quantized {
    static EmbeddingModel create() {
      // A batch runs on the caller's thread, as in the product: the benchmark's pool is the
      // parallelism.
      return new dev.langchain4j.model.embedding.onnx.allminilml6v2q
          .AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    static Class<?> type() {
      return dev.langchain4j.model.embedding.onnx.allminilml6v2q
          .AllMiniLmL6V2QuantizedEmbeddingModel.class;
    }
  }

  private static final class Unquantized {
    static EmbeddingModel create() {
      return new dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel(
          Runnable::run);
    }

    static Class<?> type() {
      return dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel.class;
    }
  }
}
