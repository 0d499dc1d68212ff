package newsearch.extraction;

/**
 * One field a page should yield.
 *
 * @param kind what is checked
 * @param value the expected value or phrase
 * @param line the line of the expectation file it was read from, 1-based
 */
public record Expectation(FieldKind kind, String value, int line) {}
