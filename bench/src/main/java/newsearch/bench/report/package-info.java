/**
 * {@code RESULTS.md}: the numbers of one suite run, the targets marked met or not met, and how they
 * were measured ({@link newsearch.bench.report.ResultsReport}).
 */
package newsearch.bench.report;
