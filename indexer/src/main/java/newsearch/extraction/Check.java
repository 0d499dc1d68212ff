package newsearch.extraction;

import java.nio.file.Path;

/**
 * The outcome of one expectation on one page.
 *
 * @param page the page file
 * @param expectation what was expected
 * @param passed whether the reader's output met it
 * @param actual what the reader gave instead, for the report of a miss
 */
public record Check(Path page, Expectation expectation, boolean passed, String actual) {}
