package newsearch.bench.vector;

import newsearch.relevance.Run;
import newsearch.relevance.metrics.Evaluation;

/**
 * What {@link ModelComparison} measured of one model on one collection.
 *
 * @param model the model
 * @param jarBytes the size of the jar holding the model
 * @param loadSeconds the time to construct the model (the first model of a process also loads ONNX
 *     Runtime)
 * @param perSecondOneThread texts embedded a second by one thread
 * @param perSecondPool texts embedded a second by the configured pool
 * @param collectionSeconds the time the pool took to embed every article of the collection
 * @param semantic the run ranked by exact cosine
 * @param semanticEvaluation its evaluation
 * @param hybrid the fusion of the lexical run with {@code semantic}
 * @param hybridEvaluation its evaluation
 */
public record ModelResult(
    CandidateModel model,
    long jarBytes,
    double loadSeconds,
    double perSecondOneThread,
    double perSecondPool,
    double collectionSeconds,
    Run semantic,
    Evaluation semanticEvaluation,
    Run hybrid,
    Evaluation hybridEvaluation) {}
