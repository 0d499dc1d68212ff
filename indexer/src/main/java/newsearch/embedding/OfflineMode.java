package newsearch.embedding;

/**
 * Keeps the model's tokenizer library (DJL) from reaching the network. Unless told otherwise, DJL
 * reports usage to an outside address and may look for models to download; it reads {@code offline}
 * and {@code OPT_OUT_TRACKING} from the environment or the system properties when its classes first
 * run, so {@link #enable} must be called before any of them loads. The launcher and the test
 * configuration set the same values, so that a DJL class touched by another path is quiet too.
 * Public for the benchmarks, which load other models of the same runtime.
 */
public final class OfflineMode {

  /** System properties that DJL reads, with the values that keep it offline. */
  static final String OFFLINE = "offline";

  static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";

  private OfflineMode() {}

  /** Sets DJL's offline and no-tracking switches; harmless when they are already set. */
  public static void enable() {
    // These are settings of a library, handed over as it reads them, not configuration of ours.
    System.setProperty(OFFLINE, "true");
    System.setProperty(OPT_OUT_TRACKING, "true");
  }
}
