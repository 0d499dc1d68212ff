package newsearch.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A results folder written by hand, with the files and fields that {@code bench/run.sh} writes. */
final class FakeResults {

  private final Path dir;

  FakeResults(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  FakeResults meta(long size) {
    return write(ResultsReport.META, "{\"size\":" + size + ",\"seed\":42,\"queries\":1000}");
  }

  /** A wrk result; {@code shed} below 0 leaves {@code status_503} out, as older runs did. */
  FakeResults wrk(String file, double qps, double p50, double p99, long errors, long shed) {
    String shedField = shed < 0 ? "" : ",\"status_503\":" + shed;
    return write(
        file,
        String.format(
            Locale.ROOT,
            "{\"label\":\"run\",\"connections\":1,\"requests\":%d,\"qps\":%s,\"p50_ms\":%s,"
                + "\"p90_ms\":%s,\"p99_ms\":%s,\"max_ms\":%s,\"errors\":%d,\"status_errors\":%d,"
                + "\"timeouts\":0%s}",
            (long) (qps * 30),
            qps,
            p50,
            p99,
            p99,
            p99 * 2,
            errors,
            errors,
            shedField));
  }

  FakeResults serve(double heapMaxMib) {
    return write(
        QueryResults.SERVE,
        "{\"ready_ms\":3000,\"heap_max_mib\":" + heapMaxMib + ",\"heap_used_after_gc_mib\":40}");
  }

  FakeResults index(long articles, double seconds, long indexBytes) {
    return write(
        IndexingResults.NEWSEARCH,
        String.format(
            Locale.ROOT,
            "{\"threads\":2,\"articles\":%d,\"seconds\":%s,\"articles_per_second\":%s,"
                + "\"index_bytes\":%d}",
            articles,
            seconds,
            articles / seconds,
            indexBytes));
  }

  /** A peers' {@code summary.json} of peers given as name, QPS, p50, p99, docs, index s, MB. */
  FakeResults peers(String file, Object[]... peers) {
    StringBuilder json = new StringBuilder("[");
    for (Object[] p : peers) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(
          String.format(
              Locale.ROOT,
              "{\"peer\":\"%s\",\"QPS\":%s,\"p50 ms\":%s,\"p99 ms\":%s,\"docs\":%s,"
                  + "\"index s\":%s,\"docs/s\":%s,\"index MB\":%s,\"status\":\"ok\"}",
              p[0],
              p[1],
              p[2],
              p[3],
              p[4],
              p[5],
              ((Number) p[4]).doubleValue() / ((Number) p[5]).doubleValue(),
              p[6]));
    }
    return write(file, json.append(']').toString());
  }

  FakeResults write(String file, String text) {
    Path path = dir.resolve(file);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
