package newsearch.search.alert;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One SQLite connection and the few ways {@link AlertStore} uses it: statements with arguments,
 * rows read one way, transactions, and failures that name the file. Not thread-safe: its one user
 * takes turns.
 */
final class SqliteFile implements Closeable {

  private final Path file;
  private final Connection db;

  SqliteFile(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** The database file. */
  Path file() {
    return file;
  }

  /** Reads one value of a row. */
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Runs {@code sql} with {@code args} and reads every row with {@code row}. */
  <T> List<T> rows(String sql, Row<T> row, Object... args) throws AlertStoreException {
    try (PreparedStatement ps = statement(sql, args);
        ResultSet rs = ps.executeQuery()) {
      List<T> found = new ArrayList<>();
      while (rs.next()) {
        found.add(row.read(rs));
      }
      return found;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The first column of every row of {@code sql}, as text. */
  List<String> strings(String sql, Object... args) throws AlertStoreException {
    return rows(sql, rs -> rs.getString(1), args);
  }

  /** Runs a change; returns how many rows it changed. */
  int update(String sql, Object... args) throws AlertStoreException {
    try (PreparedStatement ps = statement(sql, args)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private PreparedStatement statement(String sql, Object... args) throws SQLException {
    PreparedStatement ps = db.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }

  /** Work of one transaction. */
  interface Work<T> {
    T run() throws AlertStoreException;
  }

  /** Runs {@code work} in one transaction: all of its changes are kept, or none. */
  <T> T inTransaction(Work<T> work) throws AlertStoreException {
    try {
      db.setAutoCommit(false);
      try {
        T result = work.run();
        db.commit();
        return result;
      } catch (AlertStoreException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private AlertStoreException failed(SQLException e) {
    return new AlertStoreException(
        "saved searches at " + file + " cannot be written or read: " + e.getMessage(), e);
  }

  @Override
  public void close() throws AlertStoreException {
    try {
      db.close();
    } catch (SQLException e) {
      throw failed(e);
    }
  }
}
