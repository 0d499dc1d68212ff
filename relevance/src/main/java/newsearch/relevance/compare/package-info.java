/**
 * Comparing two runs query by query on one metric: wins, losses and ties, the mean difference, and
 * whether that difference is significant by a paired randomisation test and a paired t-test.
 *
 * <p>Both tests are two-sided and pair the runs' values on each judged query. The t distribution is
 * computed here, through the regularized incomplete beta function, so the module needs no
 * statistics library.
 */
package newsearch.relevance.compare;
