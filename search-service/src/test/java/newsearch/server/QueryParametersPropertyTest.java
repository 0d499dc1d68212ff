package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import newsearch.search.TestIndex;

/**
 * Whatever the query parameters, the service answers: a result or a 400 with a JSON error, never a
 * 5xx, never after the client's timeout of ten seconds. Generated values include unicode, control
 * characters, quotes and operators, out-of-range and malformed numbers, dates and cursors, and raw
 * query strings with broken percent escapes. About 2,000 requests in all.
 */
class QueryParametersPropertyTest {

  private static Path dir;
  private static RunningServer server;

  @BeforeContainer
  static void start() throws IOException {
    dir = Files.createTempDirectory("query-properties");
    server =
        new RunningServer(
            dir,
            List.of(
                TestIndex.article(
                    "j1",
                    "Japan and Russia sign peace treaty",
                    "The treaty ends a dispute <b>& more</b>.",
                    "2021-10-07",
                    "News > Japan"),
                TestIndex.article(
                    "e1", "Paris \"treaty\" talks", "A treaty on trade.", "2019-05-05", "Europe"),
                TestIndex.article("x1", "Ünïcödé “quotes” – dashes", "Tabs\tand\u0000nulls.")));
  }

  @AfterContainer
  static void stop() throws IOException {
    server.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Property(tries = 1_500)
  void searchParametersNeverCauseAServerError(
      @ForAll("queries") String q,
      @ForAll("numbers") String page,
      @ForAll("numbers") String size,
      @ForAll("sorts") String sort,
      @ForAll("dates") String from,
      @ForAll("dates") String to,
      @ForAll("sections") List<String> sections,
      @ForAll("cursors") String cursor)
      throws Exception {
    StringBuilder query = new StringBuilder("/api/search?q=").append(encode(q));
    Map<String, String> params = new LinkedHashMap<>();
    params.put("page", page);
    params.put("size", size);
    params.put("sort", sort);
    params.put("from", from);
    params.put("to", to);
    params.put("cursor", cursor);
    params.forEach(
        (name, value) -> {
          if (value != null) {
            query.append('&').append(name).append('=').append(encode(value));
          }
        });
    sections.forEach(s -> query.append("&section=").append(encode(s)));
    assertAnswered(server.get(query.toString()));
  }

  @Property(tries = 300)
  void suggestAndRelatedParametersNeverCauseAServerError(
      @ForAll("queries") String q, @ForAll("numbers") String size) throws Exception {
    String sized = size == null ? "" : "&size=" + encode(size);
    assertAnswered(server.get("/api/suggest?q=" + encode(q) + sized));
    assertAnswered(
        server.get("/api/articles/" + encode(q).replace("+", "%20") + "/related?" + sized));
  }

  @Property(tries = 200)
  void rawQueryStringsWithBrokenEscapesNeverCauseAServerError(@ForAll("rawQueries") String raw)
      throws Exception {
    RawHttp.Answer answer = RawHttp.get(server.server().port(), "/api/search?" + raw);
    assertTrue(
        answer.status() == 200 || answer.status() == 400,
        "/api/search?" + raw + " answered " + answer.status() + ":\n" + answer.head());
  }

  private static void assertAnswered(HttpResponse<String> response) {
    int status = response.statusCode();
    assertTrue(status == 200 || status == 400 || status == 404, status + ": " + response.body());
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    if (status != 200) {
      String code = body.getAsJsonObject("error").get("code").getAsString();
      assertFalse(code.isBlank());
      assertFalse(code.equals("internal_error"));
    } else if (response.uri().getPath().equals("/api/search")) {
      assertEquals(false, body.get("partial").getAsBoolean());
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> hostile =
        Arbitraries.of(
            "\"",
            "-",
            "OR",
            "AND",
            "NOT",
            "title:",
            "body:",
            "(",
            ")",
            "*",
            "?",
            "~",
            "\\",
            "%",
            "&",
            "=",
            "+",
            "<script>",
            "treaty",
            "peace",
            "Japan",
            "\u0000",
            "\u202e",
            "\ud83d\ude00",
            "\ud800",
            "é",
            "ß",
            "İ",
            "\t",
            "\n",
            "  ");
    Arbitrary<String> mixed =
        Combinators.combine(
                hostile.list().ofMaxSize(12).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(40))
            .as((a, b) -> a + b);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, mixed),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(80)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().withChars("ab -\"").ofMinLength(900).ofMaxLength(1_200)));
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(-3, 10_050).map(String::valueOf),
            Arbitraries.of(
                "0",
                "-2147483648",
                "2147483647",
                "2147483648",
                "99999999999",
                "1e3",
                " 2 ",
                "0x10",
                "",
                "٣",
                "NaN"),
            Arbitraries.strings().all().ofMaxLength(8))
        .injectNull(0.3);
  }

  @Provide
  Arbitrary<String> sorts() {
    return Arbitraries.oneOf(
            Arbitraries.of("relevance", "date", "DATE", "", " date ", "newest"),
            Arbitraries.strings().all().ofMaxLength(10))
        .injectNull(0.4);
  }

  @Provide
  Arbitrary<String> dates() {
    return Arbitraries.oneOf(
            Arbitraries.integers()
                .between(-1, 10_000)
                .map(d -> java.time.LocalDate.of(2000, 1, 1).plusDays(d).toString()),
            Arbitraries.of(
                "2021-02-30",
                "2021-13-01",
                "0000-01-01",
                "+99999-01-01",
                "2021-1-1",
                "yesterday",
                ""),
            Arbitraries.strings().all().ofMaxLength(12))
        .injectNull(0.6);
  }

  @Provide
  Arbitrary<List<String>> sections() {
    return Arbitraries.oneOf(
            Arbitraries.of("News > Japan", "News", "Europe", ">", " > > ", "News >> Japan", ""),
            Arbitraries.strings().all().ofMaxLength(20))
        .list()
        .ofMaxSize(24);
  }

  @Provide
  Arbitrary<String> cursors() {
    Arbitrary<String> json =
        Arbitraries.of(
            "[\"relevance\",1.5,\"j1\"]",
            "[\"relevance\",\"NaN\",\"j1\"]",
            "[\"date\",1e400,2.0,\"x\"]",
            "[\"date\"]",
            "[]",
            "{}",
            "[\"relevance\",1.0e38,null]",
            "[\"date\",-9223372036854775808,-1.0,\"\"]");
    return Arbitraries.oneOf(
            json.map(
                j ->
                    Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(j.getBytes(StandardCharsets.UTF_8))),
            Arbitraries.strings().all().ofMaxLength(30))
        .injectNull(0.6);
  }

  @Provide
  Arbitrary<String> rawQueries() {
    return Arbitraries.strings()
        .withChars("%&=+;qpagesizcrotfmd0123456789abcdefABCDEFGzZ!$'()*,~._-/?:@")
        .ofMaxLength(60);
  }
}
