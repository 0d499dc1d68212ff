/**
 * A tuner that knows nothing of the search system: it evaluates each configuration of named numeric
 * knobs through a caller's {@link newsearch.relevance.tuning.ConfigEvaluator}, ranks the trials by
 * a target metric, and reports them as Markdown and as a self-contained HTML page with inline SVG
 * charts (no scripts, no network).
 *
 * <p>Configurations come from {@link newsearch.relevance.tuning.TrialPlan}: a full grid, or random
 * draws from ranges with a seed. Knobs are always taken in name order, so a plan and its seed give
 * the same trials on any run.
 */
package newsearch.relevance.tuning;
