package newsearch.relevance.compare;

/**
 * One query's values in a comparison.
 *
 * @param qid the query id
 * @param baseline the baseline run's value
 * @param candidate the candidate run's value
 * @param difference candidate less baseline
 */
public record QueryDelta(String qid, double baseline, double candidate, double difference) {}
