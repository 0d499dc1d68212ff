package newsearch.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The file that holds the admin token, which only its owner should be able to read: whoever reads
 * the token may rewrite the index.
 */
public final class AdminTokenFile {

  private static final Set<PosixFilePermission> READ_BY_OTHERS =
      EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

  private AdminTokenFile() {}

  /**
   * A warning naming {@code file} and the fix when its group or everyone may read it; empty when
   * only its owner may, or when its file system has no POSIX permissions.
   */
  public static Optional<String> permissionWarning(Path file) throws IOException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException noPosix) {
      return Optional.empty();
    }
    if (permissions.stream().noneMatch(READ_BY_OTHERS::contains)) {
      return Optional.empty();
    }
    return Optional.of(
        "the admin token file "
            + file
            + " can be read by users other than its owner (permissions "
            + PosixFilePermissions.toString(permissions)
            + "); restrict it: chmod 600 "
            + file);
  }
}
