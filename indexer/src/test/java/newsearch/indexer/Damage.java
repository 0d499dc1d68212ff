package newsearch.indexer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Damages the files of a generation as a failing disk or a torn copy would. */
final class Damage {

  private Damage() {}

  /** The compound segment file of a small generation, which holds nearly all of its bytes. */
  static Path compoundFile(Path generation) throws IOException {
    try (Stream<Path> files = Files.list(generation)) {
      return files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
  }

  /** Inverts the byte in the middle of {@code file}. */
  static void flipMiddleByte(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long middle = raf.length() / 2;
      raf.seek(middle);
      int b = raf.read();
      raf.seek(middle);
      raf.write(~b & 0xff);
    }
  }

  /** Cuts {@code file} to half its length. */
  static void truncateToHalf(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
  }
}
