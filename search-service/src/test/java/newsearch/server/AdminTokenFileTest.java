package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenFileTest {

  @TempDir Path dir;

  private Path tokenFile(String permissions) throws IOException {
    Path file = dir.resolve("token");
    Files.writeString(file, "s3cret-token-for-tests\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  @Test
  void aTokenFileOthersMayReadIsWarnedAboutNamingTheFix() throws IOException {
    Path file = tokenFile("rw-r--r--");
    assertEquals(
        Optional.of(
            "the admin token file "
                + file
                + " can be read by users other than its owner (permissions rw-r--r--);"
                + " restrict it: chmod 600 "
                + file),
        AdminTokenFile.permissionWarning(file));
  }

  @Test
  void aTokenFileItsGroupMayReadIsWarnedAbout() throws IOException {
    assertEquals(true, AdminTokenFile.permissionWarning(tokenFile("rw-r-----")).isPresent());
  }

  @Test
  void aTokenFileOnlyItsOwnerMayReadIsFine() throws IOException {
    assertEquals(Optional.empty(), AdminTokenFile.permissionWarning(tokenFile("rw-------")));
    assertEquals(Optional.empty(), AdminTokenFile.permissionWarning(tokenFile("r--------")));
  }
}
