package newsearch.search.alert;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.schema.Json;
import newsearch.search.index.SearchablePosition;

/**
 * The durable home of saved searches, what they matched, their webhook deliveries, and how far new
 * articles have been matched: one SQLite database next to the index.
 *
 * <p>SQLite because every change here is a small transaction that must survive a {@code kill -9} or
 * a power cut once it returns (write-ahead log, {@code synchronous=FULL}), and a unique key on
 * (search, article) records each match once however often an article is seen again. The file is
 * checked when it opens ({@code quick_check} and its format number): a damaged or foreign file is
 * an {@link AlertStoreException} naming it, never an empty store in its place. Matches and the mark
 * of how far matching has come are written in one transaction, so a crash repeats no match and
 * loses none.
 *
 * <p>Thread-safe: one connection, used by one caller at a time. The caller closes it.
 */
final class AlertStore implements Closeable {

  /** The layout of the tables; a file of another one is refused. */
  static final String FORMAT = "1";

  private static final String[] TABLES = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS alerts (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        + " search TEXT NOT NULL, webhook TEXT, secret TEXT NOT NULL, created_ms INTEGER NOT NULL,"
        + " failing INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS matches (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " alert_id TEXT NOT NULL, article_id TEXT NOT NULL, article TEXT NOT NULL,"
        + " matched_ms INTEGER NOT NULL, delivered INTEGER NOT NULL DEFAULT 0,"
        + " UNIQUE (alert_id, article_id))",
    "CREATE INDEX IF NOT EXISTS pending ON matches (alert_id, delivered, seq)",
    "CREATE TABLE IF NOT EXISTS deliveries (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " alert_id TEXT NOT NULL, delivery TEXT NOT NULL)"
  };

  private final SqliteFile db;

  private AlertStore(SqliteFile db) {
    this.db = db;
  }

  /**
   * Opens the store in {@code file}, creating it when there is none.
   *
   * @throws AlertStoreException naming the file when it cannot be opened, is damaged, or is not a
   *     store of this format
   */
  static AlertStore open(Path file) throws AlertStoreException {
    boolean existed = Files.exists(file);
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      prepare(db, existed);
      AlertStore store = new AlertStore(new SqliteFile(file, db));
      store.checkFormat();
      return store;
    } catch (SQLException | AlertStoreException | RuntimeException e) {
      closeQuietly(db);
      throw new AlertStoreException(
          "saved searches at "
              + file
              + " cannot be read ("
              + e.getMessage()
              + "); restore the file"
              + " from a backup, or move it away to start with no saved searches",
          e);
    }
  }

  private static void prepare(Connection db, boolean existed) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA busy_timeout=5000");
      try (ResultSet check = s.executeQuery("PRAGMA quick_check")) {
        String verdict = check.next() ? check.getString(1) : "no answer";
        if (!"ok".equals(verdict)) {
          throw new SQLException("damaged: " + verdict);
        }
      }
      if (existed && !hasTable(s, "meta")) {
        throw new SQLException("not a store of saved searches");
      }
      for (String table : TABLES) {
        s.execute(table);
      }
    }
  }

  private void checkFormat() throws AlertStoreException, SQLException {
    String format = meta("format").orElse(null);
    if (format == null) {
      putMeta("format", FORMAT);
    } else if (!FORMAT.equals(format)) {
      throw new SQLException("format " + format + ", this build reads format " + FORMAT);
    }
  }

  private static boolean hasTable(Statement s, String name) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT 1 FROM sqlite_master WHERE type='table' AND name='" + name + "'")) {
      return rs.next();
    }
  }

  /** The file the store lives in. */
  Path file() {
    return db.file();
  }

  /** Saves a new search with its secret. */
  synchronized void create(SavedSearch search, String secret) throws AlertStoreException {
    db.update(
        "INSERT INTO alerts (id, name, search, webhook, secret, created_ms) VALUES (?,?,?,?,?,?)",
        search.id(),
        search.name(),
        Json.GSON.toJson(search),
        search.webhook(),
        secret,
        search.created().toEpochMilli());
  }

  /** Every saved search, oldest first. */
  synchronized List<SavedSearch> all() throws AlertStoreException {
    return searches("SELECT search, failing FROM alerts ORDER BY created_ms, id");
  }

  /** The saved searches with a webhook that works and matches it has not received. */
  synchronized List<SavedSearch> awaitingDelivery() throws AlertStoreException {
    return searches(
        "SELECT search, failing FROM alerts a WHERE webhook IS NOT NULL AND failing = 0 AND EXISTS"
            + " (SELECT 1 FROM matches m WHERE m.alert_id = a.id AND m.delivered = 0)"
            + " ORDER BY created_ms, id");
  }

  /** The saved search with {@code id}, if there is one. */
  synchronized Optional<SavedSearch> get(String id) throws AlertStoreException {
    return searches("SELECT search, failing FROM alerts WHERE id = ?", id).stream().findFirst();
  }

  /** The secret its webhook calls are signed with. */
  synchronized Optional<String> secret(String id) throws AlertStoreException {
    return db.strings("SELECT secret FROM alerts WHERE id = ?", id).stream().findFirst();
  }

  /** Removes a saved search with its matches and deliveries; false when there was none. */
  synchronized boolean delete(String id) throws AlertStoreException {
    return db.inTransaction(
        () -> {
          db.update("DELETE FROM matches WHERE alert_id = ?", id);
          db.update("DELETE FROM deliveries WHERE alert_id = ?", id);
          return db.update("DELETE FROM alerts WHERE id = ?", id) > 0;
        });
  }

  /** Marks the search's webhook as failing: it is not called again. */
  synchronized void markFailing(String id) throws AlertStoreException {
    db.update("UPDATE alerts SET failing = 1 WHERE id = ?", id);
  }

  /** How far new articles have been matched; empty before the first time. */
  synchronized Optional<SearchablePosition> matchedThrough() throws AlertStoreException {
    return meta("matched_through").map(v -> Json.GSON.fromJson(v, SearchablePosition.class));
  }

  /** Marks the articles up to {@code through} as matched, with no match among them. */
  synchronized void markMatched(SearchablePosition through) throws AlertStoreException {
    putMeta("matched_through", Json.GSON.toJson(through));
  }

  /**
   * Records the matches of a batch of new articles and marks the batch as matched, in one
   * transaction. A (search, article) already recorded is left as it was.
   *
   * @return how many matches were new
   */
  synchronized int record(List<Matched> matches, SearchablePosition through)
      throws AlertStoreException {
    return db.inTransaction(
        () -> {
          int added = 0;
          for (Matched m : matches) {
            added +=
                db.update(
                    "INSERT OR IGNORE INTO matches (alert_id, article_id, article, matched_ms)"
                        + " VALUES (?,?,?,?)",
                    m.alertId(),
                    m.match().articleId(),
                    Json.GSON.toJson(m.match()),
                    m.match().matched().toEpochMilli());
          }
          putMeta("matched_through", Json.GSON.toJson(through));
          return added;
        });
  }

  /** A match of a saved search, to record. */
  record Matched(String alertId, AlertMatch match) {}

  /** A recorded match not yet delivered, with its place in the record. */
  record Pending(long seq, AlertMatch match) {}

  /** The {@code limit} newest matches of a search, newest first. */
  synchronized List<AlertMatch> newestMatches(String id, int limit) throws AlertStoreException {
    List<AlertMatch> found = new ArrayList<>();
    for (Pending p : matches("ORDER BY seq DESC", id, limit)) {
      found.add(p.match());
    }
    return found;
  }

  /** Up to {@code limit} matches of a search its webhook has not received, oldest first. */
  synchronized List<Pending> undelivered(String id, int limit) throws AlertStoreException {
    return matches("AND delivered = 0 ORDER BY seq", id, limit);
  }

  /** Logs a webhook call; when it delivered, marks the matches up to {@code through} delivered. */
  synchronized void logDelivery(String id, Delivery delivery, long through)
      throws AlertStoreException {
    db.inTransaction(
        () -> {
          if ("delivered".equals(delivery.outcome())) {
            db.update(
                "UPDATE matches SET delivered = 1 WHERE alert_id = ? AND delivered = 0 AND seq <= ?",
                id,
                through);
          }
          return db.update(
              "INSERT INTO deliveries (alert_id, delivery) VALUES (?,?)",
              id,
              Json.GSON.toJson(delivery));
        });
  }

  /** The {@code limit} newest webhook calls of a search, newest first. */
  synchronized List<Delivery> deliveries(String id, int limit) throws AlertStoreException {
    List<Delivery> found = new ArrayList<>();
    for (String row :
        db.strings(
            "SELECT delivery FROM deliveries WHERE alert_id = ? ORDER BY seq DESC LIMIT ?",
            id,
            limit)) {
      found.add(Json.GSON.fromJson(row, Delivery.class));
    }
    return found;
  }

  private List<Pending> matches(String order, String id, int limit) throws AlertStoreException {
    return db.rows(
        "SELECT seq, article FROM matches WHERE alert_id = ? " + order + " LIMIT " + limit,
        rs -> new Pending(rs.getLong(1), Json.GSON.fromJson(rs.getString(2), AlertMatch.class)),
        id);
  }

  /** Saved searches as stored, with their failing flag from its column. */
  private List<SavedSearch> searches(String sql, Object... args) throws AlertStoreException {
    return db.rows(
        sql,
        rs -> {
          SavedSearch s = Json.GSON.fromJson(rs.getString(1), SavedSearch.class);
          return new SavedSearch(
              s.id(),
              s.name(),
              s.query(),
              s.section(),
              s.from(),
              s.to(),
              s.webhook(),
              s.created(),
              rs.getInt(2) != 0);
        },
        args);
  }

  private Optional<String> meta(String key) throws AlertStoreException {
    return db.strings("SELECT value FROM meta WHERE key = ?", key).stream().findFirst();
  }

  private void putMeta(String key, String value) throws AlertStoreException {
    db.update("INSERT OR REPLACE INTO meta (key, value) VALUES (?,?)", key, value);
  }

  private static void closeQuietly(Connection db) {
    if (db == null) {
      return;
    }
    try {
      db.close();
    } catch (SQLException ignored) {
      // The open failed already; that failure is the one reported.
    }
  }

  @Override
  public synchronized void close() throws AlertStoreException {
    db.close();
  }
}
