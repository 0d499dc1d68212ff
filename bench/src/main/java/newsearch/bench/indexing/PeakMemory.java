package newsearch.bench.indexing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches this JVM's memory while a benchmark runs: the most heap in use at any sample (every 20
 * ms), and the process's peak resident set as the kernel counts it ({@code VmHWM}). Start it with
 * {@link #start()}, stop it with {@link #close()}. Not for sharing between threads.
 */
final class PeakMemory implements AutoCloseable {

  private static final long SAMPLE_MILLIS = 20;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  private PeakMemory() {
    sampler = new Thread(this::sample, "peak-memory");
    sampler.setDaemon(true);
  }

  /** Starts sampling. */
  static PeakMemory start() {
    PeakMemory peak = new PeakMemory();
    peak.sampler.start();
    return peak;
  }

  private void sample() {
    while (running) {
      peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The most heap seen in use, in MiB. */
  double peakHeapMib() {
    return peakHeap.get() / (1024.0 * 1024.0);
  }

  /** The process's peak resident set in MiB, or -1 where {@code /proc} does not tell it. */
  static double peakRssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
