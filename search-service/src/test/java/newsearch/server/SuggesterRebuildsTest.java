package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty single-article updates in a row over the admin API: the completions end up with the newest
 * titles, and the builds are counted in the metrics, never more than one per reader opened. How few
 * they are depends on how long a build takes next to an update; {@code
 * BackgroundTitleSuggesterTest} holds a build open to show that a burst shares one.
 */
class SuggesterRebuildsTest {

  private static final int UPDATES = 30;

  @TempDir Path dir;

  @Test
  void completionsFollowABurstOfUpdatesWithTheirBuildsCounted() throws Exception {
    try (RunningServer server =
        RunningServer.withAdmin(
            dir, List.of(TestIndex.article("a", "Harbour reopens", "Boats are back.")))) {
      for (int i = 0; i < UPDATES; i++) {
        HttpResponse<String> posted =
            server.send(
                server
                    .admin("/admin/articles", RunningServer.TOKEN)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"f"
                                + i
                                + "\",\"title\":\"Ferry route "
                                + i
                                + " opens\",\"body\":\"Boats.\"}\n")));
        assertEquals(200, posted.statusCode(), posted.body());
      }
      String newest = "";
      for (int i = 0; i < 200 && !newest.contains("Ferry route 29 opens"); i++) {
        newest = server.get("/api/suggest?q=ferry+route+29").body();
        Thread.sleep(50);
      }
      assertTrue(newest.contains("Ferry route 29 opens"), "completions never caught up: " + newest);

      double builds = rebuilds(server.send(server.admin("/metrics", RunningServer.TOKEN)).body());
      // One build for the index as opened, then at most one per update; updates that arrive while
      // a build runs share the next one.
      assertTrue(builds >= 2, "no build after the updates: " + builds);
      assertTrue(builds <= UPDATES + 1, builds + " builds for " + UPDATES + " updates");
    }
  }

  private static double rebuilds(String metrics) {
    Matcher found =
        Pattern.compile("(?m)^newsearch_suggester_rebuilds_total (\\S+)$").matcher(metrics);
    assertTrue(found.find(), "no newsearch_suggester_rebuilds_total in\n" + metrics);
    return Double.parseDouble(found.group(1));
  }
}
