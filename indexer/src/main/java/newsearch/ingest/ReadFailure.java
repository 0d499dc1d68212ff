package newsearch.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in words why a file could not be read. The message of a {@link NoSuchFileException} is only
 * the path, which a rejection already names, so {@code cannot read: data/a.jsonl} told nothing.
 */
public final class ReadFailure {

  private ReadFailure() {}

  /**
   * The rejection of {@code file}, which could not be read: {@link Rejection.Reason#NO_SUCH_FILE}
   * when it is gone, {@link Rejection.Reason#UNREADABLE} otherwise, described as {@link #describe}
   * does.
   */
  public static Rejection rejection(Path file, IOException e) {
    Rejection.Reason reason =
        e instanceof NoSuchFileException
            ? Rejection.Reason.NO_SUCH_FILE
            : Rejection.Reason.UNREADABLE;
    return new Rejection(file, 0, reason, describe(e));
  }

  /** {@code cannot read: no such file}, {@code cannot read: permission denied}, and so on. */
  public static String describe(IOException e) {
    return "cannot read: " + reason(e);
  }

  private static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException missing -> "no such file";
      case AccessDeniedException denied -> "permission denied";
      case NotDirectoryException notDirectory -> "not a directory";
      case FileSystemLoopException loop -> "the folders link back into themselves";
      case FileSystemException other when other.getReason() != null ->
          other.getReason().toLowerCase(Locale.ROOT);
      default -> plainMessage(e);
    };
  }

  /**
   * The message of an exception without a type of its own, such as {@code Is a directory} from
   * reading a folder, in lower case as the other reasons are; its class name when it has none.
   */
  private static String plainMessage(IOException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.length() > 1 && Character.isLowerCase(message.charAt(1))
        ? Character.toLowerCase(message.charAt(0)) + message.substring(1)
        : message;
  }
}
