package newsearch.bench.report;

/**
 * One goal of the benchmark issue and whether this run met it.
 *
 * @param goal what was asked, in words
 * @param measured what this run measured, in words and numbers
 * @param met true or false; null when the run did not measure it
 */
record Target(String goal, String measured, Boolean met) {

  /** The verdict as the report prints it. */
  String verdict() {
    return met == null ? "not measured" : met ? "**met**" : "**not met**";
  }
}
