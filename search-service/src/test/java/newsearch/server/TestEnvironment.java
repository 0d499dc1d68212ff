package newsearch.server;

/**
 * What the test run was started with: the one place where the tests read environment variables and
 * system properties.
 */
final class TestEnvironment {

  private TestEnvironment() {}

  /**
   * Whether the tests run under continuous integration ({@code CI=true}, as CI services and {@code
   * .ci/run} set it), where a suite may not skip for want of a tool.
   */
  static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** How long the soak runs, {@code -Dnewsearch.soak.seconds}: 10 seconds unless set. */
  static long soakSeconds() {
    return Long.getLong("newsearch.soak.seconds", 10);
  }
}
